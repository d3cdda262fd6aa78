// Paged articles gone wrong: a missing page, next links that loop, a next link to another site.
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import { decodeHtml, extractArticle, parseHtml, type Article } from '../../src/index.js';
import { CORPUS, cli, corpusGold, norm, prng, sentence, tempDir, xiaorobPage } from './helpers.js';

const CASE = 'xiaorob-school-speeches-paged';
const FIRST_URL = 'https://xiaorob.com/zhuanti/fanwen/169108.html';
const pageFile = (n: number) => (n === 1 ? '169108.html' : `169108_${n}.html`);
const pageUrl = (n: number) => new URL(pageFile(n), FIRST_URL).href;

/** The visible text of a corpus page's body (hidden anti-copy spans removed), normalised. */
function visibleText(n: number): string {
  const { html } = decodeHtml(new Uint8Array(readFileSync(join(CORPUS, CASE, pageFile(n)))));
  const { document } = parseHTML(html);
  for (const el of Array.from(document.querySelectorAll('[style]'))) if (/display\s*:\s*none/i.test(el.getAttribute('style') ?? '')) el.remove();
  return norm(document.querySelector('#content')?.textContent ?? '');
}

/** Gold paragraphs that lie wholly on one page, by page number. */
function goldByPage(): Map<number, string[]> {
  const texts = Array.from({ length: 9 }, (_, i) => visibleText(i + 1));
  const out = new Map<number, string[]>();
  for (const p of corpusGold(CASE).pieces.flatMap((x) => x.paragraphs).map(norm)) {
    const on = texts.findIndex((t) => t.includes(p));
    if (on >= 0) out.set(on + 1, [...(out.get(on + 1) ?? []), p]);
  }
  return out;
}

const outputText = (a: Pick<Article, 'pieces'>) => norm(a.pieces.flatMap((p) => [p.heading ?? '', ...p.paragraphs]).join('\n'));

describe('a 9-page article with page 5 missing', () => {
  const byPage = goldByPage();
  it('the corpus check itself: most gold paragraphs lie on one page, some on page 5', () => {
    expect([...byPage.keys()].sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(byPage.get(5)!.length).toBeGreaterThan(0);
  });

  const expectKept = (a: Pick<Article, 'pieces'>) => {
    const text = outputText(a);
    for (const [n, paras] of byPage) {
      if (n === 5) continue;
      for (const p of paras) expect(text, `a paragraph of page ${n} is missing: ${p.slice(0, 30)}…`).toContain(p);
    }
    // Nothing of page 5 appears from nowhere.
    for (const p of byPage.get(5)!) expect(text).not.toContain(p);
  };

  it('through the CLI: pages 1–4 and 6–9 kept, page 5 named on stderr', async () => {
    const dir = tempDir();
    for (const f of readdirSync(join(CORPUS, CASE))) if (f !== '169108_5.html') copyFileSync(join(CORPUS, CASE, f), join(dir, f));
    const r = await cli([join(dir, '169108.html'), '--url', FIRST_URL, '--format', 'json']);
    expect(r.err).not.toContain('    at ');
    expect(r.err).toMatch(/page 5\b.*169108_5\.html/);
    expect(r.err.trimEnd().split('\n')).toHaveLength(1);
    const a = JSON.parse(r.out) as Article;
    expect(a.pages).toBe(8);
    expect(a.failedPages.map((f) => f.url)).toEqual([pageUrl(5)]);
    expectKept(a);
  });

  it('through the engine: the failed page is reported, the rest merged', async () => {
    const docs = new Map(Array.from({ length: 9 }, (_, i) => [pageUrl(i + 1), readFileSync(join(CORPUS, CASE, pageFile(i + 1)))]));
    const fetchPage = vi.fn(async (url: string) => {
      if (url === pageUrl(5)) throw new Error('HTTP 404');
      const bytes = docs.get(url);
      if (!bytes) throw new Error(`unexpected ${url}`);
      return parseHtml(decodeHtml(new Uint8Array(bytes)).html);
    });
    const first = parseHtml(decodeHtml(new Uint8Array(docs.get(FIRST_URL)!)).html);
    const a = await extractArticle(first, FIRST_URL, { fetchPage });
    expect(a.failedPages).toHaveLength(1);
    expect(a.failedPages[0]).toMatchObject({ url: pageUrl(5), reason: 'HTTP 404' });
    expect(a.pageUrls).toEqual([1, 2, 3, 4, 6, 7, 8, 9].map(pageUrl));
    expectKept(a);
  });
});

/** A small xiaorob page with a pager whose 下一页 points at `next` (and numbered links as given). */
function pagedPage(n: number, text: string[], pager: string): string {
  return xiaorobPage('循环的分页', text.map((t) => `<p>　　${t}</p>`).join('\n'), `<p align="center" class="pageLink">${pager}</p>`).replace('</h1>', `</h1><!-- page ${n} -->`);
}

describe('next-page links that loop', () => {
  const rr = prng(5);
  const texts = [1, 2, 3].map((n) => [`第${n}页：${sentence(rr, 40)}`, sentence(rr, 50)]);
  const url = (n: number) => `https://xiaorob.com/zuowen/500${n === 1 ? '' : `_${n}`}.html`;
  const link = (n: number, label: string) => `<a href="/zuowen/500${n === 1 ? '' : `_${n}`}.html">${label}</a>`;
  // 1 → 2 → 3 → 2 (3's 下一页 goes back to 2, and 2's numbered links include 1 and itself).
  const html = new Map([
    [url(1), pagedPage(1, texts[0]!, `${link(2, '2')} ${link(3, '3')} ${link(2, '下一页')}`)],
    [url(2), pagedPage(2, texts[1]!, `${link(1, '1')} ${link(2, '2')} ${link(3, '3')} ${link(3, '下一页')}`)],
    [url(3), pagedPage(3, texts[2]!, `${link(1, '1')} ${link(2, '2')} ${link(2, '下一页')}`)],
  ]);
  it('each page is read once, all three kept in order (engine)', async () => {
    const fetchPage = vi.fn(async (u: string) => parseHtml(html.get(u) ?? '<p>x</p>'));
    const a = await extractArticle(parseHtml(html.get(url(1))!), url(1), { fetchPage });
    expect(fetchPage.mock.calls.map((c) => c[0])).toEqual([url(2), url(3)]);
    expect(a.pageUrls).toEqual([url(1), url(2), url(3)]);
    const text = outputText(a);
    for (const t of texts.flat()) expect(text).toContain(norm(t));
    expect(text.indexOf('第1页')).toBeLessThan(text.indexOf('第2页'));
    expect(text.indexOf('第2页')).toBeLessThan(text.indexOf('第3页'));
  });
  it('a page whose 下一页 points at itself, and a two-page cycle (CLI)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, '600.html'), pagedPage(1, texts[0]!, `<a href="/zuowen/600_2.html">下一页</a>`));
    writeFileSync(join(dir, '600_2.html'), pagedPage(2, texts[1]!, `<a href="/zuowen/600.html">1</a> <a href="/zuowen/600_2.html">下一页</a> <a href="/zuowen/600.html">下一页</a>`));
    const r = await cli([join(dir, '600.html'), '--url', 'https://xiaorob.com/zuowen/600.html', '--format', 'json']);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toBe('');
    const a = JSON.parse(r.out) as Article;
    expect(a.pages).toBe(2);
    const text = outputText(a);
    for (const t of [...texts[0]!, ...texts[1]!]) expect(text).toContain(norm(t));
  });
});

