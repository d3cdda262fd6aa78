// Fetching another page of the article with limits: a page that never answers or that is far
// too big for an article must fail (and be named, with a retry) instead of holding the panel
// or the page's main thread. No browser-extension API here, so it runs under Node in tests.

export interface FetchLimits {
  /** The whole request, body included. */
  timeoutMs: number;
  /** Bytes of body; a Content-Length above it is refused before reading. */
  maxBytes: number;
}

/** Article pages are tens of KB; 4 MB is far beyond any real one, and quick to parse. */
export const PAGE_LIMITS: Readonly<FetchLimits> = Object.freeze({ timeoutMs: 15_000, maxBytes: 4 * 1024 * 1024 });

export type FetchFailure = { kind: 'timeout'; seconds: number } | { kind: 'too-large'; megabytes: number } | { kind: 'http'; status: number } | { kind: 'elsewhere' };

/** Why a page could not be fetched, for the shell to put into words. */
export class PageFetchError extends Error {
  constructor(readonly failure: FetchFailure) {
    super(failure.kind); // the shell words it for the user (content/page-fetch.ts)
    this.name = 'PageFetchError';
  }
}

export interface FetchedPage {
  bytes: Uint8Array;
  contentType: string | null;
  /** The final URL after redirects. */
  url: string;
}

/** Copies a chunk into our own buffer (in a Firefox content script a chunk belongs to another compartment). */
function append(out: Uint8Array, used: number, chunk: Uint8Array): Uint8Array {
  let buf = out;
  if (used + chunk.byteLength > buf.byteLength) {
    buf = new Uint8Array(Math.max(buf.byteLength * 2, used + chunk.byteLength));
    buf.set(out.subarray(0, used));
  }
  buf.set(chunk, used);
  return buf;
}

/** GET `url` with the limits; rejects with a PageFetchError (or the network's own error). */
export async function fetchLimited(url: string, limits: FetchLimits = PAGE_LIMITS, init: RequestInit = {}, fetchImpl: typeof fetch = fetch): Promise<FetchedPage> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, limits.timeoutMs);
  const tooLarge = (): PageFetchError => new PageFetchError({ kind: 'too-large', megabytes: Math.round((limits.maxBytes / 1024 / 1024) * 10) / 10 });
  try {
    const res = await fetchImpl(url, { ...init, signal: controller.signal });
    if (!res.ok) throw new PageFetchError({ kind: 'http', status: res.status });
    // A redirect to another site (answered with permissive CORS) is not a page of this article.
    if (res.url && new URL(res.url).origin !== new URL(url).origin) {
      controller.abort();
      throw new PageFetchError({ kind: 'elsewhere' });
    }
    const declared = Number(res.headers.get('content-length'));
    if (declared > limits.maxBytes) {
      controller.abort();
      throw tooLarge();
    }
    let bytes: Uint8Array = new Uint8Array(64 * 1024);
    let used = 0;
    if (res.body) {
      const reader = res.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        if (used + value.byteLength > limits.maxBytes) {
          await reader.cancel().catch(() => {});
          throw tooLarge();
        }
        bytes = append(bytes, used, value);
        used += value.byteLength;
      }
    } else {
      const whole = new Uint8Array(await res.arrayBuffer());
      if (whole.byteLength > limits.maxBytes) throw tooLarge();
      bytes = append(bytes, 0, whole);
      used = whole.byteLength;
    }
    const own = new Uint8Array(used);
    own.set(bytes.subarray(0, used));
    return { bytes: own, contentType: res.headers.get('content-type'), url: res.url || url };
  } catch (e) {
    if (timedOut) throw new PageFetchError({ kind: 'timeout', seconds: Math.round(limits.timeoutMs / 100) / 10 });
    throw e;
  } finally {
    clearTimeout(timer);
  }
}
