// DOM helpers that only use what both browsers and linkedom implement.

export const BLOCK_TAGS = new Set([
  'P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD', 'TH',
  'BLOCKQUOTE', 'SECTION', 'ARTICLE', 'PRE', 'DL', 'DT', 'DD', 'FIGURE', 'FIGCAPTION', 'HEADER', 'FOOTER', 'CENTER',
  'ADDRESS', 'HR', 'MAIN', 'ASIDE', 'NAV', 'FORM', 'FIELDSET', 'DETAILS', 'SUMMARY', 'CAPTION', 'BODY', 'HTML',
]);

export const INLINE_TAGS = new Set(['SPAN', 'A', 'STRONG', 'B', 'EM', 'I', 'U', 'FONT', 'SMALL', 'BIG', 'SUB', 'SUP', 'MARK', 'LABEL', 'CODE', 'S', 'DEL', 'INS', 'ABBR', 'CITE', 'Q']);

/** The marker element the engine leaves where it cut something out of the text (prune.ts's cutOut). */
export const CUT_TAG = 'qw-cut';

/** The element holds a block of its own (a paragraph, a list, a table …). */
export function hasBlockChild(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (/^(?:P|DIV|SECTION|H\d|UL|OL|TABLE|BLOCKQUOTE)$/.test(tagOf(c))) return true;
  return false;
}

export function isElement(n: Node | null | undefined): n is Element {
  return !!n && n.nodeType === 1;
}

/** Upper-case names by local name: read on every element several times per step. */
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

// Most of the engine's selectors are lists of bare tags, classes, ids and attribute tests
// ("p, div, li", ".pagelist,.pager,…", "[hidden], [style]", "a[href]"). A DOM matches a list
// one selector at a time per element (linkedom: 35 class selectors took 470 µs on a 20 KB
// page); read as sets, one walk answers the whole list (140 µs). Anything else in a list is
// left to querySelectorAll.

/** An attribute test: [name], [name="value"], each optionally on one tag. */
interface AttrTest {
  tag: string | null;
  name: string;
  value: string | null;
}

interface SelectorSets {
  /** "*" is in the list. */
  all: boolean;
  tags: Set<string>;
  classes: Set<string>;
  ids: Set<string>;
  attrs: AttrTest[];
  /** The selectors that are none of these, as one list ('' when none). */
  rest: string;
}

