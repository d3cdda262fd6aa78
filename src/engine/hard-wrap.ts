// A <br> flow hard-wrapped at a fixed width (a TXT paste, a forum post, an old 范文 page): its
// full lines were cut where the width ran out, not where the writer broke the line. Measured by
// the generic reader (generic-reader.ts), so the start-up script does without it.
import { BLOCK_TAGS, isElement, tagOf } from './dom.js';
import { collapseSpace } from './text.js';

export interface HardWrap {
  /** The line fills the flow's width: it goes on in the next line. */
  wraps: (line: string) => boolean;
  /** What joins a wrapped line to the next: nothing between CJK halves, a space between words. */
  joint: (line: string, next: string) => string;
}

/** A hard wrap: the flow's widest line is this wide (in columns: a CJK character is two), and a wrapped line nearly as wide. */
const MIN_WRAP_COLUMNS = 40;
const WRAP_SHARE = 0.85;
const MIN_FULL_LINES = 4;
const CJK_END = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]$/;
const CJK_START = /^[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/** Columns a line takes in a fixed-width view: two for CJK and full-width characters, one for others. */
function columns(text: string): number {
  let n = 0;
  for (const ch of text) n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return n;
}

/**
 * The width a <br> flow is hard-wrapped at, or 0: the lines before its <br>s (text up to the
 * previous <br> or element boundary), several of which fill one width; one long line over a
 * short one is just a line break.
 */
function wrapWidth(body: Element): number {
  const widths: number[] = [];
  for (const br of Array.from(body.getElementsByTagName('br'))) {
    let text = '';
    for (let n = br.previousSibling; n && !(isElement(n) && (tagOf(n) === 'BR' || BLOCK_TAGS.has(tagOf(n)))); n = n.previousSibling) text = (n.textContent ?? '') + text;
    const w = columns(collapseSpace(text).trim());
    if (w) widths.push(w);
    if (widths.length >= MAX_WRAP_LINES) break;
  }
  // The width most lines fill (a long unwrapped line, the intro, stands above it; short lines below).
  const sorted = widths.filter((w) => w >= MIN_WRAP_COLUMNS).sort((a, b) => b - a);
  let best = 0;
  let most = MIN_FULL_LINES - 1;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (j < sorted.length && sorted[j]! >= FULL_LINE * sorted[i]!) j++;
    if (j - i > most) [best, most] = [sorted[i]!, j - i];
  }
  return best;
}
/** Lines this close to the width fill it. */
const FULL_LINE = 0.92;
const MAX_WRAP_LINES = 2000;


/** The flow's measure, or null when its lines show no fixed width. */
export function hardWrap(body: Element): HardWrap | null {
  const width = wrapWidth(body);
  return width ? { wraps: (line) => columns(line) >= WRAP_SHARE * width, joint: (line, next) => (CJK_END.test(line) || CJK_START.test(next) ? '' : ' ') } : null;
}
