// Loading the article's other pages — the loader, fetching and decoding — as a bundle of its
// own (pages.js): the background injects it with readability.js before any reading the user
// asks for, so the start-up script on known sites (which only counts page 1's pieces, without
// a request) stays small. The loader runs the start-up script's engine (LoaderEngine). Kept on
// the isolated world, where the page cannot reach it.
import { decodeHtml } from '../../engine/decode.js';
import { ArticleLoaderCore } from '../../engine/loader-core.js';
import { fetchLimited } from './fetch.js';

export interface PagesApi {
  decodeHtml: typeof decodeHtml;
  fetchLimited: typeof fetchLimited;
  ArticleLoader: typeof ArticleLoaderCore;
}

const world = globalThis as { __qingwenPages?: unknown };
if (!Object.prototype.hasOwnProperty.call(world, '__qingwenPages')) {
  const api: PagesApi = Object.freeze({ decodeHtml, fetchLimited, ArticleLoader: ArticleLoaderCore });
  Object.defineProperty(world, '__qingwenPages', { value: api, enumerable: false, writable: false });
}
