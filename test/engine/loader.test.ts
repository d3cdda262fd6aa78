// The incremental loader: pages in parallel (bounded), page 1 at once, pages shown in order,
// a failed page retried into its place, and the same article as the sequential path.
import '../../src/engine/readability.js';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/engine/extract.js';
import { ArticleLoader, type Snapshot } from '../../src/engine/loader.js';
import { parseHtml } from '../../src/node/parse.js';

const BASE = 'https://www.example-fanwen.cn/a/100.html';
const url = (k: number): string => (k === 1 ? BASE : BASE.replace('100.html', `100_${k}.html`));
const pageOf = (u: string): number => Number(/_(\d+)/.exec(u)?.[1] ?? 1);

/** A paged article; `numbered` false: only 下一页 links (the pages must be walked in turn). */
function html(k: number, n: number, numbered = true): string {
  const nums = numbered ? Array.from({ length: n }, (_, i) => (i + 1 === k ? `<b>${k}</b>` : `<a href="${url(i + 1)}">${i + 1}</a>`)).join(' ') : '';
  const next = k < n ? `<a href="${url(k + 1)}">下一页</a>` : '';
  return `<html><head><title>分页测试文章_范文网</title></head><body><h1>分页测试文章</h1><div id="text"><p>第${k}页第一段，内容完整。这一段写得比较长，好让阅读模式认出这里是正文，而不是导航或者页脚。</p><p>第${k}页第二段，写到这里${k < n ? '被' : '结束了。'}</p></div><div class="pages">${nums} ${next}</div></body></html>`;
}

/** A fetchPage whose answers the test releases by hand, counting pages in flight. */
function gatedFetch(n: number, numbered = true) {
  const gates = new Map<number, { resolve: () => void; reject: (e: Error) => void }>();
  let inFlight = 0;
  let maxInFlight = 0;
  const requested: number[] = [];
  const fetchPage = (u: string): Promise<Document> => {
    const k = pageOf(u);
    requested.push(k);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    return new Promise<Document>((resolve, reject) => {
      gates.set(k, {
        resolve: () => (inFlight--, resolve(parseHtml(html(k, n, numbered)))),
        reject: (e) => (inFlight--, reject(e)),
      });
    });
  };
  const settle = async (k: number, error?: string) => {
    const g = gates.get(k);
    if (!g) throw new Error(`page ${k} was not requested`);
    gates.delete(k);
    if (error) g.reject(new Error(error));
    else g.resolve();
    await new Promise((r) => setTimeout(r, 0));
  };
  return { fetchPage, settle, requested, max: () => maxInFlight };
}

const text = (s: Snapshot) => s.article!.pieces.flatMap((p) => p.paragraphs).join('\n');

