// An article the page holds only as structured data: a script-built page (a news app's shell
// saying "Loading article…", "enable JavaScript") may carry its whole text in schema.org
// JSON-LD as `articleBody`. Read only where nothing in the page reads as an article.
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
