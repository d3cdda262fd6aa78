// A robust CSS selector for an element the user picked: an id or classes that look stable
// (written by people, not generated), never a hash such as "css-1x9k2q" or "a8f3e2"; a path of
// :nth-of-type steps only when nothing better exists, and then as short as it can be. Pure DOM
// code (no browser globals), so it is tested with linkedom.

/** A name a person wrote: letters first, no hash-like runs of digits or of random capitals. */
export function looksStable(name: string): boolean {
  if (!/^[A-Za-z][\w-]{0,39}$/.test(name)) return false;
  if (/\d{3}/.test(name)) return false; // ids of records, generated counters
  if (/^(?:css|sc|jsx|jss|emotion|styled|svelte|ng|data-v)-/i.test(name)) return false; // CSS-in-JS and framework hashes
  if (/[-_]/.test(name)) return true;
  // Without separators: two digits ("a8f3e2", "x1b9kq") or three capitals ("hVzEzU") make a hash.
  return (name.match(/\d/g) ?? []).length < 2 && (name.match(/[A-Z]/g) ?? []).length < 3;
}

function count(doc: Document, selector: string): number {
  try {
    return doc.querySelectorAll(selector).length;
  } catch {
    return Infinity;
  }
}

function stableClasses(el: Element): string[] {
  return (el.getAttribute('class') ?? '').split(/\s+/).filter(looksStable).slice(0, 6);
}

/** The element's own stable selector (id, or tag with classes), or null when it has none. */
function ownSelector(el: Element, doc: Document): string | null {
  const id = el.getAttribute('id');
  if (id && looksStable(id) && count(doc, `#${id}`) === 1) return `#${id}`;
  const tag = el.tagName.toLowerCase();
  const classes = stableClasses(el);
  if (!classes.length) return null;
  // The fewest classes that match the fewest elements.
  let best = `${tag}.${classes[0]}`;
  let bestCount = count(doc, best);
  for (const c of classes) {
    const s = `${tag}.${c}`;
    const n = count(doc, s);
    if (n < bestCount) [best, bestCount] = [s, n];
  }
  if (bestCount > 1 && classes.length > 1) {
    const two = `${tag}.${classes.slice(0, 2).join('.')}`;
    if (count(doc, two) < bestCount) best = two;
  }
  return best;
}

/** `tag:nth-of-type(k)` among its siblings (just the tag when it is the only one). */
function step(el: Element): string {
  const tag = el.tagName.toLowerCase();
  const parent = el.parentElement;
  if (!parent) return tag;
  const same = Array.from(parent.children).filter((c) => c.tagName === el.tagName);
  return same.length === 1 ? tag : `${tag}:nth-of-type(${same.indexOf(el) + 1})`;
}

/** A selector for `el`: its own stable one; else the nearest stable ancestor plus the shortest path down. */
export function deriveSelector(el: Element): string {
  const doc = el.ownerDocument;
  const own = ownSelector(el, doc);
  if (own) return own;
  const path: string[] = [];
  for (let cur: Element | null = el; cur && cur.tagName !== 'HTML'; cur = cur.parentElement) {
    if (cur !== el) {
      const anchor = ownSelector(cur, doc);
      if (anchor) {
        // Below a stable ancestor a bare tag may already say it (every <p> of the box): only if it is that element alone.
        const short = `${anchor} ${el.tagName.toLowerCase()}`;
        if (count(doc, short) === 1) return short;
        return `${anchor} > ${path.join(' > ')}`;
      }
    }
    path.unshift(step(cur));
    if (cur.tagName === 'BODY') break;
  }
  return path.join(' > ');
}

/** How many elements `selector` matches on the page (the picker shows it before saving). */
export function matchCount(doc: Document, selector: string): number {
  const n = count(doc, selector);
  return Number.isFinite(n) ? n : 0;
}
