// The images of a .docx: fetched (when they can be) so the file embeds them; one that cannot
// be fetched is linked instead. The fetch is passed in (the CLI's, the background's).
import type { Article } from '../engine/types.js';
import { toDocx, type DocxOptions } from './docx.js';
import { blocksOf, selectPieces } from './select.js';

/** A picture larger than this is linked, not embedded. */
const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
/** Images fetched at once. */
const PARALLEL = 4;

export type FetchImage = (url: string) => Promise<Uint8Array | null>;

/** Fetches an image over HTTP(S) with a timeout; null when it is not an image or cannot be had. */
export function imageFetcher(fetch: typeof globalThis.fetch, timeoutMs: number, userAgent?: string): FetchImage {
  return async (url) => {
    try {
      const headers: Record<string, string> = userAgent ? { 'user-agent': userAgent, accept: 'image/*' } : { accept: 'image/*' };
      const res = await fetch(url, { headers, redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) });
      if (!res.ok || !/^image\//i.test(res.headers.get('content-type') ?? 'image/')) return null;
      const length = Number(res.headers.get('content-length') ?? 0);
      if (length > MAX_IMAGE_BYTES) return null;
      const bytes = new Uint8Array(await res.arrayBuffer());
      return bytes.length <= MAX_IMAGE_BYTES ? bytes : null;
    } catch {
      return null;
    }
  };
}

/** The bytes of every image of the pieces that could be fetched, by address. */
export async function fetchImages(article: Article, piece: number | undefined, fetchImage: FetchImage): Promise<Map<string, Uint8Array>> {
  const srcs = [...new Set(selectPieces(article, piece).flatMap((p) => blocksOf(p).flatMap((b) => (b.type === 'image' ? [b.src] : []))))];
  const images = new Map<string, Uint8Array>();
  for (let i = 0; i < srcs.length; i += PARALLEL) {
    const batch = srcs.slice(i, i + PARALLEL);
    const got = await Promise.all(batch.map(fetchImage));
    batch.forEach((src, k) => {
      const bytes = got[k];
      if (bytes) images.set(src, bytes);
    });
  }
  return images;
}

/** A renderer of .docx files that fetches each article's images once (all its pieces share them). */
export function docxRenderer(opts: Omit<DocxOptions, 'images'>, fetchImage: FetchImage): (article: Article, piece?: number) => Promise<Uint8Array> {
  const cache = new WeakMap<Article, Promise<Map<string, Uint8Array>>>();
  return async (article, piece) => {
    let images = cache.get(article);
    if (!images) cache.set(article, (images = fetchImages(article, undefined, fetchImage)));
    return toDocx(article, piece, { ...opts, images: await images });
  };
}
