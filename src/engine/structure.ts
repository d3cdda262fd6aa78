// Structure: tables and images ride beside the text steps (edges, boilerplate, repair work on
// text blocks only) and come back at their place afterwards; then each piece's blocks become
// typed blocks — paragraphs, sub-headings, lists, tables, images, quotes, code — and its
// `paragraphs` are derived from them.
import type { Block } from './blocks.js';
import { selectAll } from './dom.js';
import { isQrBox } from './images.js';
import { isFieldLine, isOwnLine } from './lines.js';
import { endsComplete } from './text.js';
import { CUT_TAG } from './prune.js';
import type { Trace } from './trace.js';
import type { ContentBlock, ListBlock, Piece, TableBlock } from './types.js';

/** A table or image taken out of the text stream, with the text block it stood before. */
export interface Media {
  block: Block;
  /** `seq` of the first text block after it on its page, or null at the page's end. */
  anchor: number | null;
}

/**
 * Takes tables and images out of each page's blocks. Every text block gets its `seq`, the
 * first one after a table or image is a `barrier` (never joined to the text before it).
 */
export function splitMedia(pages: Block[][]): { text: Block[][]; media: Media[] } {
  const media: Media[] = [];
  let seq = 0;
  const text = pages.map((blocks) => {
    const out: Block[] = [];
    let waiting: Media[] = [];
    for (const b of blocks) {
      if (b.media) {
        waiting.push({ block: b, anchor: null });
        continue;
      }
      b.seq = seq++;
      if (waiting.length) {
        b.barrier = true;
        for (const m of waiting) m.anchor = b.seq;
        media.push(...waiting);
        waiting = [];
      }
      out.push(b);
    }
    media.push(...waiting); // at the page's end: before the next page's first text
    for (const m of waiting) m.anchor = seq;
    return out;
  });
  return { text, media };
}

/** Puts tables and images back before the text block they stood before (or what is left of it). */
export function restoreMedia(kept: Block[], media: Media[]): Block[] {
  const out: Block[] = [];
  let m = 0;
  for (const b of kept) {
    while (m < media.length && media[m]!.anchor !== null && media[m]!.anchor! <= (b.seq ?? Infinity)) out.push(media[m++]!.block);
    out.push(b);
  }
  while (m < media.length) out.push(media[m++]!.block);
  return mergeSplitTables(out);
}

const width = (t: TableBlock): number => t.rows[0]?.length ?? 0;

/**
 * A table that a page break cut in two is one table: a table that ends a page (or a reader's
 * page box) and one that opens the next, as wide as each other, with no text between; a header
 * row the second page repeats goes.
 */
export function mergeSplitTables(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    const prev = out[out.length - 1];
    const a = prev?.media?.type === 'table' ? prev.media : null;
    const c = b.media?.type === 'table' ? b.media : null;
    // (Also a reader's page boxes in one HTML page: the second opens right after the first box's footer.)
    if (prev && a && c && (b.page === prev.page + 1 || b.cutBefore) && width(a) === width(c)) {
      const repeated = c.rows.length > 1 && c.rows[0]!.join('\t') === a.rows[0]!.join('\t') ? 1 : 0;
      const offset = a.rows.length - repeated;
      const rows = [...a.rows, ...c.rows.slice(repeated)];
      const spans = [...a.spans, ...c.spans.filter((s) => s[0] >= repeated).map(([r, col, rs, cs]): [number, number, number, number] => [r + offset, col, rs, cs])];
      const media: TableBlock = { type: 'table', rows, spans };
      out[out.length - 1] = { ...prev, page: b.page, media, text: rows.map((r) => r.join('\t')).join('\n') };
      continue;
    }
    out.push(b);
  }
  return out;
}


/** Items at a list's first level. */
function topItems(list: ListBlock): number {
  const top = Math.min(...list.levels);
  return list.levels.filter((l) => l === top).length;
}