describe('ArticleLoader', () => {
  it('shows page 1 at once and fetches numbered pages a few at a time', async () => {
    const f = gatedFetch(9);
    let changes = 0;
    const loader = new ArticleLoader(parseHtml(html(1, 9)), BASE, { fetchPage: f.fetchPage, concurrency: 3, onChange: () => changes++ });
    const first = loader.snapshot();
    expect(first.shownPages).toBe(1);
    expect(first.total).toBe(9);
    expect(text(first)).toContain('第1页第一段');
    expect(first.done).toBe(false);
    expect(f.requested).toEqual([2, 3, 4]);
    // Page 3 first: nothing new is shown (page 2 is still loading), but page 5 starts.
    await f.settle(3);
    expect(loader.snapshot().shownPages).toBe(1);
    expect(changes).toBe(0); // nothing new to show
    expect(f.requested).toEqual([2, 3, 4, 5]);
    await f.settle(2);
    const s = loader.snapshot();
    expect(s.shownPages).toBe(3);
    expect(text(s)).toContain('第3页第一段');
    for (const k of [4, 5, 6, 7, 8, 9]) await f.settle(k);
    const done = await loader.whenDone();
    expect(done.done).toBe(true);
    expect(f.max()).toBe(3);
    expect(done.article!.pages).toBe(9);
    expect(changes).toBeGreaterThan(0);
    expect(changes).toBeLessThanOrEqual(8);
  });

  it('walks 下一页 links one page after another when the pager has no numbers', async () => {
    const f = gatedFetch(4, false);
    const loader = new ArticleLoader(parseHtml(html(1, 4, false)), BASE, { fetchPage: f.fetchPage, concurrency: 3 });
    expect(f.requested).toEqual([2]);
    await f.settle(2);
    expect(f.requested).toEqual([2, 3]);
    await f.settle(3);
    await f.settle(4);
    expect((await loader.whenDone()).article!.pages).toBe(4);
  });

  it('gives the sequential path’s article, cuts joined across pages', async () => {
    const fetchPage = async (u: string) => parseHtml(html(pageOf(u), 9));
    const sequential = await extractArticle(parseHtml(html(1, 9)), BASE, { fetchPage });
    const parallel = (await new ArticleLoader(parseHtml(html(1, 9)), BASE, { fetchPage, concurrency: 4 }).whenDone()).article!;
    expect(parallel.pieces).toEqual(sequential.pieces);
    expect(parallel.pageUrls).toEqual(sequential.pageUrls);
    expect(parallel.removed).toEqual(sequential.removed);
  });

  it('opened on a later page, it takes its place and the pages before it load: the article from page 1', async () => {
    const fetchPage = async (u: string) => parseHtml(html(pageOf(u), 9));
    const sequential = await extractArticle(parseHtml(html(1, 9)), BASE, { fetchPage });
    for (const k of [5, 9]) {
      const fromLater = (await new ArticleLoader(parseHtml(html(k, 9)), url(k), { fetchPage, concurrency: 3 }).whenDone()).article!;
      expect(fromLater.url).toBe(BASE);
      expect(fromLater.pageUrls).toEqual(sequential.pageUrls);
      expect(fromLater.pieces).toEqual(sequential.pieces);
      const fromLaterSequential = await extractArticle(parseHtml(html(k, 9)), url(k), { fetchPage });
      expect(fromLaterSequential.pieces).toEqual(sequential.pieces);
    }
  });

  it('a failed page is a gap; retried, it takes its place', async () => {
    let fail = true;
    const fetchPage = async (u: string) => {
      if (pageOf(u) === 5 && fail) throw new Error('HTTP 503');
      return parseHtml(html(pageOf(u), 9));
    };
    const loader = new ArticleLoader(parseHtml(html(1, 9)), BASE, { fetchPage });
    const broken = await loader.whenDone();
    expect(broken.failed).toEqual([{ page: 5, url: url(5), reason: 'HTTP 503' }]);
    expect(broken.article!.failedPages).toEqual(broken.failed);
    expect(text(broken)).toContain('第4页第二段，写到这里被\n第6页第一段');
    fail = false;
    const fixed = await loader.retry(5);
    expect(fixed.failed).toEqual([]);
    const whole = await extractArticle(parseHtml(html(1, 9)), BASE, { fetchPage });
    expect(fixed.article!.pieces).toEqual(whole.pieces);
    expect(fixed.article!.pages).toBe(9);
  });

  it('without fetchPage: page 1 only, done at once', async () => {
    const s = await new ArticleLoader(parseHtml(html(1, 3)), BASE).whenDone();
    expect(s.done).toBe(true);
    expect(s.article!.pages).toBe(1);
  });

  it('a spent work budget ends the article with a note, like the sequential path', async () => {
    const fetchPage = async (u: string) => parseHtml(html(pageOf(u), 9));
    const one = new ArticleLoader(parseHtml(html(1, 9)), BASE).snapshot().article!.work!;
    const s = await new ArticleLoader(parseHtml(html(1, 9)), BASE, { fetchPage, workBudget: one * 2.5, concurrency: 1 }).whenDone();
    expect(s.done).toBe(true);
    expect(s.article!.pages).toBeGreaterThan(1);
    expect(s.article!.pages).toBeLessThan(9);
    expect(s.article!.notes!.join(' ')).toMatch(/work budget ran out/);
  });

  it('stops at maxPages', async () => {
    const s = await new ArticleLoader(parseHtml(html(1, 80)), BASE, { fetchPage: async (u) => parseHtml(html(pageOf(u), 80)), maxPages: 20 }).whenDone();
    expect(s.article!.pages).toBe(20);
  });
});
