// The article's own heading as the page shows it: what a reader's eye starts from. What comes
// before it in another column (a sidebar's blurb) or after it in a thread of readers' posts is
// not the article (paragraph-locator.ts, prune.ts).
import { selectAll, textOf } from './dom.js';
import { squash } from './text.js';

/**
 * The page's title as a heading: the first <h1> (not a logo linked home) whose text the
 * document's <title> holds. None where the page has no such heading.
 */
export function titleHeading(doc: Document): Element | null {
  const title = squash(textOf(doc.querySelector('title')));
  if (!title || !doc.body) return null;
  for (const h of selectAll(doc.body, 'h1')) {
    const t = squash(textOf(h));
    if (t.length < 4 || t.length > 120 || h.closest('a') || h.querySelector('a[href="/"], img')) continue;
    if (title.includes(t)) return h;
  }
  return null;
}

/** Marks the page's prose set before its title heading, so the marks ride with what Readability takes. */
export const BEFORE_TITLE = 'data-qw-before-title';
const PROSE_BLOCKS = new Set(['P', 'PRE', 'TD', 'LI', 'DD', 'BLOCKQUOTE', 'DIV', 'SECTION']);

/**
 * Marks each block before the page's title heading (not its ancestors): a reader view that
 * takes one of them took another column's text, which the no-harm floor must not ask for
 * (floor.ts). Nothing is marked where the page has no title heading.
 */
export function markBeforeTitle(doc: Document): void {
  const heading = doc.body ? titleHeading(doc) : null;
  if (!heading) return;
  const all = doc.body!.getElementsByTagName('*');
  for (let i = 0; i < all.length; i++) {
    const el = all[i]!;
    if (el === heading) return;
    if (PROSE_BLOCKS.has(el.tagName.toUpperCase()) && !el.contains(heading)) el.setAttribute(BEFORE_TITLE, '');
  }
}
