// The engine's long selector lists (embeds, pagers and related boxes, a rule's removals) are
// mostly bare tags, classes and ids. Matching them as a list costs a DOM one test per selector
// per element (linkedom: 35 class selectors took 470 µs on a 20 KB page); read as sets, one
// walk answers them all (140 µs). Anything else in the list goes to querySelectorAll.
import { attr, documentOrder, selectAll, tagOf } from './dom.js';

interface SelectorSets {
  tags: Set<string>;
  classes: Set<string>;
  ids: Set<string>;
  /** The selectors that are not a bare tag, class or id, as one list. */
  rest: string;
}

const SIMPLE = /^(?:([a-zA-Z][a-zA-Z0-9-]*)|\.(-?[_a-zA-Z][\w-]*)|#(-?[_a-zA-Z][\w-]*))$/;
const compiled = new Map<string, SelectorSets>();
const MAX_COMPILED = 256;

function setsOf(selectors: readonly string[]): SelectorSets {
  const key = selectors.join('\u0000');
  let sets = compiled.get(key);
  if (sets) return sets;
  sets = { tags: new Set(), classes: new Set(), ids: new Set(), rest: '' };
  const rest: string[] = [];
  for (const raw of selectors) {
    const s = raw.trim();
    const m = SIMPLE.exec(s);
    if (!m) rest.push(s);
    else if (m[1]) sets.tags.add(m[1].toUpperCase());
    else if (m[2]) sets.classes.add(m[2]);
    else sets.ids.add(m[3]!);
  }
  sets.rest = rest.filter(Boolean).join(',');
  if (compiled.size >= MAX_COMPILED) compiled.clear();
  compiled.set(key, sets);
  return sets;
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
 * The elements under `root` (not `root` itself) that match any of `selectors`, in document
 * order, as querySelectorAll(selectors.join(',')) gives them. A template's content is not
 * searched, as querySelectorAll does not search it.
 */
export function selectList(root: ParentNode, selectors: readonly string[]): Element[] {
  const sets = setsOf(selectors);
  const out: Element[] = [];
  if (sets.tags.size || sets.classes.size || sets.ids.size) {
    const stack: Element[] = [];
    for (let c = root.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
    while (stack.length) {
      const el = stack.pop()!;
      if (matches(el, sets)) out.push(el);
      if (tagOf(el) === 'TEMPLATE') continue;
      for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
    }
  }
  if (!sets.rest) return out;
  const more = selectAll(root, sets.rest);
  if (!more.length) return out;
  if (!out.length) return more;
  const seen = new Set(out);
  const all = [...out, ...more.filter((el) => !seen.has(el))];
  return all.sort(documentOrder);
}
