// An article the page holds only for readers without its scripts: a script-built page (a news
// app's shell saying "Loading article…", "enable JavaScript") may carry its whole text in
// schema.org JSON-LD as `articleBody`, or in a <noscript> (Flarum's and Discourse's crawler
// view of a thread). Read only where nothing in the page reads as an article.
import type { Block } from './blocks.js';
import { attr, selectAll } from './dom.js';

/** A script this long is no page's JSON-LD: not parsed. */
const MAX_SCRIPT_CHARS = 2_000_000;
/** An articleBody shorter than this is a teaser, not the article. */
const MIN_BODY_CHARS = 200;
/** How deep the JSON is searched (@graph lists, nested mainEntity). */
const MAX_DEPTH = 6;

/** The longest `articleBody` of the page's JSON-LD, or null. */
export function articleBodyOf(doc: Document): string | null {
  let best: string | null = null;
  for (const script of selectAll(doc, 'script')) {
    if ((attr(script, 'type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    const source = script.textContent ?? '';
    if (source.length > MAX_SCRIPT_CHARS) continue;
    let data: unknown;
    try {
      data = JSON.parse(source);
    } catch {
      continue;
    }
    const body = findBody(data, 0);
    if (body && body.length > (best?.length ?? 0)) best = body;
  }
  return best && best.length >= MIN_BODY_CHARS ? best : null;
}

function findBody(data: unknown, depth: number): string | null {
  if (depth > MAX_DEPTH || data === null || typeof data !== 'object') return null;
  if (Array.isArray(data)) {
    let best: string | null = null;
    for (const item of data) {
      const b = findBody(item, depth + 1);
      if (b && b.length > (best?.length ?? 0)) best = b;
    }
    return best;
  }
  const record = data as Record<string, unknown>;
  if (typeof record.articleBody === 'string') return record.articleBody;
  return findBody(record['@graph'] ?? record.mainEntity ?? null, depth + 1);
}

/** The articleBody's paragraphs as blocks (a body written as HTML has its tags dropped). */
export function structuredBlocks(doc: Document, page = 0): Block[] | null {
  const body = articleBodyOf(doc);
  if (!body) return null;
  const text = body.replace(/<\/(?:p|div|h\d|li)>|<br\s*\/?>/gi, '\n').replace(/<[^<>]{0,500}>/g, '');
  const paragraphs = text.split(/\r?\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  return paragraphs.map((p) => ({ text: p, tag: 'P', strong: false, linkOnly: false, linkShare: 0, cut: null, page }));
}

/** Less text than this in a <noscript> is a pixel or a notice, not the page's text. */
const MIN_NOSCRIPT_CHARS = 200;
/** Markup of text (a tracking pixel's <img> is none). */
const TEXT_MARKUP = /<(?:p|div|article|section|h[1-6]|li|br|blockquote)\b/i;

/**
 * The page as its <noscript> shows it: the body replaced by the largest <noscript> of text, or
 * null. `doc` is a fresh copy of the page (inert: nothing in it runs or loads). A <noscript>
 * holds elements where the parser ran without scripts (linkedom) and its markup as text where
 * the page ran them (a browser): both are read as markup.
 */
export function noscriptShell(doc: Document): Document | null {
  let best: { source: string; chars: number } | null = null;
  for (const ns of selectAll(doc.body ?? doc, 'noscript')) {
    const source = ns.firstElementChild ? ns.innerHTML : (ns.textContent ?? '');
    if (!TEXT_MARKUP.test(source)) continue;
    const chars = source.replace(/<[^<>]{0,2000}>/g, '').replace(/\s+/g, '').length;
    if (chars >= MIN_NOSCRIPT_CHARS && chars > (best?.chars ?? 0)) best = { source, chars };
  }
  if (!best || !doc.body) return null;
  doc.body.innerHTML = best.source;
  return doc;
}

/** What the engine is given to read a script-built page (provideStructuredData in extract.ts). */
export const SCRIPT_BUILT = Object.freeze({ blocks: structuredBlocks, shell: noscriptShell });
