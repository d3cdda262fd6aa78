// Pages without an article: a portal home, a search result page, a shop's product grid, a
// list of notices. What they share is shape, not words: most of the text sits in repeated
// items (siblings of one tag and class), each led by a headline link to another page, and no
// paragraph of prose stands outside those items. An article page always has that paragraph,
// however short the article and however long the lists beside it. Only pages without a site
// rule are judged, so this comes in the generic reader's bundle (generic-reader.ts).
import { isElement, tagOf, textOf } from './dom.js';
import { reaches, signature, textChars } from './listing.js';
import type { Block } from './blocks.js';
import { toSimplified } from './text.js';
import { NOT_FOUND_PART } from '../rules/ordinary-pages.js';

/** Items of one kind under one parent needed to call it a list of links to articles. */
const MIN_ITEMS = 4;
/** The items' share of the container's text for the container to be a listing. */
const LISTING_SHARE = 0.6;
/** Prose outside the items that makes the container an article: CJK characters / other letters. */
const PROSE_CJK = 30;
const PROSE_LATIN = 110;
/** An item this long is a post or a section, not a teaser (forum threads, Q&A). */
const LONG_ITEM_CJK = 200;
const LONG_ITEM_LATIN = 500;
/** Visiting more elements than this is not worth it: the caller keeps the article. */
const MAX_ELEMENTS = 20_000;

/** A link that leads to another page, with a headline's length. */
function headlineLink(item: Element): boolean {
  for (const a of Array.from(item.querySelectorAll('a[href]'))) {
    const href = (a.getAttribute('href') ?? '').trim();
    if (!href || href.startsWith('#') || /^javascript:/i.test(href)) continue;
    if (reaches(textOf(a), 6, 15)) return true;
  }
  return false;
}

/** Repeated headline items of `root`, outermost first (an item's own inner lists are not counted again). */
function listingItems(root: Element): Element[] {
  const items: Element[] = [];
  const walk = (el: Element): void => {
    const groups = new Map<string, Element[]>();
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (tagOf(c) === 'P' || /^H\d$/.test(tagOf(c))) continue;
      const key = signature(c);
      groups.set(key, [...(groups.get(key) ?? []), c]);
    }
    const taken = new Set<Element>();
    for (const group of groups.values()) {
      if (group.length < MIN_ITEMS) continue;
      const led = group.filter(headlineLink);
      // Most of the group leads with a headline: a list of teasers (a row of icons does not).
      if (led.length >= MIN_ITEMS && led.length >= 0.6 * group.length) for (const item of group) taken.add(item);
    }
    items.push(...taken);
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (!taken.has(c)) walk(c);
  };
  walk(root);
  return items;
}

/** Blocks of prose outside the items: leaf blocks (no block inside) with a paragraph's worth of text outside links. */
function proseOutside(root: Element, items: Set<Element>): boolean {
  const stack: Element[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    if (items.has(el)) continue;
    const tag = tagOf(el);
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NAV' || tag === 'FOOTER') continue;
    let own = '';
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) own += n.nodeValue ?? '';
      else if (isElement(n)) {
        const t = tagOf(n);
        if (t === 'A' || t === 'BUTTON' || t === 'SELECT' || t === 'LABEL') continue;
        if (/^(?:SPAN|STRONG|B|EM|I|FONT|SMALL|CODE|MARK|SUB|SUP|TIME|ABBR|Q|CITE|U)$/.test(t)) own += textOf(n);
        else stack.push(n);
      }
    }
    if (reaches(own, PROSE_CJK, PROSE_LATIN)) return true;
  }
  return false;
}

/**
 * True when `root` (the located container) is a listing, not an article. Doubt keeps the
 * article: a big page, a container with prose of its own, items long enough to be posts.
 */
export function isListing(root: Element, page?: Element | null): boolean {
  if (listing(root) !== null) return true;
  // The container taken may be one teaser of a list (an archive's longest excerpt): the page
  // around it is judged the same way. A container with a post's length is kept whatever surrounds it.
  if (!page || page === root || reaches(textOf(root), LONG_ITEM_CJK, LONG_ITEM_LATIN)) return false;
  const items = listing(page);
  if (!items) return false;
  // Outside every teaser, a paragraph's worth of its own prose (an ad may have cut it in parts): a short article.
  return items.some((item) => item.contains(root)) || !reaches(proseOf(root), PROSE_CJK, PROSE_LATIN);
}

/** The element's text outside links. */
function proseOf(el: Element): string {
  let text = textOf(el);
  for (const a of Array.from(el.querySelectorAll('a'))) text = text.replace(textOf(a), '');
  return text;
}

/** The teasers of a listing, or null when `root` is not one. */
function listing(root: Element): Element[] | null {
  if (root.getElementsByTagName('*').length > MAX_ELEMENTS) return null;
  const items = listingItems(root);
  if (items.length < MIN_ITEMS) return null;
  const total = textOf(root).replace(/\s/g, '').length;
  const inItems = items.reduce((n, el) => n + textOf(el).replace(/\s/g, '').length, 0);
  if (!total || inItems < LISTING_SHARE * total) return null;
  if (items.filter((el) => reaches(textOf(el), LONG_ITEM_CJK, LONG_ITEM_LATIN)).length >= 2) return null;
  return proseOutside(root, new Set(items)) ? null : items;
}

/** A "page not found" page tells so in its title; what it shows (reasons, suggestions) is short. */
const NOT_FOUND_MAX_CHARS = 1000;

export function saysNotFound(title: string, blocks: Block[]): boolean {
  const parts = title.split(/[|｜_]|\s[-–—·]\s/).map((p) => p.trim()).filter(Boolean);
  // Every part but one (the site's name) says so: "404 - 您访问的页面不存在", "Page not found | Bramble & Co.".
  const saying = parts.filter((p) => NOT_FOUND_PART.test(toSimplified(p))).length;
  return saying > 0 && saying >= parts.length - 1 && textChars(blocks) < NOT_FOUND_MAX_CHARS;
}
