// DOM helpers that only use what both browsers and linkedom implement.

export const BLOCK_TAGS = new Set([
  'P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD', 'TH',
  'BLOCKQUOTE', 'SECTION', 'ARTICLE', 'PRE', 'DL', 'DT', 'DD', 'FIGURE', 'FIGCAPTION', 'HEADER', 'FOOTER', 'CENTER',
  'ADDRESS', 'HR', 'MAIN', 'ASIDE', 'NAV', 'FORM', 'FIELDSET', 'DETAILS', 'SUMMARY', 'CAPTION', 'BODY', 'HTML',
]);

export const INLINE_TAGS = new Set(['SPAN', 'A', 'STRONG', 'B', 'EM', 'I', 'U', 'FONT', 'SMALL', 'BIG', 'SUB', 'SUP', 'MARK', 'LABEL', 'CODE', 'S', 'DEL', 'INS', 'ABBR', 'CITE', 'Q']);

export function isElement(n: Node | null | undefined): n is Element {
  return !!n && n.nodeType === 1;
}

/** Upper-case names by local name: tagOf runs on every element several times per step. */
const UPPER = new Map<string, string>();
const MAX_UPPER = 512;

/** The element's tag name in upper case ("DIV", "MIP-IMG"), for HTML and XML documents alike. */
export function tagOf(el: Element): string {
  const name = el.localName;
  let upper = UPPER.get(name);
  if (upper === undefined) {
    upper = name.toUpperCase();
    if (UPPER.size < MAX_UPPER) UPPER.set(name, upper);
  }
  return upper;
}

/** An attribute's value as written, or null. Read through the attribute node: linkedom rebuilds
 * getAttribute('class') from a token set on every call, several times slower. */
export function attr(el: Element, name: string): string | null {
  const node = el.getAttributeNode(name);
  return node ? node.value : null;
}

/** Text of an element, white space collapsed. */
export function textOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

/** querySelectorAll that survives a selector the DOM implementation does not support. */
export function selectAll(root: ParentNode, selector: string | undefined): Element[] {
  if (!selector) return [];
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return selector.includes(',') ? selector.split(',').flatMap((s) => selectAll(root, s.trim())) : [];
  }
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

/** Class and id of an element, for word matching. */
export function classAndId(el: Element): string {
  const cls = attr(el, 'class');
  const id = attr(el, 'id');
  return cls && id ? `${cls} ${id}`.trim() : (cls ?? id ?? '').trim();
}
