// Plain text: the Markdown layout without markup, for pasting into a word processor.

import type { Article, ContentBlock } from '../engine/types.js';
import { listMarkers } from './lists.js';
import { type FormatOptions, SOURCE_LABEL } from './options.js';
import { blocksOf, oneLine, paragraphLines, selectPieces } from './select.js';

/** Chinese typesetting's paragraph indent: two ideographic spaces. */
const FULLWIDTH_INDENT = '\u3000\u3000';

/** The label of an image line: "[图片：alt] https://…". */
export const IMAGE_LABEL = '图片';

/** One block as plain text: list items one a line with their numbers or bullets, table rows with TAB-separated cells. */
function block(b: ContentBlock, indent: string): string {
  switch (b.type) {
    case 'paragraph': {
      const lines = paragraphLines(b.text);
      return lines.length ? indent + lines.join('\n') : '';
    }
    case 'heading':
      return oneLine(b.text);
    case 'quote':
      return paragraphLines(b.text).join('\n');
    case 'code':
      return b.text;
    case 'list': {
      const markers = listMarkers(b, (n) => `${n}.`, (level) => (level === 0 ? '•' : '◦'));
      return b.items.map((item, i) => `${'  '.repeat(b.levels[i] ?? 0)}${markers[i]} ${paragraphLines(item).join(' ')}`.trimEnd()).join('\n');
    }
    case 'table':
      // A line break inside a cell would start a new row: the cell's lines are joined by a space.
      return b.rows.map((row) => row.map((cell) => paragraphLines(cell).join(' ')).join('\t')).join('\n');
    case 'image':
      return `[${IMAGE_LABEL}${b.alt.trim() ? `：${oneLine(b.alt)}` : ''}] ${b.src}`;
  }
}

/**
 * The article (or its piece at 0-based index `piece`) as plain text: the title, a blank
 * line, the source line, then each piece's heading line and its paragraphs, all separated
 * by blank lines. `indent: 'fullwidth'` indents paragraphs, never headings. Line breaks
 * inside a paragraph are kept. Ends with one newline.
 */
export function toText(article: Article, piece?: number, opts: FormatOptions = {}): string {
  const indent = opts.indent === 'fullwidth' ? FULLWIDTH_INDENT : '';
  const blocks: string[] = opts.bare ? [] : [oneLine(article.title)];
  if (!opts.bare && (opts.sourceLine ?? true)) blocks.push(`${opts.sourceLabel ?? SOURCE_LABEL}${oneLine(article.url)}`);
  for (const p of selectPieces(article, piece)) {
    if (p.heading !== null && oneLine(p.heading) !== '') blocks.push(oneLine(p.heading));
    for (const b of blocksOf(p)) {
      const text = block(b, indent);
      if (text.trim() !== '' || (b.type === 'table' && b.rows.length > 0)) blocks.push(text);
    }
  }
  return blocks.join('\n\n') + '\n';
}
