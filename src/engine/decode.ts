// Bytes → HTML text, the way a browser picks the charset: BOM, then the HTTP header,
// then <meta charset> / <meta http-equiv>, then UTF-8. Mislabelled pages are common on
// these sites (a GBK <meta> over UTF-8 bytes, or the reverse), so a label the bytes
// contradict is overruled and the result says so.

export interface Decoded {
  html: string;
  /** The WHATWG name of the charset used ("utf-8", "gb18030", "big5", …). */
  charset: string;
  /** Set when the declared charset was overruled or bytes could not be decoded cleanly. */
  warning: string | null;
}

const ALIASES: Record<string, string> = {
  gb2312: 'gb18030', gbk: 'gb18030', 'x-gbk': 'gb18030', gb_2312: 'gb18030', 'gb_2312-80': 'gb18030',
  cp936: 'gb18030', 'windows-936': 'gb18030', euccn: 'gb18030', 'euc-cn': 'gb18030', gb18030: 'gb18030',
  big5: 'big5', 'big5-hkscs': 'big5', 'x-x-big5': 'big5', cp950: 'big5',
  utf8: 'utf-8', 'utf-8': 'utf-8', 'unicode-1-1-utf-8': 'utf-8',
};

/** Normalises a charset label; gb2312/gbk decode as gb18030 (a superset). Null when unknown. */
export function normaliseCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (ALIASES[l]) return ALIASES[l];
  try {
    return new TextDecoder(l).encoding;
  } catch {
    return null;
  }
}

function bomCharset(b: Uint8Array): { charset: string; skip: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { charset: 'utf-8', skip: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { charset: 'utf-16le', skip: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { charset: 'utf-16be', skip: 2 };
  return null;
}

/** The charset a page declares in its first 4 KB (<meta charset> or http-equiv content-type). */
export function sniffCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  // Tag by tag (indexOf), then one linear pattern inside the tag: a single pattern over the
  // whole head ("<meta[^>]+charset…") is cubic on a head of repeated "<meta".
  // The first <meta> that names a charset, as <meta charset> or in http-equiv's content.
  const lower = head.toLowerCase();
  for (let at = lower.indexOf('<meta'); at >= 0; at = lower.indexOf('<meta', at + 5)) {
    const end = lower.indexOf('>', at);
    const m = /charset\s*=[\s"']*([\w.:-]+)/.exec(lower.slice(at, end < 0 ? lower.length : end));
    if (m) return m[1]!;
  }
  return null;
}

/**
 * The <meta> label as the HTML spec reads it: a page whose <meta> could be read at all is in
 * an ASCII-compatible encoding, so a declared UTF-16 means UTF-8 (browsers do the same).
 */
function metaCharset(bytes: Uint8Array): string | null {
  const label = sniffCharset(bytes);
  return normaliseCharset(label)?.startsWith('utf-16') ? 'utf-8' : label;
}

function headerCharset(contentType: string | null | undefined): string | null {
  return /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1] ?? null;
}

/**
 * windows-1252's bytes 0x80–0x9F (curly quotes, dashes, €, ™), as the Encoding Standard maps
 * them; the five it leaves undefined stand for themselves. Decoded here because Node 20's
 * TextDecoder for windows-1252 (and latin1, iso-8859-1, which mean it) drops these bytes.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let at = 0; at < bytes.length; at += CHUNK) {
    const codes = Array.from(bytes.subarray(at, at + CHUNK), (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH.charCodeAt(b - 0x80) : b));
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

function tryDecode(bytes: Uint8Array, charset: string, fatal: boolean): string | null {
  if (charset === 'windows-1252') return decodeWindows1252(bytes); // every byte has a character: never fails
  try {
    return new TextDecoder(charset, { fatal }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * True when the bytes read as UTF-8 Chinese: valid UTF-8 whose multi-byte sequences are
 * mostly 3-byte CJK. Short GBK text can be valid UTF-8 by chance ("篇一" is C6AA D2BB, two
 * 2-byte sequences), but it then decodes to Latin/Cyrillic letters, not to Han characters.
 */
function looksLikeUtf8Chinese(bytes: Uint8Array): boolean {
  let cjk = 0;
  let other = 0;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i]!;
    if (c < 0x80) continue;
    const n = c >= 0xf0 && c < 0xf5 ? 3 : c >= 0xe0 ? 2 : c >= 0xc2 && c < 0xe0 ? 1 : -1;
    if (n < 0 || i + n >= bytes.length) return false;
    for (let k = 1; k <= n; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return false;
    if (n === 2 && c >= 0xe2 && c <= 0xef) cjk++;
    else other++;
    i += n;
  }
  return cjk > 0 && cjk >= 2 * other;
}

/**
 * Decodes a page. `contentType` is the HTTP Content-Type header when the page came over HTTP.
 */
export function decodeHtml(bytes: Uint8Array, contentType?: string | null): Decoded {
  const bom = bomCharset(bytes);
  if (bom) return { html: new TextDecoder(bom.charset).decode(bytes.subarray(bom.skip)), charset: bom.charset, warning: null };

  const labels = [headerCharset(contentType), metaCharset(bytes)];
  const label = labels.find((l) => normaliseCharset(l)) ?? null;
  const declared = normaliseCharset(label);
  const utf8 = looksLikeUtf8Chinese(bytes);
  if (declared && declared !== 'utf-8') {
    if (utf8) {
      return { html: new TextDecoder('utf-8').decode(bytes), charset: 'utf-8', warning: `the page declares ${label?.toLowerCase()} but its bytes are UTF-8; decoded as UTF-8` };
    }
    const html = tryDecode(bytes, declared, true);
    if (html !== null) return { html, charset: declared, warning: null };
    return { html: new TextDecoder(declared).decode(bytes), charset: declared, warning: `some bytes are not valid ${declared}; they were replaced` };
  }
  const strict = tryDecode(bytes, 'utf-8', true);
  if (strict !== null) return { html: strict, charset: 'utf-8', warning: null };
  // Declared (or assumed) UTF-8, but the bytes are not: Chinese pages then are almost always GB18030.
  const gb = tryDecode(bytes, 'gb18030', true);
  if (gb !== null) {
    return { html: gb, charset: 'gb18030', warning: declared ? 'the page declares utf-8 but its bytes are GBK; decoded as GB18030' : null };
  }
  return { html: new TextDecoder('utf-8').decode(bytes), charset: 'utf-8', warning: 'the bytes are not valid in any known charset; invalid bytes were replaced' };
}
