// What the panel's buttons and the automation surface do, in one place, so both behave alike.
import { countChars, fileName, toMarkdown, toText } from '../../format/index.js';
import { t } from '../i18n.js';
import { fromWire, type Format, type WireArticle } from '../messages.js';
import { formatOptions, loadSettings } from '../settings.js';
import { writeClipboard } from './clipboard.js';
import { downloadText } from './download.js';

export async function render(wire: WireArticle, piece: number | undefined, format: Format): Promise<string> {
  const article = fromWire(wire);
  const opts = formatOptions(await loadSettings(), t('source'));
  return format === 'markdown' ? toMarkdown(article, piece, opts) : toText(article, piece, opts);
}

export async function copyArticle(wire: WireArticle, piece: number | undefined, format: Format): Promise<{ chars: number }> {
  const text = await render(wire, piece, format);
  await writeClipboard(text);
  return { chars: countChars(text) };
}

/** Markdown (.md) unless plain text is asked for explicitly (.txt). */
export async function downloadArticle(wire: WireArticle, piece: number | undefined, format: Format = 'markdown'): Promise<{ filename: string }> {
  const settings = await loadSettings();
  const text = await render(wire, piece, format);
  const ext = format === 'markdown' ? 'md' : 'txt';
  let pattern = settings.fileNamePattern.trim() || undefined;
  // One pattern serves both; a piece needs its heading or number, or all pieces would share a name.
  if (pattern && piece !== undefined && !/\{(heading|index)\}/.test(pattern)) pattern += '-{heading}';
  const wanted = fileName(fromWire(wire), piece, pattern ? { pattern, ext } : { ext });
  return { filename: await downloadText(text, wanted) };
}
