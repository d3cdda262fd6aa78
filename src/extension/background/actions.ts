// What the panel's buttons and the automation surface do, in one place, so both behave alike.
import { countChars, toMarkdown, toText } from '../../format/index.js';
import { downloadPath } from '../file-pattern.js';
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

/**
 * Chromium fails a download (USER_CANCELED) whose name has 246 UTF-8 bytes or more: it needs
 * room for its temporary suffix. Its duplicate counter (" (1)" … " (100)") comes on top.
 */
export const DOWNLOAD_NAME_BYTES = 245 - ' (100)'.length;

/** Markdown (.md) unless plain text is asked for explicitly (.txt); named by the user's pattern (file-pattern.ts). */
export async function downloadArticle(wire: WireArticle, piece: number | undefined, format: Format = 'markdown'): Promise<{ filename: string }> {
  const settings = await loadSettings();
  const text = await render(wire, piece, format);
  const wanted = downloadPath(fromWire(wire), piece, settings.fileNamePattern, format === 'markdown' ? 'md' : 'txt', new Date(), DOWNLOAD_NAME_BYTES);
  return { filename: await downloadText(text, wanted) };
}