const SIMPLE = /^(?:(\*)|([a-zA-Z][a-zA-Z0-9-]*)|\.(-?[_a-zA-Z][\w-]*)|#(-?[_a-zA-Z][\w-]*))$/;
const ATTR_TEST = /^([a-zA-Z][a-zA-Z0-9-]*)?\[([a-zA-Z][\w-]*)(?:="([^"\\,[\]]*)")?\]$/;
/** Characters that may put a comma inside one selector (":is(a, b)", "[title='a,b']"). */
const NOT_A_PLAIN_LIST = /[()'\\:]/;

/** A double-quoted value holds a comma, or a quote is left open: the list cannot be split at its commas. */
function commaInQuotes(list: string): boolean {
  const quotes = list.split('"');
  if (quotes.length % 2 === 0) return true;
  for (let i = 1; i < quotes.length; i += 2) if (quotes[i]!.includes(',')) return true;
  return false;
}
/**
 * HTML compares some attributes' values without case (type, rel, align, …): a value test is
 * read here only where case cannot matter — a value without letters, or an aria-/data-
 * attribute (never on that list). The rest are left to the DOM.
 */
const EXACT_VALUE = (name: string, value: string): boolean => !/[a-z]/i.test(value) || /^(?:aria|data)-/i.test(name);
const compiled = new Map<string, SelectorSets | null>();
const MAX_COMPILED = 512;

/** The list read as sets, or null when it holds none of the simple forms (or cannot be split safely). */
function selectorSets(list: string): SelectorSets | null {
  const cached = compiled.get(list);
  if (cached !== undefined) return cached;
  let sets: SelectorSets | null = null;
  if (!NOT_A_PLAIN_LIST.test(list) && !commaInQuotes(list)) {
    const found: SelectorSets = { all: false, tags: new Set(), classes: new Set(), ids: new Set(), attrs: [], rest: '' };
    const rest: string[] = [];
    for (const raw of list.split(',')) {
      const s = raw.trim();
      const m = SIMPLE.exec(s);
      const a = m ? null : ATTR_TEST.exec(s);
      if (a && (a[3] === undefined || EXACT_VALUE(a[2]!, a[3]))) found.attrs.push({ tag: a[1] ? a[1].toUpperCase() : null, name: a[2]!.toLowerCase(), value: a[3] ?? null });
      else if (!m) {
        if (s) rest.push(s);
      } else if (m[1]) found.all = true;
      else if (m[2]) found.tags.add(m[2].toUpperCase());
      else if (m[3]) found.classes.add(m[3]);
      else found.ids.add(m[4]!);
    }
    found.rest = rest.join(',');
    if (found.all || found.tags.size || found.classes.size || found.ids.size || found.attrs.length) sets = found;
  }
  if (compiled.size >= MAX_COMPILED) compiled.clear();
  compiled.set(list, sets);
  return sets;
}

function matches(el: Element, sets: SelectorSets): boolean {
  if (sets.all) return true;
  if (sets.tags.size && sets.tags.has(tagOf(el))) return true;
  // Most elements of a page carry no attribute at all: no test below can hold for them.
  if (!el.hasAttributes()) return false;
  if (sets.ids.size) {
    const id = attr(el, 'id');
    if (id !== null && sets.ids.has(id)) return true;
  }
  if (sets.classes.size) {
    const cls = attr(el, 'class');
    if (cls) for (const c of cls.split(/[\t\n\f\r ]+/)) if (c && sets.classes.has(c)) return true;
  }
  for (const test of sets.attrs) {
    if (test.tag !== null && test.tag !== tagOf(el)) continue;
    const value = attr(el, test.name);
    if (value !== null && (test.value === null || value === test.value)) return true;
  }
  return false;
}

/**
 * The elements under `root` (not `root` itself) in document order that match the sets or are
 * among `others` (the rest of the list, matched by the DOM). A template's content is not
 * searched, as querySelectorAll does not search it.
 */
function walkMatching(root: ParentNode, sets: SelectorSets, others: ReadonlySet<Element>): Element[] {
  const all = everyElement(root);
  if (all) return matchingOf(all, sets, others);
  const out: Element[] = [];
  const stack: Element[] = [];
  for (let c = root.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  while (stack.length) {
    const el = stack.pop()!;
    if (matches(el, sets) || others.has(el)) out.push(el);
    if (tagOf(el) === 'TEMPLATE') continue;
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  return out;
}

/**
 * Every element under an element or document, in document order, from the DOM's own flat list
 * (getElementsByTagName('*'): one native pass in a browser, one run along linkedom's node list,
 * where stepping child by child costs a getter call per step). Null for a fragment, which has no
 * such list, and where the DOM answers an empty list for a root that has children.
 */
function everyElement(root: ParentNode): ArrayLike<Element> | null {
  const list = (root as Partial<Element>).getElementsByTagName?.('*');
  return list && (list.length > 0 || !root.firstElementChild) ? list : null;
}

function matchingOf(all: ArrayLike<Element>, sets: SelectorSets, others: ReadonlySet<Element>): Element[] {
  const out: Element[] = [];
  let template: Element | null = null;
  for (let i = 0; i < all.length; i++) {
    const el = all[i]!;
    if (template) {
      if (template.contains(el)) continue;
      template = null;
    }
    if (matches(el, sets) || others.has(el)) out.push(el);
    if (tagOf(el) === 'TEMPLATE') template = el;
  }
  return out;
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
 * gives them; a list's bare tags, classes, ids and attribute tests are matched in one walk (walkMatching).
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

/** The block an element's line sits in: its nearest ancestor that is not an inline element. */
export function lineBlock(el: Element): Element | null {
  let b = el.parentElement;
  while (b && INLINE_TAGS.has(tagOf(b)) && b.parentElement) b = b.parentElement;
  return b;
}

/** Class and id of an element, for word matching. */
export function classAndId(el: Element): string {
  const cls = attr(el, 'class');
  const id = attr(el, 'id');
  return cls && id ? `${cls} ${id}`.trim() : (cls ?? id ?? '').trim();
}
