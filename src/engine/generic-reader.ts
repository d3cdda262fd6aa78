// What the engine needs only on a page without a site rule, as it is given it (provideReadability
// in locate.ts): Mozilla Readability's pick of the article element, with the heading shield it
// needs, the listing and not-found tests, the paragraph locator, the joiner of a document
// reader's lines, the no-harm floor's measures and the phrase families of ordinary pages.
// Node entries register it at once (readability.ts); the extension injects it in a bundle of
// its own (readability-entry.ts), so none of it weighs on the script that runs on every
// known-site page at start-up.
import { isCallBox } from './call-boxes.js';
import { markPageFooters } from './page-boxes.js';
import { Readability } from '@mozilla/readability';
import { restoreHeadings, shieldHeadings } from './heading-shield.js';
import { isListing, saysNotFound } from './listing-page.js';
import { ORDINARY_PAGE_BOILERPLATE } from '../rules/ordinary-pages.js';
import type { GenericReader } from './locate.js';
import { locateByParagraphs } from './paragraph-locator.js';
import { classLefts, joinPositionedLines } from './positioned-lines.js';
import * as floor from './floor.js';
import { hardWrap } from './hard-wrap.js';
import { selectAll } from './dom.js';
import { pruneAuthorCards } from './author-cards.js';
import { isPagerBox } from './pager-box.js';

/**
 * Readability makes paragraphs of a <br><br> flow, but ends each at an element outside its
 * phrasing list, and <font> is not in it: a flow of <font> lines (old pages, Discuz posts) came
 * back as one paragraph. It turns every <font> into a <span> a step later anyway; done first.
 */
function fontsToSpans(doc: Document): void {
  for (const font of selectAll(doc, 'font')) {
    const span = doc.createElement('span');
    for (const a of Array.from(font.attributes)) span.setAttribute(a.name, a.value);
    while (font.firstChild) span.appendChild(font.firstChild);
    font.replaceWith(span);
  }
}

/** The element Readability takes as the article (on the working copy it is given), or null. */
export function readWithReadability(doc: Document): Element | null {
  fontsToSpans(doc);
  // Most pages have no such heading: nothing to put back, and no walk to do it.
  const restore = shieldHeadings(doc) > 0 ? restoreHeadings : () => undefined;
  try {
    const reader = new Readability(doc, {
      // Readability's own minimum (500): below it its strict first pass retries with fewer
      // filters and keeps the longest attempt; a low minimum takes a cookie notice instead.
      keepClasses: true,
      serializer: (el: Node) => el,
    } as unknown as ConstructorParameters<typeof Readability>[1]);
    const el = (reader.parse() as unknown as { content?: Element } | null)?.content ?? null;
    restore(doc, ...(el ? [el] : []));
    return el;
  } catch {
    restore(doc);
    return null;
  }
}

export const GENERIC_READER: GenericReader = Object.freeze({
  read: readWithReadability,
  isListing,
  byParagraphs: locateByParagraphs,
  joinLines: joinPositionedLines,
  classLefts,
  hardWrap,
  floor,
  phrases: ORDINARY_PAGE_BOILERPLATE,
  notFound: saysNotFound,
  authorCards: pruneAuthorCards,
  isPagerBox,
  isCallBox,
  pageFooters: markPageFooters,
});
