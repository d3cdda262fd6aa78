// Locate the body: the site rule's selector when it finds real text, else Mozilla
// Readability (on the working clone) as the reader fallback for any other page.
import type { PhraseRule, SiteRule } from '../rules/define.js';
import type { Block } from './blocks.js';
import type { Trace } from './trace.js';
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

/**
 * Readability is handed to the engine, not imported by it: Node shells register it at once
 * (engine/readability.ts); the extension loads it as a bundle of its own when the reader
 * opens, so the script that runs on every known-site page at start-up (whose site rules
 * find the body) stays small. Without it, pages without a rule fall back to their main container.
 */
export interface GenericReader {
  /** Readability's pick of the article element on the working copy, or null. */
  read: (doc: Document) => Element | null;
  /** The located container is a listing of teasers, not an article (listing-page.ts). */
  isListing: (root: Element, page?: Element | null) => boolean;
  /** The parent that clearly holds most of the page's paragraph text, or null (paragraph-locator.ts). */
  byParagraphs: (doc: Document) => Element | null;
  /** Joins a document reader's positioned lines into paragraphs (positioned-lines.ts); `lefts` from `classLefts`, read before the styles go. */
  joinLines: (body: Element, trace?: Trace, lefts?: Map<string, number>) => void;
  /** The left offsets the page's stylesheet gives by class (positioned-lines.ts). */
  classLefts: (doc: Document) => Map<string, number>;
  /** The no-harm floor's measures against Readability's article (floor.ts). */
  floor: typeof import('./floor.js');
  /** The width a <br> flow is hard-wrapped at, as a measure of its lines (hard-wrap.ts), or null. */
  hardWrap: (body: Element) => import('./hard-wrap.js').HardWrap | null;
  /** Phrase families only ordinary pages print (rules/ordinary-pages.ts), after the generic ones. */
  phrases: readonly PhraseRule[];
  /** The page says it was not found, and shows little (listing-page.ts). */
  notFound: (title: string, blocks: Block[]) => boolean;
  /** Takes a forum thread's author cards out of the located body (author-cards.ts). */
  authorCards: (body: Element, trace: Trace) => void;
  /** A box of nothing but pager entries (pager-box.ts). */
  isPagerBox: (el: Element) => boolean;
  /** Marks a document reader's page footers as cuts and opens its page boxes (page-boxes.ts). */
  pageFooters: (body: Element, all: Element[]) => void;
  /** A box selling the site's app or taking a lead (call-boxes.ts). */
  isCallBox: (el: Element) => boolean;
}
let readerOf: () => GenericReader | undefined = () => undefined;

export function provideReadability(get: () => GenericReader | undefined): void {
  readerOf = get;
}

/**
 * The generic reader, when it is loaded (always in Node; in the extension once a reading is
 * asked for). Without it (a known site's badge count at start-up) its steps are skipped: no
 * paragraph locator, no joined lines, no listing test (doubt keeps the article), no floor.
 */
export function genericReader(): GenericReader | undefined {
  return readerOf();
}

/** Readability's pick of the article element (generic-reader.ts), or null when it finds none (or is not loaded). */
export function locateByReadability(doc: Document): Element | null {
  const reader = readerOf();
  if (!reader) return null;
  try {
    const el = reader.read(doc);
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
