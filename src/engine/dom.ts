// DOM helpers that only use what both browsers and linkedom implement.
import { attr, selectorSets, tagOf, walkMatching } from './select-list.js';

export { attr, tagOf };

export const BLOCK_TAGS = new Set([
  'P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD', 'TH',
  'BLOCKQUOTE', 'SECTION', 'ARTICLE', 'PRE', 'DL', 'DT', 'DD', 'FIGURE', 'FIGCAPTION', 'HEADER', 'FOOTER', 'CENTER',
  'ADDRESS', 'HR', 'MAIN', 'ASIDE', 'NAV', 'FORM', 'FIELDSET', 'DETAILS', 'SUMMARY', 'CAPTION', 'BODY', 'HTML',
]);

export const INLINE_TAGS = new Set(['SPAN', 'A', 'STRONG', 'B', 'EM', 'I', 'U', 'FONT', 'SMALL', 'BIG', 'SUB', 'SUP', 'MARK', 'LABEL', 'CODE', 'S', 'DEL', 'INS', 'ABBR', 'CITE', 'Q']);

export function isElement(n: Node | null | undefined): n is Element {
  return !!n && n.nodeType === 1;
}

/** The characters textOf collapses (JavaScript's \s, by code). */
function isSpace(c: number): boolean {
  return c <= 32 || c === 0xa0 || c === 0x3000 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0xfeff;
}

/**
 * True when the element holds more than `limit` characters other than white space: a cheap
 * bound (it stops reading there) before a step that only judges short boxes reads the text.
 */
export function textExceeds(el: Element, limit: number): boolean {
  let n = 0;
  const stack: Node[] = [el];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      for (let i = 0; i < data.length; i++) if (!isSpace(data.charCodeAt(i)) && ++n > limit) return true;
    } else if (node.nodeType === 1) {
      for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
    }
  }
  return false;
}

/** Text of an element, white space collapsed. */
export function textOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

/** querySelectorAll that survives a selector the DOM implementation does not support. */
function querySelectorAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return selector.includes(',') ? selector.split(',').flatMap((s) => querySelectorAll(root, s.trim())) : [];
  }
}

/**
 * The elements under `root` that match `selector`, in document order, as querySelectorAll
 * gives them; a list's bare tags, classes and ids are matched in one walk (select-list.ts).
 */
export function selectAll(root: ParentNode, selector: string | undefined): Element[] {
  if (!selector) return [];
  const sets = selectorSets(selector);
  if (!sets) return querySelectorAll(root, selector);
  const others = sets.rest ? querySelectorAll(root, sets.rest) : [];
  return walkMatching(root, sets, new Set(others));
}

/** The elements matching any of `selectors`, as selectAll(root, selectors.join(',')). */
export function selectList(root: ParentNode, selectors: readonly string[]): Element[] {
  return selectAll(root, selectors.join(','));
}

export function selectOne(root: ParentNode, selector: string | undefined): Element | null {
  return selectAll(root, selector)[0] ?? null;
}

/** Share of an element's text that sits inside links (0 when it has no text). */
export function linkDensity(el: Element): number {
  const total = textOf(el).replace(/\s/g, '').length;
  if (!total) return 0;
  let inLinks = 0;
  for (const a of selectAll(el, 'a')) inLinks += textOf(a).replace(/\s/g, '').length;
  return Math.min(1, inLinks / total);
}

/**
 * Document order, for sorting (negative when `a` comes first). Read from the tree itself:
 * linkedom's compareDocumentPosition orders by depth, not by place (a <header> "precedes"
 * a paragraph nested deeper before it).
 */
export function documentOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  const above = new Map<Node, Node | null>(); // each ancestor of a (and a) → its child on the way to a
  for (let n: Node | null = a, child: Node | null = null; n; child = n, n = n.parentNode) above.set(n, child);
  let child: Node | null = null;
  let n: Node | null = b;
  while (n && !above.has(n)) {
    child = n;
    n = n.parentNode;
  }
  if (!n) return 0; // not in one tree
  if (n === a) return -1; // a holds b
  const fromA = above.get(n)!;
  if (!child) return 1; // b holds a
  for (let c = n.firstChild; c; c = c.nextSibling) {
    if (c === fromA) return -1;
    if (c === child) return 1;
  }
  return 0;
}

/** Class and id of an element, for word matching. */
export function classAndId(el: Element): string {
  const cls = attr(el, 'class');
  const id = attr(el, 'id');
  return cls && id ? `${cls} ${id}`.trim() : (cls ?? id ?? '').trim();
}
