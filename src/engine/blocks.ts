// Blocks: the body's text as a list of paragraphs, in order. Block elements end a block,
// <br><br> splits one, and a single <br> followed by an indent starts a new one too (the
// way these sites write paragraphs). Each block remembers what stood before it: a page
// break or a removed ad slot (a cut), so the repair step can join a paragraph cut in two.
import { attr, BLOCK_TAGS, isElement, tagOf } from './dom.js';
import { articleImage } from './images.js';
import { isCutMarker, LISTED } from './prune.js';
import { isLayoutTable, readTable } from './tables.js';
import { isNumberedLine, isOwnLine, proseParagraphs } from './lines.js';
import { genericReader } from './locate.js';
import type { HardWrap } from './hard-wrap.js';
import { collapseSpace, endsComplete, toSimplified, trimBlock } from './text.js';
import type { ImageBlock, TableBlock } from './types.js';

export type Cut = 'page' | 'ad' | 'gap' | null;

export interface Block {
  text: string;
  /** Tag of the element that holds the block ("P", "H2", "DIV", …). */
  tag: string;
  /** All its text is bold or a heading element: a likely marker or sub-heading. */
  strong: boolean;
  /** All its text sits inside links. */
  linkOnly: boolean;
  /** Share of its text inside links, 0 to 1 (a related line "《title》——note" is partly a link). */
  linkShare?: number;
  /** What separated it from the block before: a page break, a removed ad slot, a missing page. */
  cut: Cut;
  /** 0-based page it came from. */
  page: number;
  /**
   * The text after a box the site put INSIDE a paragraph. HTML closes a <p> at a block
   * element, so `<p>A<div ad></div>B</p>` parses as `<p>A</p><div ad></div>B<p></p>`:
   * loose text after the cut, then an empty <p>. That B is the rest of A's paragraph.
   */
  restOfParagraph?: boolean;
  /** Its text stood loose in the body, not inside a block element of its own. */
  loose?: boolean;
  /** It opened with a paragraph indent (　　 or &nbsp;&nbsp;), as these sites start paragraphs. */
  indented?: boolean;
  /** It is (part of) a list item: which list, which item, the item's depth, the outermost list's kind. */
  item?: ListItemRef;
  /** It stands inside a <blockquote>: which one. */
  quote?: string;
  /** Its element is one the page's table of contents links to, on a template page: a piece's heading (segment.ts). */
  listed?: true;
  /** Preformatted text (<pre>): its line breaks and indentation are the text. */
  code?: boolean;
  /** A data table or an image: no text block, it rides beside the text steps (see structure.ts). */
  media?: TableBlock | ImageBlock;
  /** A table or image stood right before it: never joined to the block before that. */
  barrier?: boolean;
  /** A table that a cut (a page box's footer, an ad strip between page boxes) stood right before. */
  cutBefore?: boolean;
  /** Its place among the page's text blocks, kept through the text steps (see structure.ts). */
  seq?: number;
  /** Read from an element the user's rule keeps: it comes back where the engine's steps dropped it (user-rule.ts). */
  kept?: true;
  /** Where it starts in its page's text, white space left out (only on pages with kept blocks). */
  at?: number;
}

export interface ListItemRef {
  list: string;
  item: string;
  level: number;
  ordered: boolean;
  /** The number its outermost list says it starts at (<ol start="4">), when it says one. */
  start?: number;
}

/** Where a node stands: in which list item, in a quote. */
interface Context {
  /** Inside an element the page's table of contents links to (prune.ts LISTED). */
  listed?: boolean;
  list?: { id: string; ordered: boolean; depth: number; start?: number };
  item?: ListItemRef;
  quote?: string;
}

interface Run {
  text: string;
  strong: boolean;
  link: boolean;
}

/** A <br> inside a paragraph, kept through white-space collapsing. */
const LINE_BREAK = '\u0001';

