import { describe, expect, it } from 'vitest';
import { decodeHtml, normaliseCharset, sniffCharset } from '../../src/engine/decode.js';

const gbk = (s: string): Uint8Array => {
  // Encode through the GB18030 table by brute force on the few characters used here.
  const dec = new TextDecoder('gb18030');
  const out: number[] = [];
  for (const ch of s) {
    if (ch.charCodeAt(0) < 0x80) {
      out.push(ch.charCodeAt(0));
      continue;
    }
    let found = false;
    for (let a = 0x81; a <= 0xfe && !found; a++) {
      for (let b = 0x40; b <= 0xfe && !found; b++) {
        if (dec.decode(new Uint8Array([a, b])) === ch) {
          out.push(a, b);
          found = true;
        }
      }
    }
    if (!found) throw new Error(`no GBK code for ${ch}`);
  }
  return new Uint8Array(out);
};
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('decodeHtml', () => {
  it('reads a <meta> that declares UTF-16 as UTF-8, as browsers do', () => {
    for (const label of ['utf-16', 'UTF-16LE', 'utf-16be', 'unicode']) {
      const d = decodeHtml(utf8(`<meta charset="${label}"><p>中文正文</p>`));
      expect(d.html, label).toContain('<p>中文正文</p>');
      expect(d.charset, label).toBe('utf-8');
      expect(d.warning, label).toBeNull();
    }
    // A BOM still decides, as before any label.
    const le = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...'<p>中文</p>'].map((c) => c.charCodeAt(0))).buffer)]);
    expect(decodeHtml(le).html).toBe('<p>中文</p>');
  });

  it('honours <meta charset=gb2312> and decodes as gb18030', () => {
    const bytes = gbk('<meta charset="gb2312"><p>篇一</p>');
    const r = decodeHtml(bytes);
    expect(r.charset).toBe('gb18030');
    expect(r.html).toContain('篇一');
    expect(r.warning).toBeNull();
  });
  it('honours http-equiv content-type', () => {
    const r = decodeHtml(gbk('<meta http-equiv="Content-Type" content="text/html; charset=gbk"><p>范文</p>'));
    expect(r.html).toContain('范文');
  });
  it('prefers the HTTP header over <meta>', () => {
    const r = decodeHtml(gbk('<meta charset="utf-8"><p>范文</p>'), 'text/html; charset=GBK');
    expect(r.html).toContain('范文');
    expect(r.charset).toBe('gb18030');
  });
  it('uses the BOM first', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('<meta charset="gbk"><p>范文</p>')]);
    expect(decodeHtml(bytes).html).toBe('<meta charset="gbk"><p>范文</p>');
  });
  it('decodes windows-1252 (and iso-8859-1, which means it) with its quotes and dashes', () => {
    for (const label of ['windows-1252', 'iso-8859-1', 'latin1']) {
      const bytes = new Uint8Array([...utf8(`<meta charset="${label}"><p>`), 0x93, 0x41, 0x94, 0x20, 0x97, 0x20, 0x80, 0xa3, 0xe9, 0x81, ...utf8('</p>')]);
      const r = decodeHtml(bytes);
      expect(r.charset, label).toBe('windows-1252');
      expect(r.html, label).toContain('<p>“A” — €£é\u0081</p>');
    }
  });
  it('decodes big5', () => {
    const bytes = new Uint8Array([...utf8('<meta charset="big5"><p>'), 0xbd, 0x64, 0xa4, 0xe5, ...utf8('</p>')]);
    const r = decodeHtml(bytes);
    expect(r.charset).toBe('big5');
    expect(r.html).toContain('範文');
  });
  it('detects UTF-8 bytes under a gbk label, and says so', () => {
    const r = decodeHtml(utf8('<meta charset="gbk"><p>学校疫情防控讲话篇一</p>'));
    expect(r.html).toContain('学校疫情防控讲话篇一');
    expect(r.warning).toMatch(/UTF-8/);
  });
  it('detects GBK bytes under a utf-8 label, and says so', () => {
    const r = decodeHtml(gbk('<meta charset="utf-8"><p>学校讲话</p>'));
    expect(r.html).toContain('学校讲话');
    expect(r.warning).toMatch(/GBK/);
  });
  it('decodes unlabelled GBK by its bytes', () => {
    expect(decodeHtml(gbk('<p>学校讲话</p>')).html).toContain('学校讲话');
  });
  it('normalises labels', () => {
    expect(normaliseCharset('GB2312')).toBe('gb18030');
    expect(normaliseCharset('"gbk"')).toBe('gb18030');
    expect(normaliseCharset('Big5-HKSCS')).toBe('big5');
    expect(normaliseCharset('no-such-charset')).toBeNull();
  });
  it('sniffs the declared charset', () => {
    expect(sniffCharset(utf8('<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />'))).toBe('gb2312');
    expect(sniffCharset(utf8('<html><body>none</body></html>'))).toBeNull();
  });
});
