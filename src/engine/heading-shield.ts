// Readability drops any element whose class or id contains an "unlikely" word (header,
// footer, extra, comment, menu, …) before it scores the page. On a heading those words
// usually describe the heading itself ("entry-header", "header-anchor-post") or are its own
// text turned into an anchor (id="installing-the-retry-extras"): the section heading went
// missing from the article. Such names are set aside on the working copy while Readability
// reads it, in data attributes that survive its re-parse of the page on a retry, and put back after.
import { selectAll } from './dom.js';

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

/** Sets aside the self-describing names of the page's headings (restoreHeadings puts them back); how many were. */
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
    const cls = h.getAttribute('class');
    if (cls && SELF_WORD.test(cls)) {
      h.setAttribute(SHIELD_CLASS, cls);
      h.setAttribute('class', cls.split(/\s+/).filter((c) => !SELF_WORD.test(c)).join(' '));
      shielded++;
    }
  }
  return shielded;
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
