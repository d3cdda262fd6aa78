// The element that directly holds most of the page's paragraph text: the cheap core of
// Readability's idea, for pages without a site rule (it comes in the generic reader's bundle).
import { linkDensity, selectAll, tagOf, textOf } from './dom.js';

/** The parent must hold this share of the page's paragraph text to be taken without Readability. */
const DOMINANT_SHARE = 0.8;
const MIN_PARAGRAPH_CHARS = 200;
/** The page's footer, and what a page sets aside from its text (a sidebar, a notice box): never the article, nor its rival. */
const PAGE_FOOTER = 'aside, nav, [role="complementary"], body > footer, [id="footer"], [class="footer"], [id="foot"], [class="foot"], .site-footer, #site-footer';
/** Or a lesser share, when no other parent comes close: the rest is scattered teasers or comments. */
const LEADING_SHARE = 0.6;
const RUNNER_UP = 0.2;

/**
 * The element that directly holds most of the page's paragraph text: the cheap core of
 * Readability's idea, taken only when one parent clearly dominates (a blog post, a news
 * story); anything less clear-cut goes to Readability. Saves Readability's full scoring on
 * ordinary pages (most of its time).
 */
export function locateByParagraphs(doc: Document): Element | null {
  const body = doc.body;
  if (!body) return null;
  const scores = new Map<Element, number>();
  let total = 0;
  const add = (el: Element | null, score: number): void => {
    total += score;
    if (el) scores.set(el, (scores.get(el) ?? 0) + score);
  };
  // One query for the boxes left out, then a walk up from each paragraph (cheaper than closest()).
  const apart = new Set(selectAll(body, PAGE_FOOTER));
  const setApart = (el: Element): boolean => {
    for (let e = el.parentElement; e && e !== body; e = e.parentElement) if (apart.has(e)) return true;
    return false;
  };
  for (const p of selectAll(body, 'p, pre')) {
    if (apart.size && setApart(p)) continue;
    const chars = textOf(p).replace(/\s/g, '').length;
    if (chars) add(p.parentElement, chars * (1 - linkDensity(p)));
  }
  // Text written straight into a container with <br>s (novels, 51test) counts for that container.
  for (const br of selectAll(body, 'br')) {
    const el = br.parentElement;
    if (!el || scores.has(el) || tagOf(el) === 'P') continue;
    let chars = 0;
    for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3) chars += (n.nodeValue ?? '').replace(/\s/g, '').length;
    if (chars) add(el, chars);
  }
  let best: Element | null = null;
  let bestScore = 0;
  let runnerUp = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      runnerUp = bestScore;
      bestScore = score;
    } else if (score > runnerUp) runnerUp = score;
  }
  if (!best || best === body || bestScore < MIN_PARAGRAPH_CHARS) return null;
  const dominant = bestScore >= DOMINANT_SHARE * total || (bestScore >= LEADING_SHARE * total && runnerUp <= RUNNER_UP * bestScore);
  if (!dominant) return null;
  return best;
}

