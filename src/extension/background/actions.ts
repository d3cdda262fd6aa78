// What the panel's buttons and the automation surface do, in one place, so both behave alike.
import { countChars, toHtml, toMarkdown, toText } from '../../format/index.js';
import { fetchImages, imageFetcher } from '../../format/docx-images.js';
import { toDocx } from '../../format/docx.js';
import { downloadPath } from '../file-pattern.js';
import { t } from '../i18n.js';
import { fromWire, type DownloadFormat, type Format, type WireArticle } from '../messages.js';
import { docxOptions, formatOptions, loadSettings } from '../settings.js';
import { writeClipboard } from './clipboard.js';
import { downloadFile } from './download.js';

/** An image the background cannot fetch in this long is linked in the .docx instead. */
const IMAGE_TIMEOUT_MS = 10_000;
const EXT = { markdown: 'md', text: 'txt', docx: 'docx' } as const;

/** `bare`: only the pieces' headings and blocks (a selection copied in the panel). */
export async function render(wire: WireArticle, piece: number | undefined, format: Format, bare = false): Promise<string> {
  const article = fromWire(wire);
  const opts = { ...formatOptions(await loadSettings(), t('source')), bare };
  return format === 'markdown' ? toMarkdown(article, piece, opts) : toText(article, piece, opts);
}

export async function copyArticle(wire: WireArticle, piece: number | undefined, format: Format, bare = false): Promise<{ chars: number }> {
  const text = await render(wire, piece, format, bare);
  // text/html beside it: pasted into Word, WPS or an online editor, headings and tables stay.
  const { sourceLine, indent } = formatOptions(await loadSettings());
  const html = toHtml(fromWire(wire), piece, { fragment: true, bare, ...(sourceLine === undefined ? {} : { sourceLine }), ...(indent ? { indent } : {}) });
  await writeClipboard(text, html);
  return { chars: countChars(text) };
}

/**
 * Chromium fails a download (USER_CANCELED) whose name has 246 UTF-8 bytes or more: it needs
 * room for its temporary suffix. Its duplicate counter (" (1)" … " (100)") comes on top.
 */
export const DOWNLOAD_NAME_BYTES = 245 - ' (100)'.length;

/** Word: the article's images embedded where the background may fetch them, linked otherwise. */
async function renderDocx(wire: WireArticle, piece: number | undefined): Promise<Uint8Array> {
  const article = fromWire(wire);
  const settings = await loadSettings();
  const sourceLine = formatOptions(settings).sourceLine;
  const images = await fetchImages(article, piece, imageFetcher((input, init) => fetch(input, init), IMAGE_TIMEOUT_MS));
  // The user's Word choices (font, size, line spacing, indent), set in the panel's 阅读与 Word 设置.
  return toDocx(article, piece, { images, ...docxOptions(settings), ...(sourceLine === undefined ? {} : { sourceLine }) });
}

/** Markdown (.md) unless plain text (.txt) or Word (.docx) is asked for explicitly; named by the user's pattern (file-pattern.ts). */
export async function downloadArticle(wire: WireArticle, piece: number | undefined, format: DownloadFormat = 'markdown'): Promise<{ filename: string }> {
  const settings = await loadSettings();
  const text = format === 'docx' ? await renderDocx(wire, piece) : await render(wire, piece, format);
  const wanted = downloadPath(fromWire(wire), piece, settings.fileNamePattern, EXT[format], new Date(), DOWNLOAD_NAME_BYTES);
  return { filename: await downloadFile(text, wanted) };
}
