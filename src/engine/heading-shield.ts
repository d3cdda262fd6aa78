// Readability drops any element whose class or id contains an "unlikely" word (header,
// footer, extra, comment, menu, …) before it scores the page. On a heading those words
// usually describe the heading itself ("entry-header", "header-anchor-post") or are its own
// text turned into an anchor (id="installing-the-retry-extras"): the section heading went
// missing from the article. Such names are set aside on the working copy while Readability
// reads it, in data attributes that survive its re-parse of the page on a retry, and put back after.
import { classAndId, selectAll, tagOf, textOf } from './dom.js';

const SHIELD_CLASS = 'data-qw-class';
const SHIELD_ID = 'data-qw-id';

/** Class words that name the element as a heading or its anchor, not as a page region. */
const SELF_WORD = /header|heading|title|anchor/i;
/** Longer than this is no heading's text, whatever its tag. */
const MAX_HEADING_CHARS = 150;

/** Letters and digits only, lower case: "Installing the retry extras" and "installing-the-retry-extras" agree. */
function slug(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The id is the heading's own text as an anchor (possibly with a number after it: "-2"). */
function isAnchorOfText(id: string, text: string): boolean {
  const a = slug(id.replace(/[-_]\d{1,3}$/, ''));
  const t = slug(text);
  return a.length >= 3 && (t === a || (a.length >= 8 && t.startsWith(a)));
}

/**
 * Sets aside the self-describing names of the page's headings (restoreHeadings puts them back),
 * and takes a post's heading out of a header box Readability would drop; how many headings it touched.
 */
export function shieldHeadings(doc: Document): number {
  let shielded = 0;
  for (const h of selectAll(doc, 'h1, h2, h3, h4, h5, h6')) {
    const text = (h.textContent ?? '').trim();
    if (!text || text.length > MAX_HEADING_CHARS) continue;
    const id = h.getAttribute('id');
    if (id && isAnchorOfText(id, text)) {
      h.setAttribute(SHIELD_ID, id);
      h.removeAttribute('id');
      shielded++;
    }
    if (shieldClass(h)) shielded++;
    // Readability drops a post's header box whole ("liveblog-header"): the heading steps out of it
    // on the working copy, and the box's byline and avatar go with the box as before.
    const boxes = headerBoxes(h, text.length).filter((b) => BOX_WORD.test(classAndId(b)));
    const outer = boxes[boxes.length - 1];
    if (outer) {
      outer.before(h);
      shielded++;
    }
  }
  return shielded;
}

function shieldClass(el: Element): boolean {
  const cls = el.getAttribute('class');
  if (!cls || !SELF_WORD.test(cls)) return false;
  el.setAttribute(SHIELD_CLASS, cls);
  el.setAttribute('class', cls.split(/\s+/).filter((c) => !SELF_WORD.test(c)).join(' '));
  return true;
}

/** The word that makes Readability drop a heading's box. */
const BOX_WORD = /header/i;
/** A heading's box holds little more than it: a byline, a time. */
const BOX_EXTRA_CHARS = 120;
/** Prose right after the box that makes it the header of a post, not of the page. */
const PROSE_AFTER = 80;
const BOX_LEVELS = 3;

/**
 * The boxes a heading sits in that are a post's own header ("liveblog-header", "entry-header"):
 * little text besides the heading, no menu, list or form, and the post's paragraphs right
 * after one of them. (A page's header holds a menu, and no paragraphs follow it as siblings.)
 */
function headerBoxes(h: Element, headingChars: number): Element[] {
  const chain: Element[] = [];
  let box = h.parentElement;
  for (let level = 0; box && level < BOX_LEVELS; level++, box = box.parentElement) {
    if (/^(?:BODY|MAIN|ARTICLE|HTML)$/.test(tagOf(box))) break;
    if (textOf(box).length > headingChars + BOX_EXTRA_CHARS || selectAll(box, 'nav, form, ul, ol, input').length) break;
    chain.push(box);
    const next = box.nextElementSibling;
    const paragraphs = !next ? [] : tagOf(next) === 'P' ? [next] : selectAll(next, 'p');
    if (paragraphs.reduce((n, p) => n + textOf(p).length, 0) >= PROSE_AFTER) return chain;
  }
  return [];
}

/** Puts the names back, on the page and on what Readability took out of it. */
export function restoreHeadings(...roots: ParentNode[]): void {
  for (const root of roots) {
    for (const h of selectAll(root, `[${SHIELD_ID}], [${SHIELD_CLASS}]`)) {
      const id = h.getAttribute(SHIELD_ID);
      const cls = h.getAttribute(SHIELD_CLASS);
      if (id !== null) h.setAttribute('id', id);
      if (cls !== null) h.setAttribute('class', cls);
      h.removeAttribute(SHIELD_ID);
      h.removeAttribute(SHIELD_CLASS);
    }
  }
}
