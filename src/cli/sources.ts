// Where pages come from: a saved file (next pages sit next to it) or the web.

import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { QingwenError } from '../engine/errors.js';
import type { FetchPage } from '../engine/types.js';
import { type LoadedPage, declaredUrl, pageFromBytes } from './html.js';
import { mirroredFileName, siblingFileName } from '../format/page-files.js';
import { type HopCheck, type HttpPage, getPage } from './http.js';
import { MAX_PAGE_BYTES } from './read.js';

export interface SourceDeps {
  fetch: typeof globalThis.fetch;
  readFile: (path: string) => Promise<Uint8Array>;
  /** Per request, in milliseconds. */
  timeoutMs: number;
  userAgent: string;
  /** Hears of every page read, as it came (--save-case keeps them): the page's address, its bytes, its Content-Type over HTTP. */
  onPage?: (url: string, bytes: Uint8Array, contentType: string | null) => void;
}

/** A first page ready for the engine: the document, its address and how to load the pages after it. */
export interface FirstPage {
  doc: Document;
  url: string;
  fetchPage: FetchPage;
  /** The page parsed again from its bytes: a fresh copy the engine may ask for once it has changed `doc`. */
  reparse: () => Document;
}

/** Reports a charset warning for the page at `where`. */
export type Warn = (where: string, warning: string) => void;

/** Node's file errors in words a user can act on. */
function fileErrorMessage(err: unknown, missing: string): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return missing;
    case 'EISDIR':
      return 'is a folder, not a page';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTREG':
      return 'not a regular file (a pipe, device or socket)';
    case 'EFBIG':
      return `the file is larger than ${MAX_PAGE_BYTES / 1024 / 1024} MB`;
    default:
      return `cannot read it (${err instanceof Error ? err.message : String(err)})`;
  }
}

async function readPageFile(path: string, deps: SourceDeps, warn: Warn, missing = 'no such file'): Promise<LoadedPage & { bytes: Uint8Array }> {
  let bytes: Uint8Array;
  try {
    bytes = await deps.readFile(path);
  } catch (err) {
    throw new QingwenError(fileErrorMessage(err, missing), 'fetch');
  }
  const page = pageFromBytes(bytes);
  if (page.warning) warn(path, page.warning);
  return { ...page, bytes };
}

export { mirroredFileName, siblingFileName } from '../format/page-files.js';

/**
 * A saved page. Its address is --url, else the one the browser noted when saving it,
 * else the page's canonical address, else its file:// URL.
 */
export async function openFile(path: string, givenUrl: string | null, deps: SourceDeps, warn: Warn): Promise<FirstPage> {
  const { doc, savedFrom, bytes } = await readPageFile(path, deps, warn);
  const url = givenUrl ?? savedFrom ?? declaredUrl(doc) ?? pathToFileURL(resolve(path)).href;
  deps.onPage?.(url, bytes, null);
  const folder = dirname(path);
  const fetchPage: FetchPage = async (pageUrl) => {
    const name = mirroredFileName(pageUrl, url) ?? siblingFileName(pageUrl);
    // The engine records the rejection as the page's failure reason: say where we looked.
    const page = await readPageFile(join(folder, name), deps, warn, `no file ${name} next to ${basename(path)}`);
    deps.onPage?.(pageUrl, page.bytes, null);
    return page.doc;
  };
  return { doc, url, fetchPage, reparse: () => pageFromBytes(bytes).doc };
}

/** Content types that are certainly not a page; anything else is judged by its bytes. */
const NOT_A_PAGE = /^(image|audio|video|font)\/|^application\/(pdf|zip|gzip|x-tar|x-7z|vnd\.|msword)/i;

function networkMessage(err: unknown, timeoutMs: number): string {
  if (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError')) {
    return `timed out after ${timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`}`;
  }
  // undici reports "fetch failed" and keeps the useful part (ECONNREFUSED, ENOTFOUND …) in `cause`.
  const cause = err instanceof Error ? (err.cause as { code?: string; message?: string } | undefined) : undefined;
  const why = cause?.code ?? cause?.message ?? (err instanceof Error ? err.message : String(err));
  return `could not load the page (${why})`;
}

/** Only web addresses, on any site: where the first page may redirect. */
const webOnly: HopCheck = (u) => (u.protocol === 'http:' || u.protocol === 'https:' ? null : `redirected to a non-web address (${u.protocol})`);

async function download(url: string, deps: SourceDeps, check: HopCheck): Promise<{ doc: Document; finalUrl: string; warning: string | null; page: HttpPage }> {
  let page: HttpPage;
  try {
    const http = { fetch: deps.fetch, userAgent: deps.userAgent, maxBytes: MAX_PAGE_BYTES };
    page = await getPage(url, http, check, AbortSignal.timeout(deps.timeoutMs), (res) => {
      if (!res.ok) throw new QingwenError(`HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`, 'fetch');
      const type = res.headers.get('content-type');
      if (type && NOT_A_PAGE.test(type)) throw new QingwenError(`not an HTML page (${type.split(';')[0]})`, 'not-html');
    });
  } catch (err) {
    if (err instanceof QingwenError) throw err;
    throw new QingwenError(networkMessage(err, deps.timeoutMs), 'fetch');
  }
  const { doc, warning } = pageFromBytes(page.bytes, page.contentType);
  return { doc, finalUrl: page.url, warning, page };
}

/** A web page; its next pages are fetched the same way, from the same origin only, redirects included. */
export async function openUrl(url: string, deps: SourceDeps, warn: Warn): Promise<FirstPage> {
  const first = await download(url, deps, webOnly);
  if (first.warning) warn(url, first.warning);
  deps.onPage?.(first.finalUrl, first.page.bytes, first.page.contentType);
  const origin = new URL(first.finalUrl).origin;
  const fetchPage: FetchPage = async (pageUrl) => {
    if (new URL(pageUrl).origin !== origin) throw new Error(`not on ${origin}`);
    // Checked before each hop's request is sent, not after the answer came back.
    const page = await download(pageUrl, deps, (u) => (u.origin === origin ? null : `redirected away from ${origin}`));
    if (page.warning) warn(pageUrl, page.warning);
    deps.onPage?.(pageUrl, page.page.bytes, page.page.contentType);
    return page.doc;
  };
  return { doc: first.doc, url: first.finalUrl, fetchPage, reparse: () => pageFromBytes(first.page.bytes, first.page.contentType).doc };
}
