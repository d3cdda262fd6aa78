// Node's DOM: linkedom. The engine itself never imports it, so the extension ships without it.
// linkedom's parser (htmlparser2) is fast but not the HTML5 tree builder: misnested markup
// such as an unclosed <font> in every <p> nests each paragraph inside the last, thousands
// deep, where a browser builds a flat list. Such a tree is rebuilt through parse5 (the
// spec's algorithm), so the CLI sees what the browser sees; ordinary pages skip that cost.
import { parseHTML } from 'linkedom';
import { parse as parseSpec, serialize } from 'parse5';
import { QingwenError } from '../engine/errors.js';

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
  // Preorder through the element tree by its links, keeping only the depth: no stack to fill.
  let el: Element | null = root;
  let depth = 0;
  while (el) {
    if (depth > limit) return true;
    const child: Element | null = el.firstElementChild;
    if (child) {
      el = child;
      depth++;
      continue;
    }
    while (el && el !== root && !el.nextElementSibling) {
      el = el.parentElement;
      depth--;
    }
    if (!el || el === root) return false;
    el = el.nextElementSibling;
  }
  return false;
}

/** The spec's tree (always <html>, <head>, <body>), handed to linkedom as markup. */
function specDocument(html: string): Document {
  return linkedomDocument(serialize(parseSpec(html)));
}

/**
 * linkedom's tree, or the spec's where linkedom has none: an unclosed "<html " (or one
 * inside a comment) leaves linkedom a document without <html>, on which every later step throws.
 */
function firstTree(html: string): Document {
  try {
    const doc = linkedomDocument(html);
    if (doc.documentElement && doc.body) return doc;
  } catch {
    // fall through to the spec's parser
  }
  try {
    const doc = specDocument(html);
    if (doc.documentElement && doc.body) return doc;
  } catch {
    // reported below
  }
  throw new QingwenError('the page could not be read as HTML', 'not-html');
}

/** Parses an HTML string into a Document the engine can read; throws a QingwenError when no parser can. */
export function parseHtml(html: string): Document {
  const doc = firstTree(html);
  if (!depthExceeds(doc, MAX_SANE_DEPTH)) return doc;
  try {
    const rebuilt = specDocument(html);
    return depthExceeds(rebuilt, MAX_SANE_DEPTH) && !depthExceeds(doc, MAX_SANE_DEPTH * 2) ? doc : rebuilt;
  } catch {
    return doc; // parse5 can run out of stack on truly deep markup: keep linkedom's tree
  }
}
