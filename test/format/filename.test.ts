import { describe, expect, it } from 'vitest';
import { fileName, safeFileName } from '../../src/format/index.js';
import { makeArticle } from './article.js';

const bytes = (s: string) => new TextEncoder().encode(s).length;

describe('fileName', () => {
  it('uses the title for the whole article', () => {
    expect(fileName(makeArticle())).toBe('2024年学校疫情防控讲话六篇.md');
    expect(fileName(makeArticle(), undefined, { ext: 'txt' })).toBe('2024年学校疫情防控讲话六篇.txt');
  });

  it('uses title and heading for a piece', () => {
    expect(fileName(makeArticle(), 1)).toBe('2024年学校疫情防控讲话六篇-学校疫情防控讲话篇二.md');
  });

  it('uses the 1-based index for a piece without a heading', () => {
    const a = makeArticle({ pieces: [{ heading: null, paragraphs: ['x'] }] });
    expect(fileName(a, 0)).toBe('2024年学校疫情防控讲话六篇-1.md');
  });

  it('pads the index so that files sort in order', () => {
    const pieces = Array.from({ length: 12 }, (_, i) => ({ heading: null, paragraphs: [String(i)] }));
    expect(fileName(makeArticle({ pieces }), 2, { pattern: '{index} {title}' })).toBe('03 2024年学校疫情防控讲话六篇.md');
  });

  it('fills {site} from siteName, else the host', () => {
    expect(fileName(makeArticle(), 0, { pattern: '{site}-{index}' })).toBe('小六范文网-1.md');
    expect(fileName(makeArticle({ siteName: null }), undefined, { pattern: '{site} {title}' })).toBe('xiaorob.com 2024年学校疫情防控讲话六篇.md');
  });

  it('drops separators left by empty placeholders for the whole article', () => {
    expect(fileName(makeArticle(), undefined, { pattern: '{title}-{heading}' })).toBe('2024年学校疫情防控讲话六篇.md');
  });

  it('makes title characters safe', () => {
    expect(fileName(makeArticle({ title: '合同/协议: "A"?' }))).toBe('合同_协议_ _A__.md');
  });

  it('shortens a long title so each piece keeps its heading', () => {
    const a = makeArticle({ title: '很长的标题'.repeat(30) });
    const n0 = fileName(a, 0);
    const n1 = fileName(a, 1);
    expect(bytes(n0)).toBeLessThanOrEqual(255);
    expect(n0.endsWith('…-学校疫情防控讲话篇一.md')).toBe(true);
    expect(n1.endsWith('…-学校疫情防控讲话篇二.md')).toBe(true);
  });

  it('falls back to "qingwen" for an empty title', () => {
    expect(fileName(makeArticle({ title: '  ' }))).toBe('qingwen.md');
  });

  it('falls back to "qingwen" for a title of dots, for a piece too (never "-1.md")', () => {
    const a = makeArticle({ title: '...', pieces: [{ heading: null, paragraphs: ['x'] }] });
    expect(fileName(a)).toBe('qingwen.md');
    expect(fileName(a, 0)).toBe('qingwen-1.md');
    expect(fileName(makeArticle({ title: ' . . ' }), 1)).toBe('qingwen-学校疫情防控讲话篇二.md');
  });

  it('drops lone surrogates from titles and headings given by library callers', () => {
    const a = makeArticle({ title: '标\ud800题\udfff', pieces: [{ heading: '篇\udc00一', paragraphs: ['x'] }] });
    const n = fileName(a, 0);
    expect(n).toBe('标题-篇一.md');
    expect(n).not.toMatch(/[\ud800-\udfff]/);
  });

  it('keeps a name within a smaller byte budget (downloads in a browser)', () => {
    const a = makeArticle({ title: '很长的标题'.repeat(30) });
    expect(bytes(fileName(a, 0, { maxBytes: 239 }))).toBeLessThanOrEqual(239);
    expect(fileName(a, 0, { maxBytes: 239 }).endsWith('…-学校疫情防控讲话篇一.md')).toBe(true);
    expect(bytes(fileName(a, undefined, { maxBytes: 239 }))).toBeLessThanOrEqual(239);
  });
});

