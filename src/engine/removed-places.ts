// Where a removal stood, for a reader that shows what was taken out in its place. While the
// DOM is pruned no piece or block exists yet, so each removal keeps two cheap strings: the
// end of the text just before it and the start of the text just after it (white space left
// out). Once the article is segmented, those strings are found again in the kept text and
// give each removal a place: before block `before` of piece `piece`.
import { BLOCK_TAGS, isElement, tagOf } from './dom.js';
import { squash } from './text.js';
import type { Piece, Removal, RemovalAnchor } from './types.js';
import { paragraphsOf } from './structure.js';

/** Characters of context kept on each side: long enough to be found once in an article. */
const CONTEXT = 16;
/** A shorter context is too common to place by (a lone "。" or "篇一"). */
const MIN_CONTEXT = 6;

/** The end of `text` without white space, at most CONTEXT characters. */
export function tailOf(text: string | undefined): string {
  const s = squash(text ?? '');
  return s.length > CONTEXT ? s.slice(-CONTEXT) : s;
}

/** The start of `text` without white space, at most CONTEXT characters. */
export function headOf(text: string | undefined): string {
  const s = squash(text ?? '');
  return s.length > CONTEXT ? s.slice(0, CONTEXT) : s;
}

/** The anchor of the i-th of some blocks: the text of its neighbours. */
export function anchorAt(blocks: readonly { text: string }[], i: number): RemovalAnchor {
  return { after: tailOf(blocks[i - 1]?.text), next: headOf(blocks[i + 1]?.text) };
}

/** The text around a node in document order, gathered from neighbouring text nodes only until there is enough. */
export function anchorOf(node: Node): RemovalAnchor {
  return { after: gather(node, false), next: gather(node, true) };
}

function gather(node: Node, forward: boolean): string {
  let out = '';
  let steps = 0;
  let at: Node | null = step(node, forward, true);
  // A bounded walk: a removal between two huge runs of markup costs no more than this.
  while (at && out.length < CONTEXT && steps++ < 400) {
    if (at.nodeType === 3) {
      const s = squash((at as Text).data);
      out = forward ? out + s : s + out;
    }
    at = step(at, forward, false);
  }
  return forward ? out.slice(0, CONTEXT) : out.slice(-CONTEXT);
}

/** The next (or previous) node in document order; `skipInside` leaves the node's own subtree out. */
function step(node: Node, forward: boolean, skipInside: boolean): Node | null {
  if (!skipInside) {
    const child = forward ? node.firstChild : node.lastChild;
    if (child) return child;
  }
  let at: Node | null = node;
  while (at) {
    const sibling = forward ? at.nextSibling : at.previousSibling;
    if (sibling) return sibling;
    at = at.parentNode;
  }
  return null;
}

/** An element's text line by line: block elements and <br> end a line (what the reader shows to restore). `text`: its textContent, when already read. */
export function linesOf(el: Element, text?: string): string[] {
  const tag0 = tagOf(el);
  if (tag0 === 'SCRIPT' || tag0 === 'STYLE') return [];
  // Most removals are a span or a box of plain text (a hidden watermark, an ad line): one line, no walk.
  if (!el.firstElementChild) {
    const t = (text ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
    return t ? [t] : [];
  }
  const lines: string[] = [];
  let line = '';
  const end = (): void => {
    const t = line.replace(/\s+/g, ' ').trim();
    if (t) lines.push(t);
    line = '';
  };
  const walk = (n: Node): void => {
    if (n.nodeType === 3) {
      line += (n as Text).data;
      return;
    }
    if (!isElement(n)) return;
    const tag = tagOf(n);
    if (tag === 'SCRIPT' || tag === 'STYLE') return;
    if (tag === 'BR') return end();
    const block = BLOCK_TAGS.has(tag);
    if (block) end();
    for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
    if (block) end();
  };
  walk(el);
  end();
  return lines;
}

interface Slot {
  piece: number;
  /** Index of the block in the piece; -1 for the piece's heading. */
  block: number;
  start: number;
  end: number;
}

/** The kept text of the article, squashed, with where each block starts and ends in it. */
function keptText(pieces: readonly Piece[]): { text: string; slots: Slot[] } {
  let text = '';
  const slots: Slot[] = [];
  const push = (piece: number, block: number, s: string): void => {
    const start = text.length;
    text += squash(s);
    slots.push({ piece, block, start, end: text.length });
  };
  pieces.forEach((p, i) => {
    if (p.heading !== null) push(i, -1, p.heading);
    (p.blocks ?? []).forEach((b, k) => push(i, k, paragraphsOf([b]).join('')));
  });
  return { text, slots };
}

/** The slot holding character `at` (the last one starting at or before it). */
function slotAt(slots: Slot[], at: number): Slot | undefined {
  let lo = 0;
  let hi = slots.length - 1;
  let found: Slot | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (slots[mid]!.start <= at) {
      found = slots[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * Each removal with its place among the kept blocks (when its context is found there, or next
 * to a removal already placed), its anchor dropped. The engine's own objects are not changed.
 */
export function placeRemovals(removed: readonly Removal[], pieces: readonly Piece[]): Removal[] {
  const { text, slots } = keptText(pieces);
  let unplaced = 0;
  const out = removed.map(({ anchor, ...r }): Removal => {
    if (!anchor) return r;
    const after = anchor.after ?? '';
    if (after.length >= MIN_CONTEXT) {
      const i = text.indexOf(after);
      const slot = i < 0 ? undefined : slotAt(slots, i + after.length - 1);
      if (slot) {
        const inside = i + after.length < slot.end;
        return { ...r, place: { piece: slot.piece, before: slot.block + 1 }, ...(inside ? { inline: true as const } : {}) };
      }
    }
    const next = anchor.next ?? '';
    if (next.length >= MIN_CONTEXT) {
      const i = text.indexOf(next);
      const slot = i < 0 ? undefined : slotAt(slots, i);
      if (slot) {
        // Right before a piece's heading: at the end of the piece before.
        if (i === slot.start && slot.block < 0 && slot.piece > 0) return { ...r, place: { piece: slot.piece - 1, before: pieces[slot.piece - 1]!.blocks?.length ?? 0 } };
        if (i === slot.start) return { ...r, place: { piece: slot.piece, before: Math.max(0, slot.block) } };
        return { ...r, place: { piece: slot.piece, before: slot.block + 1 }, inline: true };
      }
    }
    if (anchor) unplaced++;
    return r;
  });
  if (!unplaced) return out;
  // Each removal's own first and last characters, read once.
  const ends = out.map((o) => {
    const all = (o.paragraphs ?? [o.text]).join('');
    return { head: headOf(all), tail: tailOf(all) };
  });
  // A run of removals (three related lines in a row): each one's context is another removal.
  // Placed next to the neighbour already placed, a few rounds for a longer run.
  for (let round = 0; round < 4; round++) {
    let placed = 0;
    out.forEach((r, i) => {
      const anchor = removed[i]!.anchor;
      if (r.place || !anchor) return;
      const after = anchor.after && anchor.after.length >= MIN_CONTEXT ? anchor.after : null;
      const next = anchor.next && anchor.next.length >= MIN_CONTEXT ? anchor.next : null;
      if (!after && !next) return;
      const near = out.find((o, k) => k !== i && o.place && ((after && ends[k]!.tail.endsWith(after)) || (next && ends[k]!.head.startsWith(next))));
      if (near?.place) {
        out[i] = { ...r, place: { ...near.place } };
        placed++;
      }
    });
    if (!placed) break;
  }
  return out;
}
