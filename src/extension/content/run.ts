// Reading the page in front of the user: every call reads the live document as it is now (a
// clone, so the page is never touched) under the address it has now (pushState included).
// Only what cannot have changed is reused: the other pages of the article already fetched
// (successes only; a failure is never kept). Next pages are fetched same-origin, with a
// timeout and a size cap, decoded by their own charset (GBK included).
import { cleanDocument, provideReadability } from '../../engine/index.js';
import type { ArticleLoaderCore } from '../../engine/loader-core.js';
import { LOADER_ENGINE } from '../../engine/loader-engine.js';
import type { ExtraSite } from '../../rules/index.js';
import { ruleShape, type UserRule } from '../../rules/user.js';
import { loadSettings } from '../settings.js';
import { t } from '../i18n.js';
import { loadUserRules } from '../user-rules-store.js';
import { PAGE_LIMITS, type FetchFailure, type FetchedPage } from './fetch.js';
import type { PagesApi } from './pages-entry.js';

// Readability comes in its own bundle (readability-entry.ts), injected when the reader opens.
provideReadability(() => (globalThis as { __qingwenReadability?: typeof import('@mozilla/readability').Readability }).__qingwenReadability);

/** Fetching and decoding pages come in their own bundle too (pages-entry.ts), injected before any reading. */
function pages(): PagesApi {
  const api = (globalThis as { __qingwenPages?: PagesApi }).__qingwenPages;
  if (!api || typeof api.fetchLimited !== 'function') throw new Error('the page loader is not loaded');
  return api;
}

/** Pages fetched at once: quick on slow sites, still polite. */
const CONCURRENCY = 3;
/** Fetched pages kept per page life (an article has at most 50). */
const CACHE_SIZE = 100;

/** The user's site rules and added sites as storage held them at the last refresh (every open refreshes them). */
let userRules: UserRule[] = [];
let extraSites: ExtraSite[] = [];

/** Reads the user's rules and sites from storage again (before each open: the options page may have changed them). */
export async function refreshUserRules(): Promise<void> {
  [userRules, extraSites] = await Promise.all([loadUserRules(ruleShape), loadSettings().then((s) => s.extraSites)]);
}

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
  // The error comes from the other bundle: known by its shape, not its class.
  const f = e instanceof Error && e.name === 'PageFetchError' ? (e as Error & { failure?: FetchFailure }).failure : undefined;
  if (!f) return e instanceof Error ? e : new Error(String(e));
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
      page = await pages().fetchLimited(target.href, PAGE_LIMITS, { credentials: 'include' });
    } catch (e) {
      throw reason(e);
    }
    if (fetched.size >= CACHE_SIZE) fetched.delete(fetched.keys().next().value!);
    fetched.set(target.href, page);
  }
  return parse(pages().decodeHtml(page.bytes, page.contentType).html, page.url);
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
    return await pages().fetchLimited(target.href, PAGE_LIMITS, { credentials: 'include' });
  } catch (e) {
    throw reason(e);
  }
}

/** Forgets the fetched pages (the ↻ button: read and fetch everything again). */
export function forgetFetched(): void {
  fetched.clear();
}

/**
 * Reads the page now and starts on its other pages; `onChange` hears of each step. Throws the
 * engine's "no article" error at once when page 1 has no article body.
 */
export function readPage(onChange?: () => void): ArticleLoaderCore {
  const clone = document.cloneNode(true) as Document;
  return new (pages().ArticleLoader)(clone, location.href, {
    fetchPage,
    concurrency: CONCURRENCY,
    disposable: true, // the clone is ours: no second copy
    reparse: () => document.cloneNode(true) as Document, // a fresh copy, only when asked (the floor, structured data)
    userRules,
    extraSites,
    ...(onChange ? { onChange } : {}),
  }, LOADER_ENGINE);
}

/** The pieces page 1 shows, for the badge: no request at all. 0 when it holds no article. */
export function countPieces(): number {
  try {
    return cleanDocument(document.cloneNode(true) as Document, location.href, { disposable: true, userRules, extraSites }).pieces.length;
  } catch {
    return 0;
  }
}
