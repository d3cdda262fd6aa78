// User-perceived characters. Intl.Segmenter is missing in older Firefox (before 125),
// where code points are the closest fallback: never splits a surrogate pair.

const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'grapheme' }) : null;

export function* graphemes(text: string): Generator<string> {
  if (segmenter) for (const { segment } of segmenter.segment(text)) yield segment;
  else yield* Array.from(text);
}

/** Length of `text` in UTF-8 bytes (a lone surrogate counts as the 3-byte replacement character). */
export function utf8Length(text: string): number {
  let n = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}

/** The longest prefix of `text` that fits in `maxBytes` UTF-8 bytes, cut between characters. */
export function truncateUtf8(text: string, maxBytes: number): string {
  let out = '';
  let bytes = 0;
  for (const g of graphemes(text)) {
    const n = utf8Length(g);
    if (bytes + n > maxBytes) break;
    out += g;
    bytes += n;
  }
  return out;
}
