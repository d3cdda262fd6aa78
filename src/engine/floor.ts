// The no-harm floor for pages without a site rule: the article never keeps less than Mozilla
// Readability keeps. Readability's prose is the reference; what the engine removed on
// purpose, block by block (a canned intro, a source line: the removal trace says so), does
// not count as missing. When a real share is missing, the caller tries again more cautiously
// and keeps whichever result holds more of the reference.
import { linkDensity, selectAll, textOf } from './dom.js';
import { squash } from './text.js';
import { BEFORE_TITLE } from './title-heading.js';

/** A reference block: a leaf block of prose in Readability's article. */
const LEAF = 'p, li, td, th, pre, blockquote, dd, div, section, article';
/** Blocks shorter than this (normalised characters) are lines, not prose: bylines, dates, labels. */
const MIN_PROSE = 30;
/** A sentence shorter than this is not looked for on its own (it may recur anywhere). */
const MIN_SENTENCE = 6;
/** Missing share of the reference, and missing characters, past which the result is in doubt. */
export const MISSING_SHARE = 0.15;
export const MISSING_CHARS = 120;
const MAX_BLOCKS = 400;

/** The prose blocks of Readability's article element, squeezed. */
export function referenceProse(article: Element): string[] {
  const out: string[] = [];
  for (const el of selectAll(article, LEAF)) {
    if (el.querySelector(LEAF)) continue; // innermost blocks only
    // Another column's, set before the page's title heading: not the article's text.
    if (el.closest(`[${BEFORE_TITLE}]`)) continue;
    if (linkDensity(el) > 0.3) continue;
    const t = squash(textOf(el));
    if (t.length >= MIN_PROSE) out.push(t);
    if (out.length >= MAX_BLOCKS) break;
  }
  return out;
}

function sentences(block: string): string[] {
  return block.split(/(?<=[。！？!?；;])|(?<=\.)(?=[A-Z"'“‘(（])/).filter((s) => s.length >= MIN_SENTENCE);
}

/**
 * Characters of reference prose missing from `output` (squeezed text), and the reference's
 * total. A block inside a box the engine pruned by its name (a newsletter card, a comment
 * list) was removed on purpose and is not missing — unless such boxes would take most of
 * the reference, which is the sign of a wrong guess, not of a page's furniture; a box known
 * by its shape too (a thread of posts, a sign-up form) is never such a guess.
 */
export function missingProse(reference: string[], output: string, prunedByName: string[] = [], prunedByShape: string[] = []): { missing: number; total: number } {
  let missing = 0;
  let onPurpose = 0;
  let total = 0;
  for (const block of reference) {
    total += block.length;
    const parts = sentences(block);
    const lost = parts.filter((s) => !output.includes(s)).reduce((n, s) => n + s.length, 0);
    if (lost <= 0.5 * block.length) continue;
    // A thread of posts or a sign-up form is known by its shape: however long, never the article.
    if (prunedByShape.some((box) => box.includes(block))) continue;
    if (prunedByName.some((box) => box.includes(block))) onPurpose += block.length;
    else missing += block.length;
  }
  if (onPurpose > 0.5 * total) missing += onPurpose;
  return { missing, total };
}

/** True when `missing` of `total` is a real share of the article. */
export function inDoubt({ missing, total }: { missing: number; total: number }): boolean {
  return missing >= MISSING_CHARS && missing >= MISSING_SHARE * total;
}
