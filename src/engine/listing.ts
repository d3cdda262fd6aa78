// What the engine judges a page's text by, everywhere: how much of it carries reading weight
// (CJK characters and other letters counted apart), an element's kind among its siblings, and
// whether kept text is too slight to be an article. The listing test (a page of teasers, not an
// article) is in listing-page.ts, loaded with Readability for pages without a site rule.
import { attr, tagOf } from './dom.js';

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/g;

/** Characters of `text` that carry reading weight, CJK and other letters counted apart. */
function weigh(text: string): { cjk: number; latin: number } {
  const squeezed = text.replace(/\s+/g, '');
  const cjk = (squeezed.match(CJK) ?? []).length;
  return { cjk, latin: squeezed.length - cjk };
}

export function reaches(text: string, cjk: number, latin: number): boolean {
  const w = weigh(text);
  return w.cjk >= cjk || w.latin >= latin || w.cjk / cjk + w.latin / latin >= 1;
}

/** A class naming one item: an id in it, or the terms WordPress's post_class() adds per post. */
const ITEM_CLASS = /\d{2}|^(?:category|tag|format|status|type|author|post)-/;

/**
 * An element's kind among its siblings: its tag and its classes (in any order), but for the
 * classes that name one item (WordPress's "post-2229", "tag-compost" stay; a number goes).
 */
export function signature(el: Element): string {
  const cls = (attr(el, 'class') ?? '').trim().split(/\s+/).filter((c) => c && !ITEM_CLASS.test(c)).sort().join('.');
  return `${tagOf(el)}.${cls}`;
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

/** Chars of text the blocks hold (link-only lines not counted): an article has some. */
export function textChars(blocks: readonly { text: string; linkOnly: boolean }[]): number {
  return blocks.reduce((n, b) => n + (b.linkOnly ? 0 : b.text.replace(/\s/g, '').length), 0);
}