const STRONG_TAGS = new Set(['STRONG', 'B', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** Bold by its tag, or by its own style ("<span style="font-weight:bold">01｜…</span>", as editors write it). */
const BOLD_STYLE = /font-weight\s*:\s*(?:bold|bolder|[6-9]00)\b/i;
function isBold(el: Element, tag: string): boolean {
  if (STRONG_TAGS.has(tag)) return true;
  const style = el.hasAttributes() ? el.getAttribute('style') : null;
  return style !== null && BOLD_STYLE.test(style);
}

function share(runs: Run[]): number {
  const len = (r: Run): number => r.text.replace(/\s/g, '').length;
  const total = runs.reduce((n, r) => n + len(r), 0);
  return total ? runs.reduce((n, r) => n + (r.link ? len(r) : 0), 0) / total : 0;
}

/** Text of a <pre>: line breaks kept (a <br> is one), blank lines at either end dropped. */
function preText(pre: Element): string {
  let out = '';
  const walk = (n: Node): void => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out += c.nodeValue ?? '';
      else if (isElement(c)) {
        if (tagOf(c) === 'BR') out += '\n';
        else if (!isCutMarker(c)) walk(c);
      }
    }
  };
  walk(pre);
  return out.replace(/\r\n?/g, '\n').replace(/^(?:[ \t\u00a0]*\n)+/, '').trimEnd();
}

/** A cell's text: its blocks one a line, a part an ad cut from the line before joined back. */
function cellText(cell: Element, page: number, base: string | null): string {
  let out = '';
  for (const b of extractBlocks(cell, page, base)) {
    if (b.media?.type === 'table') b.text = b.media.rows.map((r) => r.join(' ')).join('\n');
    if (!b.text) continue;
    out += !out ? b.text : b.cut === 'ad' && !endsComplete(out) ? b.text : `\n${b.text}`;
  }
  return out;
}

let lists = 0;

const lineText = (line: Run[]): string => collapseSpace(line.map((r) => r.text).join('')).trim();

/**
 * Two lines a single <br> separates are two paragraphs when the first ends a sentence, when
 * either stands alone by its form (a salutation, a numbered line, a date, a turn), when both
 * are short (verse, a couplet, an address) or the first is a short unpunctuated label. A line
 * cut mid-sentence (a hard wrap) stays with the next, its break kept.
 */
function linesApart(a: string, b: string, wrapped = false): boolean {
  if (!a || !b) return false;
  // A turn or an item hard-wrapped at the flow's width goes on: "男：…向全体员工" / "及家属致以…".
  if (wrapped && !endsComplete(a) && !isOwnLine(b)) return false;
  // A numbered item may wrap onto the next line; a salutation, a date or a turn's end may not.
  if (endsComplete(a) || isOwnLine(b) || (isOwnLine(a) && !isNumberedLine(toSimplified(a)))) return true;
  return a.length <= 20 && (b.length <= 20 || !/[\p{P}]/u.test(a));
}

/** A block's runs split at its line breaks into paragraphs (each a list of runs). */
function lineGroups(runs: Run[], flow: HardWrap | null = null): Run[][] {
  if (!runs.some((r) => r.text === LINE_BREAK)) return [runs];
  const lines: Run[][] = [[]];
  for (const r of runs) {
    if (r.text === LINE_BREAK) lines.push([]);
    else lines[lines.length - 1]!.push(r);
  }
  const groups: Run[][] = [];
  let prev = '';
  let prevBold = false;
  // A flow hard-wrapped at a fixed width: its full lines are cut where the width ran out, not
  // where the writer broke the line, and join their next line without a break.
  for (const line of lines) {
    const text = lineText(line);
    if (!text) continue; // an empty line keeps the break it came with
    const visible = line.filter((r) => r.text.trim());
    const bold = visible.length > 0 && visible.every((r) => r.strong);
    const last = groups[groups.length - 1];
    // A bold line over plain text is a heading over its paragraph ("<strong>一、认真履职</strong><br>全年共…").
    const wrapped = flow !== null && flow.wraps(prev);
    if (last && !(prevBold && !bold) && !linesApart(prev, text, wrapped)) {
      const joint = wrapped ? flow.joint(prev, text) : LINE_BREAK;
      last.push({ text: joint, strong: false, link: false }, ...line);
    } else groups.push([...line]);
    prev = text;
    prevBold = bold;
  }
  return groups.length ? groups : [runs];
}

