// Pages without an article: a portal home, a search result page, a shop's product grid, a
// list of notices. What they share is shape, not words: most of the text sits in repeated
// items (siblings of one tag and class), each led by a headline link to another page, and no
// paragraph of prose stands outside those items. An article page always has that paragraph,
// however short the article and however long the lists beside it.
import { attr, isElement, tagOf, textOf } from './dom.js';

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

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/g;

/** Characters of `text` that carry reading weight, CJK and other letters counted apart. */
function weigh(text: string): { cjk: number; latin: number } {
  const squeezed = text.replace(/\s+/g, '');
  const cjk = (squeezed.match(CJK) ?? []).length;
  return { cjk, latin: squeezed.length - cjk };
}

function reaches(text: string, cjk: number, latin: number): boolean {
  const w = weigh(text);
  return w.cjk >= cjk || w.latin >= latin || w.cjk / cjk + w.latin / latin >= 1;
}

/** A link that leads to another page, with a headline's length. */
function headlineLink(item: Element): boolean {
  for (const a of Array.from(item.querySelectorAll('a[href]'))) {
    const href = (a.getAttribute('href') ?? '').trim();
    if (!href || href.startsWith('#') || /^javascript:/i.test(href)) continue;
    if (reaches(textOf(a), 6, 15)) return true;
  }
  return false;
}

/** An element's kind among its siblings: its tag and its classes (in any order). */
export function signature(el: Element): string {
  const cls = (attr(el, 'class') ?? '').trim().split(/\s+/).filter(Boolean).sort().join('.');
  return `${tagOf(el)}.${cls}`;
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
export function isListing(root: Element): boolean {
  if (root.getElementsByTagName('*').length > MAX_ELEMENTS) return false;
  const items = listingItems(root);
  if (items.length < MIN_ITEMS) return false;
  const total = textOf(root).replace(/\s/g, '').length;
  const inItems = items.reduce((n, el) => n + textOf(el).replace(/\s/g, '').length, 0);
  if (!total || inItems < LISTING_SHARE * total) return false;
  if (items.filter((el) => reaches(textOf(el), LONG_ITEM_CJK, LONG_ITEM_LATIN)).length >= 2) return false;
  return !proseOutside(root, new Set(items));
}

/** No line of a sentence's length and little text in all: a form's labels, a few product blurbs. */
const LINE_CJK = 25;
const LINE_LATIN = 60;
const ALL_CJK = 20;
const ALL_LATIN = 100;

/**
 * True when the blocks (an article's kept text) are too slight to be an article: no line of a
 * sentence's length, and little text outside list items (a shop's "品类齐全 · 极速配送" bullets).
 */
export function tooSlight(blocks: { text: string; item?: unknown }[]): boolean {
  if (blocks.some((b) => reaches(b.text, LINE_CJK, LINE_LATIN))) return false;
  return !reaches(blocks.filter((b) => !b.item).map((b) => b.text).join(''), ALL_CJK, ALL_LATIN);
}
