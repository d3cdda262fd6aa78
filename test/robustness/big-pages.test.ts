// Pages that are odd in shape or size: deep nesting, broken tags, a huge paragraph, a huge
// page of 300 pieces. Through the engine and the CLI; timings are never asserted tightly —
// only the generous per-test timeout (60 s) bounds them.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QingwenError, cleanHtml, type Article } from '../../src/index.js';
import { cli, norm, prng, sentence, tempDir, xiaorobPage } from './helpers.js';

const XIAOROB = 'https://xiaorob.com/zuowen/170001.html';
const GENERIC = 'https://www.example.cn/posts/170001.html';
const LONG = 60_000;

const allText = (a: Article): string => norm(a.pieces.flatMap((p) => [p.heading ?? '', ...p.paragraphs]).join(''));

function genericPage(title: string, body: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body>
<nav><a href="/">首页</a> <a href="/posts/">文章</a></nav><main><article><h1>${title}</h1>${body}</article></main>
<footer>Copyright 2024 example.cn</footer></body></html>`;
}

const r = prng(2024);
const paras = Array.from({ length: 6 }, () => sentence(r, 60) + sentence(r, 40));

describe('20,000 nested <div>s', () => {
  const nested = (inner: string) => `${'<div>'.repeat(20_000)}${inner}${'</div>'.repeat(20_000)}`;
  const body = paras.map((p) => `<p>　　${p}</p>`).join('\n');
  for (const [name, url, html] of [
    ['a known site, the article inside the nesting', XIAOROB, xiaorobPage('深层嵌套的文章', nested(body))],
    ['an unknown site, the whole page inside the nesting', GENERIC, genericPage('深层嵌套的文章', nested(body))],
  ] as const) {
    it(`${name}: no crash, every paragraph kept`, { timeout: LONG }, () => {
      const a = cleanHtml(html, url);
      const got = a.pieces.flatMap((p) => p.paragraphs).map(norm);
      for (const p of paras) expect(got).toContain(norm(p));
    });
  }
  it('through the CLI', { timeout: LONG }, async () => {
    const dir = tempDir();
    const file = join(dir, 'nested.html');
    writeFileSync(file, genericPage('深层嵌套的文章', nested(body)));
    const res = await cli([file, '--url', GENERIC, '--format', 'json']);
    expect(res.err).not.toContain('    at ');
    expect(res.code, res.err).toBe(0);
    const a = JSON.parse(res.out) as Article;
    for (const p of paras) expect(allText(a)).toContain(norm(p));
  });
});

describe('unclosed and misnested tags', () => {
  const html = xiaorobPage(
    '标签错乱的文章',
    `<p>　　第一段，有<b>粗体<i>和斜体</b>交错</i>的标签，仍然是完整的一段话。
<p>　　第二段没有闭合标签，下一段的开始会把它结束，这也是一段话。
<p>　　第三段里有<span>一个没有闭合的行内标签，它的文字不能丢。</p>
<div>　　第四段写在div里，<p>第五段从div中间开始，标签交错在一起。</div></p>
<p>　　第六段的<font color="red">字体标签<strong>套着加粗</font>还没结束</strong>，文字要连在一起。</p>
<p>　　第七段，最后一段没有任何闭合标签，一直写到正文结束为止。`,
  );
  const sentences = [
    '第一段，有粗体和斜体交错的标签，仍然是完整的一段话。',
    '第二段没有闭合标签，下一段的开始会把它结束，这也是一段话。',
    '第三段里有一个没有闭合的行内标签，它的文字不能丢。',
    '第四段写在div里，',
    '第五段从div中间开始，标签交错在一起。',
    '第六段的字体标签套着加粗还没结束，文字要连在一起。',
    '第七段，最后一段没有任何闭合标签，一直写到正文结束为止。',
  ];
  it('every sentence comes out whole, and the paragraphs stay apart', () => {
    const a = cleanHtml(html, XIAOROB);
    const text = allText(a);
    for (const s of sentences) expect(text).toContain(norm(s));
    const got = a.pieces.flatMap((p) => p.paragraphs).map(norm);
    for (const s of [sentences[0]!, sentences[1]!, sentences[5]!]) expect(got).toContain(norm(s));
    expect(got.some((p) => p.includes('第一段') && p.includes('第二段'))).toBe(false);
    expect(got.some((p) => p.includes('第六段') && p.includes('第七段'))).toBe(false);
  });
  it('the same on an unknown site (the Readability fallback)', () => {
    const g = genericPage('标签错乱的文章', html.slice(html.indexOf('<p>'), html.indexOf('</div>\n\n</div>')));
    const a = cleanHtml(g, GENERIC);
    const text = allText(a);
    for (const s of sentences) expect(text).toContain(norm(s));
  });
});

describe('a single 1 MB paragraph', () => {
  const rr = prng(99);
  let huge = '';
  while (Buffer.byteLength(huge) < 1_000_000) huge += sentence(rr, 50);
  const html = xiaorobPage('一段很长的文字', `<p>　　${huge}</p>`);
  it('comes out as one whole paragraph (engine)', { timeout: LONG }, () => {
    const a = cleanHtml(html, XIAOROB);
    const got = a.pieces.flatMap((p) => p.paragraphs);
    expect(got).toHaveLength(1);
    expect(norm(got[0])).toBe(norm(huge));
  });
  it('and through the CLI', { timeout: LONG }, async () => {
    const file = join(tempDir(), '170001.html');
    writeFileSync(file, html);
    const res = await cli([file, '--url', XIAOROB, '--format', 'json']);
    expect(res.code, res.err).toBe(0);
    const a = JSON.parse(res.out) as Article;
    expect(a.pieces.flatMap((p) => p.paragraphs).map(norm)).toEqual([norm(huge)]);
  });
});

describe('a 5 MB page with 300 pieces (第1篇 … 第300篇)', () => {
  const rr = prng(300);
  const pieces = Array.from({ length: 300 }, (_, i) => ({
    heading: `第${i + 1}篇`,
    paragraphs: Array.from({ length: 7 }, (_, k) => `第${i + 1}篇第${k + 1}段：${sentence(rr, 300)}${sentence(rr, 250)}${sentence(rr, 200)}`),
  }));
  const content = pieces
    .map((p) => `<p><strong>${p.heading}</strong></p>\n${p.paragraphs.map((t) => `<p>　　${t}</p>`).join('\n')}`)
    .join('\n');
  const html = xiaorobPage('学生日记三百篇', content);
  const check = (a: Article) => {
    const found = a.pieces.filter((p) => p.heading !== null);
    expect(found).toHaveLength(300);
    found.forEach((p, i) => {
      expect(p.heading).toBe(pieces[i]!.heading);
      expect(p.paragraphs.map(norm)).toEqual(pieces[i]!.paragraphs.map(norm));
    });
  };
  it('is about 5 MB', () => expect(Buffer.byteLength(html)).toBeGreaterThan(5_000_000));
  it('all 300 pieces are found, whole (engine)', { timeout: LONG }, () => check(cleanHtml(html, XIAOROB)));
  it('all 300 pieces are found, whole (CLI)', { timeout: LONG }, async () => {
    const file = join(tempDir(), '170001.html');
    writeFileSync(file, html);
    const res = await cli([file, '--url', XIAOROB, '--format', 'json']);
    expect(res.code, res.err).toBe(0);
    check(JSON.parse(res.out) as Article);
  });
});

describe('nothing usable', () => {
  it('a page of nested empty divs is a clear "no article", not a crash', { timeout: LONG }, () => {
    expect(() => cleanHtml(`<html><body>${'<div>'.repeat(20_000)}${'</div>'.repeat(20_000)}</body></html>`, GENERIC)).toThrow(QingwenError);
  });
});

describe('300 pieces numbered in Chinese (篇一 … 篇三百)', () => {
  const D = '零一二三四五六七八九';
  /** 1 → 一, 10 → 十, 101 → 一百零一, 111 → 一百一十一, 300 → 三百 */
  const cn = (n: number): string => {
    const h = Math.floor(n / 100);
    const t = Math.floor((n % 100) / 10);
    const u = n % 10;
    let s = h ? `${D[h]}百` : '';
    if (t) s += `${t === 1 && !h ? '' : D[t]}十`;
    else if (h && u) s += '零';
    return u ? s + D[u] : s;
  };
  it('the numeral helper', () => expect([1, 10, 11, 20, 101, 110, 111, 123, 300].map(cn)).toEqual(['一', '十', '十一', '二十', '一百零一', '一百一十', '一百一十一', '一百二十三', '三百']));
  it('all 300 found, including five-character numerals such as 篇一百二十三', { timeout: LONG }, () => {
    const rr = prng(3);
    const pieces = Array.from({ length: 300 }, (_, i) => ({ heading: `篇${cn(i + 1)}`, text: `${sentence(rr, 120)}${sentence(rr, 80)}` }));
    const html = xiaorobPage('学生日记三百篇', pieces.map((p) => `<p><strong>${p.heading}</strong></p>\n<p>　　${p.text}</p>`).join('\n'));
    const a = cleanHtml(html, XIAOROB);
    expect(a.pieces.map((p) => p.heading)).toEqual(pieces.map((p) => p.heading));
    a.pieces.forEach((p, i) => expect(p.paragraphs.map(norm)).toEqual([norm(pieces[i]!.text)]));
  });
});
