// Most of the engine's selectors are lists of bare tags, classes and ids ("p, div, li",
// ".pagelist,.pager,…", "script,iframe,…"). A DOM matches a list one selector at a time per
// element (linkedom: 35 class selectors took 470 µs on a 20 KB page); read as sets, one walk
// answers the whole list (140 µs). Anything else in a list is left to querySelectorAll.

export interface SelectorSets {
  tags: Set<string>;
  classes: Set<string>;
  ids: Set<string>;
  /** The selectors that are not a bare tag, class or id, as one list ('' when none). */
  rest: string;
}

const SIMPLE = /^(?:([a-zA-Z][a-zA-Z0-9-]*)|\.(-?[_a-zA-Z][\w-]*)|#(-?[_a-zA-Z][\w-]*))$/;
/** Characters that may put a comma inside one selector (":is(a, b)", "[title='a,b']"). */
const NOT_A_PLAIN_LIST = /[([\]'"\\:]/;
const compiled = new Map<string, SelectorSets | null>();
const MAX_COMPILED = 512;

/** The list read as sets, or null when it holds no bare tag, class or id (or cannot be split safely). */
export function selectorSets(list: string): SelectorSets | null {
  const cached = compiled.get(list);
  if (cached !== undefined) return cached;
  let sets: SelectorSets | null = null;
  if (!NOT_A_PLAIN_LIST.test(list)) {
    const found: SelectorSets = { tags: new Set(), classes: new Set(), ids: new Set(), rest: '' };
    const rest: string[] = [];
    for (const raw of list.split(',')) {
      const s = raw.trim();
      const m = SIMPLE.exec(s);
      if (!m) {
        if (s) rest.push(s);
      } else if (m[1]) found.tags.add(m[1].toUpperCase());
      else if (m[2]) found.classes.add(m[2]);
      else found.ids.add(m[3]!);
    }
    found.rest = rest.join(',');
    if (found.tags.size || found.classes.size || found.ids.size) sets = found;
  }
  if (compiled.size >= MAX_COMPILED) compiled.clear();
  compiled.set(list, sets);
  return sets;
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

function matches(el: Element, sets: SelectorSets): boolean {
  if (sets.tags.size && sets.tags.has(tagOf(el))) return true;
  if (sets.ids.size) {
    const id = attr(el, 'id');
    if (id !== null && sets.ids.has(id)) return true;
  }
  if (sets.classes.size) {
    const cls = attr(el, 'class');
    if (cls) for (const c of cls.split(/[\t\n\f\r ]+/)) if (c && sets.classes.has(c)) return true;
  }
  return false;
}

/**
 * The elements under `root` (not `root` itself) in document order that match the sets or are
 * among `others` (the rest of the list, matched by the DOM). A template's content is not
 * searched, as querySelectorAll does not search it.
 */
export function walkMatching(root: ParentNode, sets: SelectorSets, others: ReadonlySet<Element>): Element[] {
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