/** The blocks as typed blocks: list items grouped into their lists, headings with their level. */
export function contentBlocks(blocks: Block[]): ContentBlock[] {
  const out: ContentBlock[] = [];
  let list: { block: ListBlock; id: string; lastItem: string } | null = null;
  let quoteOf: string | null = null;
  for (const b of blocks) {
    if (b.item) {
      const item = b.item;
      // The same list, or its continuation on the next page, or after an ad where it says it
      // goes on (<ol start="4"> after three items).
      const after = list !== null && out[out.length - 1] === list.block && list.block.ordered === item.ordered;
      const continues =
        list !== null &&
        (list.id === item.list || (after && b.cut === 'page') || (after && b.cut === 'ad' && item.start !== undefined && item.start === topItems(list.block) + 1));
      if (list && continues) {
        if (list.lastItem === item.item) {
          const i = list.block.items.length - 1;
          list.block.items[i] = `${list.block.items[i]}\n${b.text}`;
        } else {
          list.block.items.push(b.text);
          list.block.levels.push(item.level);
        }
        list.id = item.list;
        list.lastItem = item.item;
        continue;
      }
      const block: ListBlock = { type: 'list', ordered: item.ordered, items: [b.text], levels: [item.level] };
      out.push(block);
      list = { block, id: item.list, lastItem: item.item };
      continue;
    }
    const lastQuote = quoteOf;
    quoteOf = b.quote ?? null;
    if (b.media) out.push(b.media);
    else if (b.code) out.push({ type: 'code', text: b.text });
    else if (/^H[1-6]$/.test(b.tag)) out.push({ type: 'heading', level: Math.max(3, Number(b.tag[1])), text: b.text });
    else if (b.quote) {
      // One quote per <blockquote>: its paragraphs are its lines.
      const last = out[out.length - 1];
      if (last?.type === 'quote' && lastQuote === b.quote) last.text = `${last.text}\n${b.text}`;
      else out.push({ type: 'quote', text: b.text });
    }
    else out.push(b.strong ? { type: 'paragraph', text: b.text, bold: true } : { type: 'paragraph', text: b.text });
  }
  // A list item's depth is relative to its list's first level (a list may start nested).
  for (const c of out) {
    if (c.type !== 'list') continue;
    const min = Math.min(...c.levels);
    c.levels = c.levels.map((l) => l - min);
  }
  return out;
}

/** Plain text of typed blocks: one per paragraph, heading, quote or code, per list item, per table row (TAB between cells); none for an image. */
export function paragraphsOf(blocks: ContentBlock[]): string[] {
  return blocks.flatMap((b) => {
    switch (b.type) {
      case 'list':
        return b.items;
      case 'table':
        return b.rows.map((r) => r.join('\t'));
      case 'image':
        return [];
      default:
        return [b.text];
    }
  });
}

/** A piece from its marker (or null) and its blocks. */
export function makePiece(heading: string | null, blocks: Block[]): Piece {
  const typed = contentBlocks(blocks);
  // Plain text block by block: a quote's paragraphs are paragraphs of their own there, one quote
  // in the typed blocks. A list item is one paragraph, its sentences on lines of their own,
  // except where a line stands alone by its form (a clause "1. …", a date) or follows a label
  // that ends no sentence ("房屋基本情况"): those stay paragraphs, as they would outside a list.
  const paragraphs: string[] = [];
  blocks.forEach((b, i) => {
    if (b.media) {
      if (b.media.type === 'table') paragraphs.push(...b.media.rows.map((r) => r.join('\t')));
      return;
    }
    const prev = blocks[i - 1];
    const sameItem = b.item && prev?.item && !prev.media && prev.item.list === b.item.list && prev.item.item === b.item.item;
    // A field's value the item wraps onto its next line goes on there, unless that line is a field too.
    const joins = endsComplete(prev?.text ?? '') || (isFieldLine(prev?.text ?? '') && !isFieldLine(b.text));
    if (sameItem && joins && !isOwnLine(b.text)) paragraphs[paragraphs.length - 1] += `\n${b.text}`;
    else paragraphs.push(b.text);
  });
  return { heading, paragraphs, blocks: typed };
}

/** Pieces from the blocks and the indices that start them; a preamble of tables or images alone opens the first piece. */
export function buildPieces(blocks: Block[], starts: number[]): Piece[] {
  if (!starts.length) return [makePiece(null, blocks)];
  const pieces: Piece[] = [];
  let preamble = blocks.slice(0, starts[0]);
  const mediaOnly = preamble.length > 0 && preamble.every((b) => b.media);
  if (preamble.length && !mediaOnly) pieces.push(makePiece(null, preamble));
  if (!mediaOnly) preamble = [];
  starts.forEach((start, k) => {
    const end = starts[k + 1] ?? blocks.length;
    pieces.push(makePiece(blocks[start]!.text, [...(k === 0 ? preamble : []), ...blocks.slice(start + 1, end)]));
  });
  return pieces;
}

/** Boxes around a QR code ("扫码关注公众号" and a line of promo): no article text, and no image of it. */
export function dropQrBoxes(body: Element, trace: Trace): void {
  for (const el of selectAll(body, 'div, p, section, aside, figure, table, span, center')) {
    if (!body.contains(el) || !isQrBox(el)) continue;
    trace.addElement('prune', 'QR code box', el);
    el.replaceWith(el.ownerDocument.createElement(CUT_TAG));
  }
}
