// One page over HTTP with the limits a hostile server cannot talk its way past: redirects are
// followed by hand so each hop's address is checked before any request goes there, and the
// body is read as a stream, counting decoded bytes (gzip and chunked included), so it stops
// at the size limit instead of holding a decompression bomb or an endless body in memory.

import { QingwenError } from '../engine/errors.js';

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** As many hops as a browser would take before calling it a loop. */
const MAX_REDIRECTS = 10;

export interface HttpDeps {
  fetch: typeof globalThis.fetch;
  userAgent: string;
  /** Decoded bytes a body may have. */
  maxBytes: number;
}

export interface HttpPage {
  bytes: Uint8Array;
  /** The address after redirects. */
  url: string;
  contentType: string | null;
}

/** Why a request to `url` must not be sent, or null when it may. */
export type HopCheck = (url: URL) => string | null;

export function tooLarge(maxBytes: number): QingwenError {
  const mb = maxBytes / 1024 / 1024;
  return new QingwenError(`the page is larger than ${Number.isInteger(mb) ? mb : mb.toFixed(2)} MB`, 'fetch');
}

/**
 * Requests `url`, following redirects that `check` allows; `inspect` sees each final
 * response before its body is read (status, content type) and may throw.
 */
export async function getPage(url: string, deps: HttpDeps, check: HopCheck, signal: AbortSignal, inspect: (res: Response) => void): Promise<HttpPage> {
  let target = new URL(url);
  for (let hop = 0; ; hop++) {
    const refused = check(target);
    if (refused) throw new QingwenError(refused, 'fetch');
    const res = await deps.fetch(target.href, {
      headers: { 'User-Agent': deps.userAgent, Accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5' },
      redirect: 'manual',
      signal,
    });
    const location = res.headers.get('location');
    if (REDIRECTS.has(res.status) && location !== null) {
      await res.body?.cancel().catch(() => {});
      if (hop >= MAX_REDIRECTS) throw new QingwenError(`more than ${MAX_REDIRECTS} redirects`, 'fetch');
      try {
        target = new URL(location, target);
      } catch {
        throw new QingwenError('redirected to an invalid address', 'fetch');
      }
      continue;
    }
    try {
      inspect(res);
      if (Number(res.headers.get('content-length') ?? 0) > deps.maxBytes) throw tooLarge(deps.maxBytes);
    } catch (err) {
      await res.body?.cancel().catch(() => {});
      throw err;
    }
    return { bytes: await readCapped(res, deps.maxBytes), url: target.href, contentType: res.headers.get('content-type') };
  }
}

/** The decoded body, refused as soon as it passes `maxBytes`. */
async function readCapped(res: Response, maxBytes: number): Promise<Uint8Array> {
  if (!res.body) return new Uint8Array(0);
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return bytes;
}
