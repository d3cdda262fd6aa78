// Locate the body: the site rule's selector when it finds real text, else Mozilla
// Readability (on the working clone) as the reader fallback for any other page.
import type { Readability } from '@mozilla/readability';
import type { SiteRule } from '../rules/define.js';
import { attr, documentOrder, linkDensity, selectAll, tagOf, textOf } from './dom.js';

/** A body shorter than this is not the article (an empty container of the template). */
const MIN_BODY_CHARS = 40;
/** Without a rule a one-sentence brief or a quatrain is still an article; slight text is judged later (listing.ts). */
const MIN_ARTICLE_CHARS = 10;

/**
 * The rule's body: every match with real text, in page order. A site may split one article
 * over two containers (a "展开全文" fold between them); a nested match counts once, and a
 * small or link-heavy extra match (a sidebar box reusing the class) is left out.
 */
export function locateByRule(doc: Document, rule: SiteRule | Pick<SiteRule, 'body'> | null): Element[] {
  if (!rule?.body) return [];
  const matches = selectAll(doc, rule.body).filter((el, i, all) => all.indexOf(el) === i);
  const outer = matches.filter((el) => !matches.some((other) => other !== el && other.contains(el)));
  const sized = outer.map((el) => ({ el, len: textOf(el).length })).filter((m) => m.len >= MIN_BODY_CHARS);
  if (!sized.length) return [];
  const largest = Math.max(...sized.map((m) => m.len));
  const kept = sized.filter((m) => m.len === largest || (m.len >= 0.2 * largest && linkDensity(m.el) < 0.5));
  // selectAll returns page order for one selector, not across a selector list: sort.
  return kept.map((m) => m.el).sort(documentOrder);
}

/** The parent must hold this share of the page's paragraph text to be taken without Readability. */
const DOMINANT_SHARE = 0.8;
const MIN_PARAGRAPH_CHARS = 200;

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
  for (const p of selectAll(body, 'p, pre')) {
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
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  if (!best || best === body || bestScore < MIN_PARAGRAPH_CHARS || bestScore < DOMINANT_SHARE * total) return null;
  return best;
}

/**
 * Readability is handed to the engine, not imported by it: Node shells register it at once
 * (engine/readability.ts); the extension loads it as a bundle of its own when the reader
 * opens, so the script that runs on every known-site page at start-up (whose site rules
 * find the body) stays small. Without it, pages without a rule fall back to their main container.
 */
type ReadabilityClass = typeof Readability;
let readabilityOf: () => ReadabilityClass | undefined = () => undefined;

export function provideReadability(get: () => ReadabilityClass | undefined): void {
  readabilityOf = get;
}

export function hasReadability(): boolean {
  return readabilityOf() !== undefined;
}

/** Readability's pick of the article element, or null when it finds none (or is not loaded). */
export function locateByReadability(doc: Document): Element | null {
  const Readability = readabilityOf();
  if (!Readability) return null;
  try {
    const reader = new Readability(doc, {
      // Readability's own minimum (500): below it its strict first pass retries with fewer
      // filters and keeps the longest attempt; a low minimum takes a cookie notice instead.
      keepClasses: true,
      serializer: (el: Node) => el,
    } as unknown as ConstructorParameters<typeof Readability>[1]);
    const result = reader.parse() as unknown as { content?: Element } | null;
    const el = result?.content ?? null;
    return el && textOf(el).length >= MIN_ARTICLE_CHARS ? el : null;
  } catch {
    return null;
  }
}

/** Readability hands back the container it took inside wrappers of its own (#readability-page-1). */
const READABILITY_WRAPPER = /^readability-/;
const IDENT = /^-?[_a-zA-Z][\w-]*$/;

/**
 * The located container as a selector by its id or classes ("#ArtContent", ".content"), so an
 * article's later pages can be read from the same container; null when it has neither (or is
 * the page itself, or Readability joined several of the page's boxes).
 */
export function bodySignature(body: Element): string | null {
  let el = body;
  while (READABILITY_WRAPPER.test(attr(el, 'id') ?? '') && el.childElementCount === 1) el = el.firstElementChild!;
  if (READABILITY_WRAPPER.test(attr(el, 'id') ?? '') || /^(?:BODY|HTML)$/.test(tagOf(el))) return null;
  const id = attr(el, 'id');
  if (id && IDENT.test(id)) return `#${id}`;
  const classes = (attr(el, 'class') ?? '').split(/\s+/).filter((c) => IDENT.test(c));
  return classes.length ? classes.map((c) => `.${c}`).join('') : null;
}

/** Last resort when Readability gives up (short pages): the page's main container or body. */
export function locateFallback(doc: Document): Element | null {
  for (const el of selectAll(doc, 'article, main, [role="main"], body')) {
    if (textOf(el).length >= MIN_ARTICLE_CHARS) return el;
  }
  return null;
}
