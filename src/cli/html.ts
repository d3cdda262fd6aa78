// Bytes → Document, refusing what is not a web page before the engine sees it.

import { decodeHtml } from '../engine/decode.js';
import { QingwenError } from '../engine/errors.js';
import { parseHtml } from '../node/parse.js';

export interface LoadedPage {
  doc: Document;
  /** A charset problem worth telling the user about, or null. */
  warning: string | null;
  /** The address a browser or SingleFile noted when saving the page, or null. */
  savedFrom: string | null;
}

const SNIFF_BYTES = 8192;

function hasUtf16Bom(b: Uint8Array): boolean {
  return (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);
}

/** Binary data: a NUL byte, or more than 1 % control bytes that text never holds, near the start. */
function looksBinary(bytes: Uint8Array): boolean {
  if (hasUtf16Bom(bytes)) return false;
  const head = bytes.subarray(0, SNIFF_BYTES);
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    // Tab, LF, VT, FF, CR and ESC (ISO-2022 escapes) appear in text.
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f) control++;
  }
  return control > head.length / 100;
}

/** At least one tag or comment: a page without any is not HTML (a text file, JSON, …). */
function hasTag(html: string): boolean {
  return /<(?:!doctype|!--|[a-z][a-z0-9-]*[\s/>])/i.test(html);
}

/** Decodes and parses a page's bytes; `contentType` is the HTTP header when there is one. */
export function pageFromBytes(bytes: Uint8Array, contentType?: string | null): LoadedPage {
  if (bytes.every((b) => b === 0x20 || (b >= 0x09 && b <= 0x0d))) throw new QingwenError('the page is empty', 'empty');
  if (looksBinary(bytes)) throw new QingwenError('not an HTML page (binary data)', 'not-html');
  const { html, warning } = decodeHtml(bytes, contentType);
  if (!hasTag(html)) throw new QingwenError('not an HTML page (no tags)', 'not-html');
  return { doc: parseHtml(html), warning, savedFrom: savedFromUrl(html) };
}

/**
 * The address noted in a saved page's comments: Chrome and IE write
 * "<!-- saved from url=(0047)https://… -->", SingleFile writes "url: https://…".
 */
export function savedFromUrl(html: string): string | null {
  const head = html.slice(0, 4096);
  const m = /<!--\s*saved from url=\(\d+\)(https?:\/\/[^\s>]+?)\s*-->/i.exec(head) ?? /<!--\s*Page saved with SingleFile[^]*?\burl:\s*(https?:\/\/\S+)/i.exec(head);
  if (!m?.[1]) return null;
  try {
    return new URL(m[1]).href;
  } catch {
    return null;
  }
}

/** The page's own idea of its address: <link rel=canonical> or og:url, when absolute http(s). */
export function declaredUrl(doc: Document): string | null {
  const candidates = [
    doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url" i]')?.getAttribute('content'),
  ];
  for (const c of candidates) {
    const v = c?.trim();
    if (!v || !/^https?:\/\//i.test(v)) continue;
    try {
      return new URL(v).href;
    } catch {
      // not a URL after all; try the next one
    }
  }
  return null;
}