describe('safeFileName', () => {
  it('replaces characters forbidden on Windows and macOS', () => {
    expect(safeFileName('a/b\\c:d*e?f"g<h>i|j', 'md')).toBe('a_b_c_d_e_f_g_h_i_j.md');
  });

  it('replaces control characters and collapses white space', () => {
    expect(safeFileName('a\u0000b\tc\n\nd   e\u3000f\u007f', 'md')).toBe('a b c d e f.md');
  });

  it('removes invisible characters such as bidi overrides', () => {
    expect(safeFileName('abc\u202Etxt.exe\u200b', 'md')).toBe('abctxt.exe.md');
  });

  it('strips trailing dots and spaces, and leading dots', () => {
    expect(safeFileName('名字. . ', 'md')).toBe('名字.md');
    expect(safeFileName('..hidden', 'txt')).toBe('hidden.txt');
    expect(safeFileName('..', 'md')).toBe('qingwen.md');
  });

  it('suffixes reserved Windows names, also with an extension, in any case', () => {
    for (const n of ['CON', 'prn', 'Aux', 'nul', 'COM1', 'com9', 'LPT1', 'lpt9', 'COM\u00b9']) {
      expect(safeFileName(n, 'md')).toBe(`${n}_.md`);
    }
    expect(safeFileName('con.txt', 'md')).toBe('con_.txt.md');
    expect(safeFileName('CONSOLE', 'md')).toBe('CONSOLE.md');
    expect(safeFileName('COM10', 'md')).toBe('COM10.md');
    expect(safeFileName('nul ', 'md')).toBe('nul_.md');
  });

  it('suffixes the console devices and a reserved name with spaces before its dot', () => {
    expect(safeFileName('CONIN$', 'md')).toBe('CONIN$_.md');
    expect(safeFileName('conout$', 'txt')).toBe('conout$_.txt');
    expect(safeFileName('CON .txt', 'md')).toBe('CON_ .txt.md');
    expect(safeFileName('nul  .tar.gz', 'md')).toBe('nul_ .tar.gz.md');
    expect(safeFileName('COM0', 'md')).toBe('COM0_.md');
    expect(safeFileName('CONIN$X', 'md')).toBe('CONIN$X.md');
    expect(safeFileName('CON x', 'md')).toBe('CON x.md');
  });

  it('never keeps a lone surrogate', () => {
    expect(safeFileName('a\ud800b\udc00c', 'md')).toBe('abc.md');
    expect(safeFileName('😀\ud83d', 'md')).toBe('😀.md');
  });

  it('is never empty', () => {
    expect(safeFileName('', 'md')).toBe('qingwen.md');
    expect(safeFileName('???', 'md')).toBe('___.md');
    expect(safeFileName(' \u200b ', 'md')).toBe('qingwen.md');
  });

  it('always ends with the given extension, with or without a dot', () => {
    expect(safeFileName('a', '.txt')).toBe('a.txt');
    expect(safeFileName('a', 'json')).toBe('a.json');
    expect(safeFileName('a.md', 'md')).toBe('a.md.md');
    expect(safeFileName('a', '')).toBe('a.md');
  });

  it('limits ASCII names to 255 bytes including the extension', () => {
    const n = safeFileName('a'.repeat(300), 'md');
    expect(n).toBe('a'.repeat(252) + '.md');
  });

  it('limits CJK names to 255 UTF-8 bytes, cutting between characters', () => {
    const n = safeFileName('中'.repeat(100), 'md'); // 300 bytes
    expect(bytes(n)).toBeLessThanOrEqual(255);
    expect(n).toBe('中'.repeat(84) + '.md'); // 252 bytes of name + 3 of ".md"
    expect(n).not.toContain('\ufffd');
  });

  it('never cuts inside a character even when the byte budget falls mid-character', () => {
    const n = safeFileName('a' + '中'.repeat(100), 'txt'); // budget 251: "a" + 83×3 = 250
    expect(n).toBe('a' + '中'.repeat(83) + '.txt');
    expect(bytes(n)).toBe(254);
  });

  it('never splits a surrogate pair or an emoji sequence', () => {
    const family = '👨‍👩‍👧'; // 18 bytes
    const n = safeFileName('x'.repeat(240) + family, 'md');
    expect(n).toBe('x'.repeat(240) + '.md');
    const m = safeFileName('x'.repeat(230) + '😀'.repeat(10), 'md');
    expect(bytes(m)).toBeLessThanOrEqual(255);
    expect(m).toBe('x'.repeat(230) + '😀'.repeat(5) + '.md');
  });

  it('strips a trailing dot or space left by the cut', () => {
    const n = safeFileName('a'.repeat(251) + '. b', 'md');
    expect(n).toBe('a'.repeat(251) + '.md');
  });
});
