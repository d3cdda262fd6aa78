// Plain text: the Markdown layout without markup, for pasting into a word processor.

import type { Article } from '../engine/types.js';
import { type FormatOptions, SOURCE_LABEL } from './options.js';
import { oneLine, paragraphLines, selectPieces } from './select.js';

/** Chinese typesetting's paragraph indent: two ideographic spaces. */
const FULLWIDTH_INDENT = '\u3000\u3000';

/**
 * The article (or its piece at 0-based index `piece`) as plain text: the title, a blank
 * line, the source line, then each piece's heading line and its paragraphs, all separated
 * by blank lines. `indent: 'fullwidth'` indents paragraphs, never headings. Line breaks
 * inside a paragraph are kept. Ends with one newline.
 */
export function toText(article: Article, piece?: number, opts: FormatOptions = {}): string {
  const indent = opts.indent === 'fullwidth' ? FULLWIDTH_INDENT : '';
  const blocks: string[] = [oneLine(article.title)];
  if (opts.sourceLine ?? true) blocks.push(`${opts.sourceLabel ?? SOURCE_LABEL}${oneLine(article.url)}`);
  for (const p of selectPieces(article, piece)) {
    if (p.heading !== null && oneLine(p.heading) !== '') blocks.push(oneLine(p.heading));
    for (const text of p.paragraphs) {
      const lines = paragraphLines(text);
      if (lines.length > 0) blocks.push(indent + lines.join('\n'));
    }
  }
  return blocks.join('\n\n') + '\n';
}
