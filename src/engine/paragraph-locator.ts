// The element that directly holds most of the page's paragraph text: the cheap core of
// Readability's idea, for pages without a site rule (it comes in the generic reader's bundle).
import { documentOrder, linkDensity, selectAll, tagOf, textOf } from './dom.js';
import { reaches } from './listing.js';
import { titleHeading } from './title-heading.js';

/** The parent must hold this share of the page's paragraph text to be taken without Readability. */
const DOMINANT_SHARE = 0.8;
const MIN_PARAGRAPH_CHARS = 200;
/** The page's footer, and what a page sets aside from its text (a sidebar, a notice box): never the article, nor its rival. */
const PAGE_FOOTER = 'aside, nav, [role="complementary"], body > footer, [id="footer"], [class="footer"], [id="foot"], [class="foot"], .site-footer, #site-footer';
/** Or a lesser share, when no other parent comes close: the rest is scattered teasers or comments. */
const LEADING_SHARE = 0.6;
const RUNNER_UP = 0.2;

/** Each parent's paragraph text (link text discounted), and the page's total. */
function paragraphScores(body: Element): { scores: Map<Element, number>; total: number } {
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
    const chars = flowChars(el);
    if (chars) add(el, chars);
  }
  return { scores, total };
}

/** Inline wrappers a <br> flow's lines sit in (old pages' <font face="宋体"><font size="3">…</font></font>). */
const FLOW_INLINE = new Set(['FONT', 'SPAN', 'B', 'STRONG', 'EM', 'I', 'U', 'SMALL', 'BIG']);

/** The text a <br> flow writes straight into a container: its text nodes, and its inline wrappers' text (never a link's). */
function flowChars(el: Element): number {
  let chars = 0;
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) chars += (n.nodeValue ?? '').replace(/\s/g, '').length;
    else if (n.nodeType === 1 && FLOW_INLINE.has(tagOf(n as Element)) && !(n as Element).querySelector('a, p, div, br, table, ul, ol')) {
      chars += textOf(n as Element).replace(/\s/g, '').length;
    }
  }
  return chars;
}

/**
 * The element that directly holds most of the page's paragraph text: the cheap core of
 * Readability's idea, taken only when one parent clearly dominates (a blog post, a news
 * story); anything less clear-cut goes to Readability. Saves Readability's full scoring on
 * ordinary pages (most of its time).
 */
export function locateByParagraphs(doc: Document): Element | null {
  const body = doc.body;
  if (!body) return null;
  const { scores, total } = paragraphScores(body);
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
  if (!best || best === body) return null;
  const heading = titleHeading(doc);
  if (heading && !best.contains(heading) && documentOrder(best, heading) < 0) return afterTitle(body, heading, scores);
  if (heading && ledByTitle(best, heading, scores)) return best;
  if (bestScore < MIN_PARAGRAPH_CHARS) return null;
  const dominant = bestScore >= DOMINANT_SHARE * total || (bestScore >= LEADING_SHARE * total && runnerUp <= RUNNER_UP * bestScore);
  if (!dominant) return null;
  return best;
}

/** Prose after the title heading that is enough for an article of its own: a one-paragraph notice. */
const AFTER_TITLE_CJK = 40;
const AFTER_TITLE_LATIN = 120;

/** The best parent's share of the paragraph text around it and the title heading, to be a short article's own. */
const LED_SHARE = 0.8;

/**
 * A short article's text: the best parent follows the title heading and holds nearly all the
 * paragraph text of the box they share (a post of one paragraph in its <article>), however
 * short, and whatever longer boxes the page has elsewhere (comments, a sidebar's blurb).
 */
function ledByTitle(best: Element, heading: Element, scores: Map<Element, number>): boolean {
  if (best.contains(heading) || documentOrder(heading, best) >= 0 || !reaches(textOf(best), AFTER_TITLE_CJK, AFTER_TITLE_LATIN)) return false;
  let shared = best.parentElement;
  while (shared && !shared.contains(heading)) shared = shared.parentElement;
  if (!shared || !shared.parentElement) return false; // the page itself is no article's box
  let around = 0;
  for (const [el, score] of scores) if (shared.contains(el)) around += score;
  return (scores.get(best) ?? 0) >= LED_SHARE * around;
}

/**
 * The parent after the page's title heading with the most paragraph text, when the page's best
 * comes before that heading (and does not hold it): that one sits in another column, a
 * sidebar's 本馆简介 or a site blurb longer than a one-paragraph notice. Null when the heading
 * leads to less than a paragraph.
 */
function afterTitle(body: Element, heading: Element, scores: Map<Element, number>): Element | null {
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore && el !== body && documentOrder(heading, el) < 0 && !el.contains(heading)) [best, bestScore] = [el, score];
  }
  return best && reaches(textOf(best), AFTER_TITLE_CJK, AFTER_TITLE_LATIN) ? best : null;
}
