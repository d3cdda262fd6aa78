// Mislabelled charsets: a <meta> that says gbk over UTF-8 bytes, and the reverse. The page
// must come out right (scored against the gold), or the CLI must say what it did.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanHtml, decodeHtml } from '../../src/index.js';
import { score, type Gold, type Output } from '../helpers/score.js';
import { cli, corpusFile, corpusGold, tempDir } from './helpers.js';

/** Swaps an ASCII label in the page's bytes (the bytes of the text are untouched). */
function relabel(bytes: Buffer, from: string, to: string): Buffer {
  const i = bytes.indexOf(from, 0, 'latin1');
  if (i < 0 || i > 2048) throw new Error(`label ${from} not found in the head`);
  return Buffer.concat([bytes.subarray(0, i), Buffer.from(to, 'latin1'), bytes.subarray(i + from.length)]);
}

/** GBK bytes for a string (ASCII + the characters GB18030 codes in two bytes). */
let table: Map<string, number[]> | null = null;
function gbk(s: string): Buffer {
  if (!table) {
    table = new Map();
    const dec = new TextDecoder('gb18030');
    for (let a = 0x81; a <= 0xfe; a++) for (let b = 0x40; b <= 0xfe; b++) if (b !== 0x7f) table.set(dec.decode(new Uint8Array([a, b])), [a, b]);
  }
  const out: number[] = [];
  for (const ch of s) {
    if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else {
      const code = table.get(ch);
      if (!code) throw new Error(`no GBK code for ${ch}`);
      out.push(...code);
    }
  }
  return Buffer.from(out);
}

const CASES = [
  // [case, entry, label in the page, wrong label, what the bytes really are]
  ['xiaorob-my-mother-single', '168842.html', 'charset="utf-8"', 'charset="gbk"', 'utf-8'],
  ['xiaorob-teacher-summary-ads', '171522.html', 'charset="utf-8"', 'charset="gb2312"', 'utf-8'],
  ['ruiwen-military-training', '6404315.html', 'charset=gbk', 'charset=utf-8', 'gbk'],
  ['51test-national-day', '3312456.html', 'charset=gb2312', 'charset=utf-8', 'gbk'],
] as const;

describe('a page whose <meta> charset contradicts its bytes', () => {
  for (const [name, entry, label, wrong, real] of CASES) {
    it(`${name}: ${real} bytes labelled ${wrong} come out perfect (CLI)`, async () => {
      const dir = tempDir();
      const file = join(dir, entry);
      writeFileSync(file, relabel(corpusFile(name, entry), label, wrong));
      const gold = corpusGold(name) as Gold;
      const { url } = JSON.parse(corpusFile(name, 'case.json').toString('utf8')) as { url: string };
      const r = await cli([file, '--url', url, '--format', 'json']);
      expect(r.code, r.err).toBe(0);
      expect(r.err).not.toContain('    at ');
      // At most one line: the warning that the label was overruled.
      expect(r.err.trim().split('\n').filter(Boolean).length).toBeLessThanOrEqual(1);
      const s = score(gold, JSON.parse(r.out) as Output);
      expect(s, JSON.stringify(s)).toMatchObject({ perfect: true, leakedChars: 0, lostChars: 0 });
    });
    it(`${name}: decodeHtml reads ${real} and warns`, () => {
      const d = decodeHtml(new Uint8Array(relabel(corpusFile(name, entry), label, wrong)));
      expect(d.charset).toBe(real === 'utf-8' ? 'utf-8' : 'gb18030');
      expect(d.warning).toMatch(/declares/);
      expect(d.html).toContain(corpusGold(name).pieces[0]!.paragraphs[0]!.slice(0, 12));
    });
  }

  const TEXT = '我的妈妈今年三十八岁，她中等个子，留着一头乌黑的短发。每天早上，她总是第一个起床，为全家人准备早饭。';
  const page = (charset: string) => `<!DOCTYPE html><html><head><meta charset="${charset}"><title>我的妈妈</title></head><body><div id="content"><p>${TEXT}</p><p>${TEXT}</p></div></body></html>`;

  it('a short UTF-8 page labelled gbk: decoded right, or a warning', () => {
    const d = decodeHtml(new Uint8Array(Buffer.from(page('gbk'), 'utf8')));
    expect(d.html.includes(TEXT) || d.warning !== null).toBe(true);
    expect(d.html).toContain(TEXT);
    const a = cleanHtml(d.html, 'https://www.example.cn/mama.html');
    expect(a.pieces.flatMap((p) => p.paragraphs).join('')).toContain(TEXT);
  });
  it('a short GBK page labelled utf-8: decoded right, or a warning', () => {
    const d = decodeHtml(new Uint8Array(gbk(page('utf-8'))));
    expect(d.html.includes(TEXT) || d.warning !== null).toBe(true);
    expect(d.html).toContain(TEXT);
  });
  it('GBK bytes labelled utf-8 in the HTTP header too', () => {
    const d = decodeHtml(new Uint8Array(gbk(page('utf-8'))), 'text/html; charset=UTF-8');
    expect(d.html.includes(TEXT) || d.warning !== null).toBe(true);
  });
  it('UTF-8 bytes labelled gbk in the HTTP header', () => {
    const d = decodeHtml(new Uint8Array(Buffer.from(page('utf-8'), 'utf8')), 'text/html; charset=gbk');
    expect(d.html.includes(TEXT) || d.warning !== null).toBe(true);
  });
});
