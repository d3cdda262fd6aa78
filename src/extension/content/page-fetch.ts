// The article's other pages, fetched for the reader: same origin only, with a timeout and a
// size cap, decoded by their own charset (GBK included). Only what cannot have changed is
// reused: the pages already fetched (successes only; a failure is never kept). In the pages
// bundle (pages-entry.ts), loaded when the user asks for a reading.
import { decodeHtml } from '../../engine/decode.js';
import { t } from '../i18n.js';
import { fetchLimited, PAGE_LIMITS, PageFetchError, type FetchedPage } from './fetch.js';

/** Fetched pages kept per page life (an article has at most 50). */
const CACHE_SIZE = 100;

/** Requested URL → the page as served (bytes, Content-Type, the URL after redirects): decoded on use, kept as sent for a saved test case. */
const fetched = new Map<string, FetchedPage>();

function parse(html: string, url: string): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  // A parsed document resolves relative links against this page; make them resolve against its own URL.
  if (!doc.querySelector('base[href]')) {
    const base = doc.createElement('base');
    base.href = url;
    doc.head.prepend(base);
  }
  return doc;
}

/** A fetch failure in the user's language. */
function reason(e: unknown): Error {
  if (!(e instanceof PageFetchError)) return e instanceof Error ? e : new Error(String(e));
  const f = e.failure;
  if (f.kind === 'elsewhere') return new Error(t('pageElsewhere'));
  return new Error(f.kind === 'http' ? t('pageHttp', f.status) : f.kind === 'timeout' ? t('pageTimeout', f.seconds) : t('pageTooLarge', f.megabytes));
}

/** Loads another page of the article: same origin only; a success is kept for the next open. */
export async function fetchPage(url: string): Promise<Document> {
  const target = new URL(url, location.href);
  if (target.origin !== location.origin) throw new Error(t('pageOtherSite', target.origin));
  let page = fetched.get(target.href);
  if (!page) {
    try {
      page = await fetchLimited(target.href, PAGE_LIMITS, { credentials: 'include' });
    } catch (e) {
      throw reason(e);
    }
    if (fetched.size >= CACHE_SIZE) fetched.delete(fetched.keys().next().value!);
    fetched.set(target.href, page);
  }
  return parse(decodeHtml(page.bytes, page.contentType).html, page.url);
}

/**
 * A page of the article as the server sent it (the panel's "保存为测试页"): a next page as it
 * was fetched for the article, the page itself fetched again (the document in the tab has
 * been through the page's scripts; the bytes keep their charset). Same origin only.
 */
export async function rawPage(url: string): Promise<FetchedPage> {
  const target = new URL(url, location.href);
  if (target.origin !== location.origin) throw new Error(t('pageOtherSite', target.origin));
  const hit = fetched.get(target.href);
  if (hit) return hit;
  try {
    return await fetchLimited(target.href, PAGE_LIMITS, { credentials: 'include' });
  } catch (e) {
    throw reason(e);
  }
}

/** Forgets the fetched pages (the ↻ button: read and fetch everything again). */
export function forgetFetched(): void {
  fetched.clear();
}

