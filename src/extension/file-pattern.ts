// The download path from the user's file-name pattern: {title} {heading} {index} {site} and
// {date} (the user's local date); "/" makes sub-folders under Downloads, each part made safe
// by the formats' own file-name rules. A pattern with an unknown {…} is never used: the options
// page shows the error and downloads keep the default name. No browser API here (unit-tested).
import type { Article } from '../engine/types.js';
import { fileName } from '../format/index.js';

export const PLACEHOLDERS = ['title', 'heading', 'index', 'site', 'date'] as const;

/** The {…} in `pattern` that are not placeholders, each once, as written ("{foo}"). */
export function unknownPlaceholders(pattern: string): string[] {
  const known = new Set<string>(PLACEHOLDERS);
  return [...new Set([...pattern.matchAll(/\{([^{}]*)\}/g)].filter((m) => !known.has(m[1]!)).map((m) => m[0]))];
}

/** "2026-12-01" in the user's time zone. */
export function localDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * The path to download the article (or its piece) to, relative to Downloads: folders from
 * the pattern's "/" parts, then the file name. An empty pattern or one with an unknown
 * placeholder gives the default name. A piece's name always holds its heading or index, or
 * every piece would get the same name; a folder part left empty (the whole article's
 * {heading}) is dropped. `maxBytes` caps each part (the browser's limit on a download's name).
 */
export function downloadPath(article: Article, piece: number | undefined, pattern: string, ext: 'md' | 'txt' | 'docx', now: Date, maxBytes?: number): string {
  const limit = maxBytes === undefined ? {} : { maxBytes };
  const trimmed = pattern.trim();
  if (!trimmed || unknownPlaceholders(trimmed).length) return fileName(article, piece, { ext, ...limit });
  const isPiece = piece !== undefined;
  const parts = trimmed.replaceAll('{date}', localDate(now)).split(/[/\\]+/).map((p) => p.trim());
  let last = parts.pop() || '{title}';
  if (isPiece && !/\{(heading|index)\}/.test(parts.concat(last).join('/'))) last += '-{heading}';
  // A part that only holds placeholders the whole article leaves empty, and separators, is no folder.
  const empty = (part: string) => (isPiece ? part : part.replace(/\{(heading|index)\}/g, '')).replace(/[\s_-]/g, '') === '';
  const folders = parts.filter((p) => !empty(p)).map((p) => fileName(article, piece, { pattern: p, ext: 'txt', ...limit }).replace(/\.txt$/, ''));
  return [...folders, fileName(article, piece, { pattern: last, ext, ...limit })].join('/');
}
