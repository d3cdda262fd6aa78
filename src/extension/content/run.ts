// Reading the page in front of the user: every call reads the live document as it is now (a
// clone, so the page is never touched) under the address it has now (pushState included).
// The article's other pages are fetched by page-fetch.ts, in the pages bundle.
import { cleanDocument, providePager, provideReadability, provideStructuredData } from '../../engine/index.js';
import type { ArticleLoaderCore } from '../../engine/loader-core.js';
import { LOADER_ENGINE } from '../../engine/loader-engine.js';
import type { ExtraSite } from '../../rules/index.js';
import { ruleShape, type UserRule } from '../../rules/user.js';
import { loadSettings } from '../settings.js';
import { loadUserRules } from '../user-rules-store.js';
import type { PagesApi } from './pages-entry.js';

// Readability comes in its own bundle (readability-entry.ts), injected when the reader opens.
provideReadability(() => (globalThis as { __qingwenReadability?: import('../../engine/locate.js').GenericReader }).__qingwenReadability);

/** The loader and the page fetching come in their own bundle too (pages-entry.ts), injected before any reading. */
const pagesBundle = (): PagesApi | undefined => (globalThis as { __qingwenPages?: PagesApi }).__qingwenPages;

export function pages(): PagesApi {
  const api = pagesBundle();
  if (!api || typeof api.fetchPage !== 'function') throw new Error('the page loader is not loaded');
  return api;
}

// The structured-data reader too (a page that shows no article text): there once a reading is asked for.
provideStructuredData(() => pagesBundle()?.scriptBuilt);
// And the pager: the other pages are the loader's business (page 1's pieces are counted without it).
providePager(() => pagesBundle()?.readPager);

/** Pages fetched at once: quick on slow sites, still polite. */
const CONCURRENCY = 3;

/** The user's site rules and added sites as storage held them at the last refresh (every open refreshes them). */
let userRules: UserRule[] = [];
let extraSites: ExtraSite[] = [];

/** Reads the user's rules and sites from storage again (before each open: the options page may have changed them). */
export async function refreshUserRules(): Promise<void> {
  [userRules, extraSites] = await Promise.all([loadUserRules(ruleShape), loadSettings().then((s) => s.extraSites)]);
}

/**
 * Reads the page now and starts on its other pages; `onChange` hears of each step. Throws the
 * engine's "no article" error at once when page 1 has no article body.
 */
export function readPage(onChange?: () => void): ArticleLoaderCore {
  const clone = document.cloneNode(true) as Document;
  const api = pages();
  return new api.ArticleLoader(clone, location.href, {
    fetchPage: api.fetchPage,
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