describe('a next link to another site', () => {
  const rr = prng(6);
  const own = [sentence(rr, 40), sentence(rr, 50)];
  const LEAK = '这是另一个网站的页面，绝不能出现在结果里。';
  const first = pagedPage(
    1,
    own,
    `<a href="https://evil.example.com/zuowen/700_2.html">下一页</a> <a href="https://evil.example.com/zuowen/700_2.html">2</a>`,
  ).replace('</head>', '<link rel="next" href="https://evil.example.com/zuowen/700_2.html"></head>');
  const other = pagedPage(2, [LEAK, sentence(rr, 40)], '');
  it('is not followed (engine)', async () => {
    const fetchPage = vi.fn(async () => parseHtml(other));
    const a = await extractArticle(parseHtml(first), 'https://xiaorob.com/zuowen/700.html', { fetchPage });
    expect(fetchPage).not.toHaveBeenCalled();
    expect(a.pages).toBe(1);
    expect(outputText(a)).not.toContain(norm(LEAK));
  });
  it('is not followed, not even to a same-named file next to the saved page (CLI)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, '700.html'), first);
    writeFileSync(join(dir, '700_2.html'), other);
    const r = await cli([join(dir, '700.html'), '--url', 'https://xiaorob.com/zuowen/700.html', '--format', 'json']);
    expect(r.code, r.err).toBe(0);
    const a = JSON.parse(r.out) as Article;
    expect(a.pages).toBe(1);
    expect(outputText(a)).not.toContain(norm(LEAK));
    for (const t of own) expect(outputText(a)).toContain(norm(t));
  });
  it('a protocol-relative or http→https variant of another host is not followed either', async () => {
    for (const href of ['//evil.example.com/zuowen/700_2.html', 'http://xiaorob.com.evil.example.com/zuowen/700_2.html', 'https://xiaorob.com@evil.example.com/zuowen/700_2.html']) {
      const page = pagedPage(1, own, `<a href="${href}">下一页</a>`);
      const fetchPage = vi.fn(async () => parseHtml(other));
      await extractArticle(parseHtml(page), 'https://xiaorob.com/zuowen/700.html', { fetchPage });
      expect(fetchPage, href).not.toHaveBeenCalled();
    }
  });
});
