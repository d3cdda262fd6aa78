// File names that every common file system accepts (Windows, macOS, Linux) and that read
// like the article: "<title>-<heading>.md".

import type { Article } from '../engine/types.js';
import { truncateUtf8, utf8Length } from './graphemes.js';

/** ext4, APFS and NTFS all cap a name at 255 (bytes or UTF-16 units); 255 UTF-8 bytes fits all three. */
export const MAX_NAME_BYTES = 255;
const FALLBACK_NAME = 'qingwen';
/**
 * Reserved device names on Windows, with or without an extension ("CON", "nul.txt", "COM¹",
 * "CONIN$"); Windows drops spaces before the dot, so "CON .txt" is CON too.
 */
const RESERVED = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3])(?= *(?:\.|$))/i;
/** Half of a surrogate pair without the other half: not a character, not valid in UTF-8 or on NTFS. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** Invisible characters that could disguise a name (bidi marks and overrides, zero-width space, BOM); joiners stay, emoji need them. */
const INVISIBLE = /[\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
/** Forbidden on Windows (and "/" everywhere, ":" on classic macOS). */
const FORBIDDEN = /[/\\:*?"<>|]/g;

function cleanExt(ext: string): string {
  const e = ext.replace(/^\.+/, '').replace(/[^A-Za-z0-9]/g, '');
  return e === '' ? 'md' : e;
}

/** The characters of `name` that may stand in a file name, before the reserved-name and length rules. */
function cleanBase(name: string): string {
  return name
    .replace(LONE_SURROGATE, '')
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(CONTROL, ' ')
    .replace(FORBIDDEN, '_')
    .replace(/\s+/g, ' ')
    // Leading dots would hide the file on Unix ("." and ".." are not names at all);
    // trailing dots and spaces are silently dropped by Windows.
    .replace(/^[. ]+/, '')
    .replace(/[. ]+$/, '');
}

/**
 * Makes `name` a file name that is safe everywhere, ending in `.ext`: `/ \ : * ? " < > |`
 * become "_", control characters become spaces, invisible characters and lone surrogates
 * go, white space collapses to one space, leading dots and trailing dots/spaces go,
 * reserved Windows device names get a "_" ("CON" → "CON_"), and the whole name, extension
 * included, is cut to `maxBytes` (255) UTF-8 bytes between characters. An empty result
 * becomes "qingwen".
 */
export function safeFileName(name: string, ext: string, maxBytes = MAX_NAME_BYTES): string {
  const suffix = `.${cleanExt(ext)}`;
  let base = cleanBase(name).replace(RESERVED, '$1_');
  base = truncateUtf8(base, maxBytes - utf8Length(suffix)).replace(/[. ]+$/, '');
  return (base === '' ? FALLBACK_NAME : base) + suffix;
}

export interface FileNameOptions {
  /** Placeholders: {title} {heading} {index} {site}. Default "{title}", or "{title}-{heading}" for a piece. */
  pattern?: string;
  ext?: 'md' | 'txt' | 'json';
  /** The longest name in UTF-8 bytes, extension included (255; less where a browser needs room for its suffixes). */
  maxBytes?: number;
}

function siteOf(article: Article): string {
  if (article.siteName) return article.siteName;
  try {
    return new URL(article.url).hostname;
  } catch {
    return '';
  }
}

function fill(pattern: string, values: Record<string, string>): string {
  return pattern.replace(/\{(title|heading|index|site)\}/g, (_, key: string) => values[key] ?? '');
}

/**
 * The file name for the article, or for its piece at 0-based index `piece`.
 * {index} is 1-based and zero-padded to the piece count's width so files sort in order;
 * a piece without a heading uses its index in the heading's place. For the whole article
 * {heading} and {index} are empty and the separators they leave at either end are dropped.
 * When the name is too long the title gives way first, so pieces keep distinct names.
 */
export function fileName(article: Article, piece?: number, opts: FileNameOptions = {}): string {
  const ext = opts.ext ?? 'md';
  const isPiece = piece !== undefined;
  const pattern = opts.pattern ?? (isPiece ? '{title}-{heading}' : '{title}');
  const width = String(article.pieces.length).length;
  const index = isPiece ? String(piece + 1).padStart(width, '0') : '';
  const heading = isPiece ? (article.pieces[piece]?.heading?.trim() || index) : '';
  // A title with nothing that can stand in a name ("...", ". .") gives way to the fallback, not to "-1.md".
  const title = cleanBase(article.title) === '' ? FALLBACK_NAME : article.title.trim();
  const values = { title, heading, index, site: siteOf(article) };
  const maxBytes = opts.maxBytes ?? MAX_NAME_BYTES;

  let name = fill(pattern, values);
  if (!isPiece) name = name.replace(/^[\s_-]+|[\s_-]+$/g, '');
  const budget = maxBytes - utf8Length(`.${ext}`);
  const excess = utf8Length(name) - budget;
  if (excess > 0 && pattern.includes('{title}')) {
    // Shorten the title (keeping at least a few characters) so the heading survives the cut.
    const title = truncateUtf8(values.title, Math.max(24, utf8Length(values.title) - excess - 3)).trimEnd();
    name = fill(pattern, { ...values, title: title === values.title ? title : `${title}…` });
  }
  return safeFileName(name, ext, maxBytes);
}