/** Reads the body's blocks; `base` resolves image addresses (null: only absolute ones are kept). */
export function extractBlocks(body: Element, page: number, base: string | null = null): Block[] {
  // One text node per run of text: linkedom splits "&nbsp;&nbsp;正文" into three nodes, and
  // the indent that tells a new paragraph after a <br> must be seen whole. (The body is the
  // engine's working copy.)
  body.normalize();
  // Hard-wrapped <br> flows are joined by the generic reader's measure (hard-wrap.ts); without it the breaks stay.
  const flow = genericReader()?.hardWrap(body) ?? null;
  const blocks: Block[] = [];
  let runs: Run[] = [];
  let tag = 'P';
  let ctx: Context = {};
  let pendingCut: Cut = null;
  /** A cut marker since the last table: a table after it may be the rest of that one (a reader's page box ended between). */
  let cutSinceTable = false;
  /** Images met inside the pending block's text: they follow it. */
  let deferred: Block[] = [];
  let brCount = 0;
  /** The pending run is loose in the body (not inside a block element of its own). */
  const ROOT = '#root';

  const flush = (): void => {
    // Lines after a single <br> that stand apart (see linesApart) are paragraphs of their own.
    // (Also inside a list item or a quote: the groups keep its ref, and typed blocks join them again.)
    const groups = lineGroups(runs, flow);
    for (const group of groups) pushText(group);
    runs = [];
    brCount = 0;
    if (deferred.length) blocks.push(...deferred);
    deferred = [];
  };
  const pushText = (runs: Run[]): void => {
    const raw = runs.map((r) => r.text).join('');
    // Split at the kept <br>s and trim each line (a pattern like /\s*\u0001\s*/ is quadratic on a long run of spaces).
    const text = trimBlock(collapseSpace(raw).split(LINE_BREAK).map((line) => line.trim()).join('\n'));
    if (text) {
      const visible = runs.filter((r) => r.text.replace(/[\s\u3000\u00a0\u0001]/g, ''));
      blocks.push({
        text,
        tag: tag === ROOT ? 'P' : tag,
        ...(tag === ROOT ? { loose: true } : {}),
        strong: visible.length > 0 && visible.every((r) => r.strong),
        linkOnly: visible.length > 0 && visible.every((r) => r.link),
        linkShare: share(visible),
        indented: /^[\r\n\t ]*(?:\u3000|\u00a0\u00a0)/.test(raw),
        cut: pendingCut,
        page,
        ...(ctx.item ? { item: ctx.item } : {}),
        ...(ctx.quote ? { quote: ctx.quote } : {}),
        ...(ctx.listed ? { listed: true as const } : {}),
      });
      pendingCut = null;
    }
  };
  // A table or image is a block of its own; a cut before it stays pending for the text after it.
  const pushMedia = (media: TableBlock | ImageBlock, text: string): void => {
    const block: Block = { text, tag: media.type === 'table' ? 'TABLE' : 'IMG', strong: false, linkOnly: false, linkShare: 0, cut: null, page, media };
    if (media.type === 'table') {
      // (Whatever text stood between is judged later: kept, it keeps the tables apart anyway.)
      if (cutSinceTable || pendingCut) block.cutBefore = true;
      cutSinceTable = false;
    }
    // An image inside a line of text follows that paragraph rather than cutting it in two.
    if (media.type === 'image' && runs.some((r) => r.text.trim())) deferred.push(block);
    else {
      flush();
      blocks.push(block);
    }
  };

  // Text after <br>: two or more split the block; one splits it when the text is indented,
  // else it is a line break inside the paragraph.
  const breakBefore = (text: string, strong: boolean, link: boolean): void => {
    if (brCount >= 2 || (brCount === 1 && /^\s*(?:\u3000|\u00a0{2}| {2})/.test(text))) flush();
    else if (brCount === 1 && runs.length) runs.push({ text: LINE_BREAK, strong, link });
    brCount = 0;
  };

  // An explicit stack instead of recursion: misnested pages (a <font> never closed, again and
  // again) nest thousands deep.
  type Frame = { node: Node; strong: boolean; link: boolean; blockTag: string; ctx: Context } | 'end-block';
  const stack: Frame[] = [];
  const pushChildren = (node: Node, strong: boolean, link: boolean, blockTag: string, c0: Context): void => {
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push({ node: c, strong, link, blockTag, ctx: c0 });
  };
  pushChildren(body, false, false, ROOT, {});
  while (stack.length) {
    const frame = stack.pop()!;
    if (frame === 'end-block') {
      flush();
      continue;
    }
    const { node: child, strong, link, blockTag } = frame;
    // The pending block takes the context of its first text; a new context ends it.
    if (frame.ctx !== ctx && runs.length && (frame.ctx.item !== ctx.item || frame.ctx.quote !== ctx.quote)) flush();
    if (!runs.length) ctx = frame.ctx;
    if (child.nodeType === 3) {
      const t = child.nodeValue ?? '';
      if (!t.trim() && !/\u3000/.test(t)) {
        // A source line break between two wide characters is no space (CSS Text's segment break rule, as
        // collapseSpace applies it): it stays a newline until the block's text is collapsed.
        if (runs.length && !brCount) runs.push({ text: t.includes('\n') ? '\n' : ' ', strong, link });
        continue;
      }
      breakBefore(t, strong, link);
      if (!runs.length) tag = blockTag;
      runs.push({ text: t, strong, link });
      continue;
    }
    if (!isElement(child)) continue;
    if (isCutMarker(child)) {
      flush();
      pendingCut = 'ad';
      cutSinceTable = true;
      continue;
    }
    const t = tagOf(child);
    if (t === 'BR') {
      brCount++;
      continue;
    }
    if (t === 'IMG') {
      const image = articleImage(child, base);
      if (image) pushMedia({ type: 'image', ...image }, '');
      continue;
    }
    if (t === 'HR') continue;
    if (t === 'TABLE' && !isLayoutTable(child)) {
      // A caption is the table's title line: a paragraph before it.
      for (let c = child.firstElementChild; c; c = c.nextElementSibling) {
        if (tagOf(c) !== 'CAPTION') continue;
        const caption = cellText(c, page, base);
        flush();
        if (caption) blocks.push({ text: caption, tag: 'P', strong: false, linkOnly: false, linkShare: 0, cut: pendingCut, page });
        pendingCut = null;
      }
      const table = readTable(child, (cell) => cellText(cell, page, base));
      if (table.rows.length) pushMedia(table, table.rows.map((r) => r.join('\t')).join('\n'));
      continue;
    }
    if (t === 'PRE') {
      flush();
      const text = preText(child);
      const prose = proseParagraphs(text);
      if (prose) {
        // Prose set in a <pre> (a copy box): paragraphs, not code.
        for (const p of prose) {
          blocks.push({ text: p, tag: 'P', strong: false, linkOnly: false, linkShare: 0, indented: true, cut: pendingCut, page });
          pendingCut = null;
        }
      } else if (text.trim()) {
        // Inside a list item (a step's command) it is part of the item, in its place.
        blocks.push({ text, tag: 'PRE', strong: false, linkOnly: false, linkShare: 0, cut: pendingCut, page, code: true, ...(frame.ctx.item ? { item: frame.ctx.item } : {}), ...(frame.ctx.quote ? { quote: frame.ctx.quote } : {}) });
        pendingCut = null;
      }
      continue;
    }
    if (BLOCK_TAGS.has(t)) {
      flush();
      // A layout table's next cell may go on with the sentence the cell before it cut (text
      // set around an ad cell): marked like a cut, so the repair step may join the two.
      if ((t === 'TD' || t === 'TH') && pendingCut === null) {
        const last = blocks[blocks.length - 1];
        if (last && !last.media && last.text.length >= CELL_CUT_MIN && !endsComplete(last.text)) pendingCut = 'ad';
      }
      if (t === 'P' && !child.firstChild) {
        const last = blocks[blocks.length - 1];
        if (last?.loose && last.cut === 'ad') last.restOfParagraph = true;
        continue;
      }
      stack.push('end-block');
      pushChildren(child, strong || isBold(child, t), link, t, innerContext(frame.ctx, child, t, page));
    } else {
      if (brCount && (child.textContent ?? '').trim()) breakBefore(child.textContent ?? '', strong, link);
      pushChildren(child, strong || isBold(child, t), link || t === 'A', blockTag, frame.ctx);
    }
  }
  flush();
  return blocks;
}

/** A paragraph at least this long, ending mid-sentence at a layout cell's end, was cut there (a breadcrumb or a title is shorter). */
const CELL_CUT_MIN = 40;

/** The context inside a block element: a list opens a level, an item names itself, a quote marks its text. */
function innerContext(ctx: Context, el: Element, tag: string, page: number): Context {
  if (tag === 'UL' || tag === 'OL') {
    const start = tag === 'OL' ? Number(attr(el, 'start') ?? NaN) : NaN;
    const list = ctx.list ? { ...ctx.list, depth: ctx.list.depth + 1 } : { id: `${page}:${++lists}`, ordered: tag === 'OL', depth: 0, ...(Number.isInteger(start) ? { start } : {}) };
    return { ...ctx, list };
  }
  if (tag === 'LI' && ctx.list) {
    const { id, depth, ordered, start } = ctx.list;
    return { ...ctx, item: { list: id, item: `${page}:${++lists}`, level: depth, ordered, ...(start !== undefined ? { start } : {}) } };
  }
  if (tag === 'BLOCKQUOTE') return { ...ctx, quote: ctx.quote ?? `${page}:${++lists}` };
  if (el.hasAttribute(LISTED)) return { ...ctx, listed: true };
  return ctx;
}
