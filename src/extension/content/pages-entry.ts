// Loading the article's other pages — the loader, fetching and decoding — and reading an article
// the page holds only as structured data (JSON-LD), as a bundle of its
// own (pages.js): the background injects it with readability.js before any reading the user
// asks for, so the start-up script on known sites (which only counts page 1's pieces, without
// a request) stays small. The loader runs the start-up script's engine (LoaderEngine). Kept on
// the isolated world, where the page cannot reach it.
import { ArticleLoaderCore } from '../../engine/loader-core.js';
import { SCRIPT_BUILT } from '../../engine/structured-data.js';
import { readPager } from '../../engine/paging.js';
import { articleJson } from '../../format/json.js';
import { fetchPage, forgetFetched, rawPage } from './page-fetch.js';

export interface PagesApi {
  fetchPage: typeof fetchPage;
  rawPage: typeof rawPage;
  forgetFetched: typeof forgetFetched;
  ArticleLoader: typeof ArticleLoaderCore;
  scriptBuilt: typeof SCRIPT_BUILT;
  readPager: typeof readPager;
  /** The article as the CLI's JSON writes it, for a copy or download the background asks for. */
  articleJson: typeof articleJson;
}

const world = globalThis as { __qingwenPages?: unknown };
if (!Object.prototype.hasOwnProperty.call(world, '__qingwenPages')) {
  const api: PagesApi = Object.freeze({ fetchPage, rawPage, forgetFetched, ArticleLoader: ArticleLoaderCore, scriptBuilt: SCRIPT_BUILT, readPager, articleJson });
  Object.defineProperty(world, '__qingwenPages', { value: api, enumerable: false, writable: false });
}
