// Node's DOM: linkedom. The engine itself never imports it, so the extension ships without it.
// linkedom's parser (htmlparser2) is fast but not the HTML5 tree builder: misnested markup
// such as an unclosed <font> in every <p> nests each paragraph inside the last, thousands
// deep, where a browser builds a flat list. Such a tree is rebuilt through parse5 (the
// spec's algorithm), so the CLI sees what the browser sees; ordinary pages skip that cost.
import { parseHTML } from 'linkedom';
import { parse as parseSpec, serialize } from 'parse5';

/** Deeper than any real page's markup: a sign of misnesting. */
const MAX_SANE_DEPTH = 150;

function linkedomDocument(html: string): Document {
  // linkedom expects a full document; a fragment still gets <html><body>.
  const { document } = parseHTML(/<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
  return document as unknown as Document;
}

function depthExceeds(doc: Document, limit: number): boolean {
  const root = doc.documentElement;
  if (!root) return false;
  const stack: [Element, number][] = [[root, 0]];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    if (depth > limit) return true;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, depth + 1]);
  }
  return false;
}

/** Parses an HTML string into a Document the engine can read. */
export function parseHtml(html: string): Document {
  const doc = linkedomDocument(html);
  if (!depthExceeds(doc, MAX_SANE_DEPTH)) return doc;
  try {
    const rebuilt = linkedomDocument(serialize(parseSpec(html)));
    return depthExceeds(rebuilt, MAX_SANE_DEPTH) && !depthExceeds(doc, MAX_SANE_DEPTH * 2) ? doc : rebuilt;
  } catch {
    return doc; // parse5 can run out of stack on truly deep markup: keep linkedom's tree
  }
}
