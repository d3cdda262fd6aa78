// One extraction per page: the engine on a clone of the live document (the page itself is
// never touched), following the article's further pages with same-origin fetches.
import { decodeHtml, extractArticle, type Article, type Progress } from '../../engine/index.js';

export interface Extraction {
  article: Promise<Article>;
  /** The latest progress, for a panel opened mid-way. */
  progress: Progress | null;
  onProgress: Set<(p: Progress) => void>;
}

let current: Extraction | null = null;

/**
 * The bytes as a Uint8Array of this script's own. In a Firefox content script the buffer that
 * fetch returns belongs to another compartment, and a view on it is a wrapper whose methods
 * (subarray → species lookup) throw "Permission denied to access property constructor".
 */
function ownBytes(buf: ArrayBuffer): Uint8Array {
  const bytes = new Uint8Array(buf.byteLength);
  bytes.set(new Uint8Array(buf));
  return bytes;
}

/** Loads another page of the article: same origin only, decoded by its own charset (GBK included). */
export async function fetchPage(url: string): Promise<Document> {
  const target = new URL(url, location.href);
  if (target.origin !== location.origin) throw new Error(`not the same site: ${target.origin}`);
  const res = await fetch(target.href, { credentials: 'include' });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const { html } = decodeHtml(ownBytes(await res.arrayBuffer()), res.headers.get('content-type'));
  const doc = new DOMParser().parseFromString(html, 'text/html');
  // A parsed document resolves relative links against this page; make them resolve against its own URL.
  if (!doc.querySelector('base[href]')) {
    const base = doc.createElement('base');
    base.href = res.url || target.href;
    doc.head.prepend(base);
  }
  return doc;
}

/** The page's extraction, started on first use. */
export function extraction(): Extraction {
  if (current) return current;
  const run: Extraction = { article: Promise.resolve(null as unknown as Article), progress: null, onProgress: new Set() };
  const clone = document.cloneNode(true) as Document;
  run.article = extractArticle(clone, location.href, {
    fetchPage,
    disposable: true, // the clone is ours: no second copy
    onProgress: (p) => {
      run.progress = p;
      for (const f of run.onProgress) f(p);
    },
  });
  current = run;
  // A failed extraction may succeed later (network): do not cache the failure.
  run.article.catch(() => {
    if (current === run) current = null;
  });
  return run;
}
