import '../../src/engine/readability.js';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/engine/extract.js';
import { isSiblingPage, readPager, entryPageNumber } from '../../src/engine/paging.js';
import { parseHtml } from '../../src/node/parse.js';

const BASE = 'https://www.example-fanwen.cn/a/100.html';

describe('isSiblingPage', () => {
  it.each([
    ['https://www.example-fanwen.cn/a/100_2.html', true],
    ['https://www.example-fanwen.cn/a/100-3.html', true],
    ['https://www.example-fanwen.cn/a/100.html?page=2', true],
    // Joomla's page break (round 36): start=1, 2 … of the same article.
    ['https://www.example-fanwen.cn/a/100.html?start=1', true],
    ['https://www.example-fanwen.cn/a/100.html?limitstart=2', true],
    ['https://www.example-fanwen.cn/a/100.html?start=1&id=9', false],
    ['https://www.example-fanwen.cn/a/101.html', false],
    ['https://www.example-fanwen.cn/a/1002.html', false],
    ['https://www.example-fanwen.cn/b/100_2.html', false],
    ['https://other-site.cn/a/100_2.html', false],
    ['http://www.example-fanwen.cn/a/100_2.html', false],
  ])('%s → %s', (url, ok) => expect(isSiblingPage(url, BASE)).toBe(ok));
  it('an article at a folder pages as numbered files in it, which link back to the folder; two numbered files are not siblings by that', () => {
    const folder = 'https://www.fwsir.example/zongjie/36212/';
    expect(isSiblingPage('https://www.fwsir.example/zongjie/36212/2.html', folder)).toBe(true);
    expect(isSiblingPage(folder, 'https://www.fwsir.example/zongjie/36212/3.html')).toBe(true);
    expect(isSiblingPage('https://www.fwsir.example/zongjie/36213/', folder)).toBe(false);
    expect(isSiblingPage('https://www.fwsir.example/news/124.html', 'https://www.fwsir.example/news/123.html')).toBe(false);
  });
  it('a saved page (file:) matches by file name whatever the folder', () => {
    expect(isSiblingPage('file:///zhuanti/fanwen/169108_2.html', 'file:///home/me/saved/169108.html')).toBe(true);
    expect(isSiblingPage('file:///zhuanti/fanwen/169109.html', 'file:///home/me/saved/169108.html')).toBe(false);
  });

  it('another query of the same file is a page only when it differs in a page number', () => {
    const first = 'https://www.example.net/?p=2318';
    expect(isSiblingPage('https://www.example.net/?p=2318&page=2', first)).toBe(true);
    expect(isSiblingPage('https://www.example.net/index.php?id=7&page=3', 'https://www.example.net/index.php?id=7&page=2')).toBe(true);
    // WordPress's post navigation: rel="next" to the next post, another ?p= of the same file.
    expect(isSiblingPage('https://www.example.net/?p=2330', first)).toBe(false);
    expect(isSiblingPage('https://www.example.net/?p=2318&replytocom=88', first)).toBe(false);
  });
  it('page 1 is a sibling of page 3', () => expect(isSiblingPage(BASE, 'https://www.example-fanwen.cn/a/100_3.html')).toBe(true));
});

describe('readPager', () => {
  it('reads an EmpireCMS pager: 下一页, numbers and 1/9', () => {
    const doc = parseHtml(`<p class="pageLink"><a title="Page">&nbsp;<b>1</b>/<b>9</b> </a><b>1</b>&nbsp;<a href="/a/100_2.html">2</a>&nbsp;<a href="/a/100_3.html">3</a>&nbsp;<a href="/a/100_2.html">下一页</a>&nbsp;<a href="/a/100_9.html">尾页</a></p>`);
    const p = readPager(doc, BASE, BASE, { name: 't', hosts: [], fingerprints: [], pager: '.pageLink' });
    expect(p.next).toBe('https://www.example-fanwen.cn/a/100_2.html');
    expect(p.numbered.get(3)).toBe('https://www.example-fanwen.cn/a/100_3.html');
    expect(p.total).toBe(9);
  });
  it('reads a DedeCMS pagelist with relative links and 共3页', () => {
    const doc = parseHtml(`<ul class="pagelist"><li><a>共3页: </a></li><li><a href='#'>上一页</a></li><li class="thisclass"><a href='#'>1</a></li><li><a href='100_2.html'>2</a></li><li><a href='100_3.html'>3</a></li><li><a href='100_2.html'>下一页</a></li></ul>`);
    const p = readPager(doc, BASE, BASE, null);
    expect(p.next).toBe('https://www.example-fanwen.cn/a/100_2.html');
    expect(p.total).toBe(3);
  });
  it('never takes 下一篇 (the next article) or a link to another site', () => {
    const doc = parseHtml(`<a href="/a/101.html">下一篇</a><a href="https://evil.example.com/a/100_2.html">下一页</a><a href="/a/101.html">下一页</a>`);
    expect(readPager(doc, BASE, BASE, null).next).toBeNull();
  });
  it('reads decorated pager words: 下一页 », 点击进入下一页阅读更多内容 >>, 第2页', () => {
    const doc = parseHtml(`<p><a href="100_2.html">点击进入下一页阅读更多内容 &gt;&gt;</a></p><div class="page-nav"><span>&laquo; 上一页</span> | <a href="100_2.html">第2页</a> | <a href="100_3.html">第3页</a> | <a href="100_2.html">下一页 &raquo;</a></div>`);
    const p = readPager(doc, BASE, BASE, null);
    expect(p.next).toBe('https://www.example-fanwen.cn/a/100_2.html');
    expect(p.numbered.get(3)).toBe('https://www.example-fanwen.cn/a/100_3.html');
    expect(readPager(parseHtml('<a href="/a/101.html">点击阅读下一篇</a>'), BASE, BASE, null).next).toBeNull();
  });
  it('reads page numbers in lenticular brackets: 【第2页】 over -2.html pages (round 41)', () => {
    const p = readPager(parseHtml('<div class="paging"><span>【第1页】</span><a href="100-2.html">【第2页】</a><a href="100-3.html">【第3页】</a></div>'), BASE, BASE, null);
    expect([...p.numbered]).toEqual([[2, 'https://www.example-fanwen.cn/a/100-2.html'], [3, 'https://www.example-fanwen.cn/a/100-3.html']]);
  });
  it('reads a <select> of the pages (bare numbers or page titles), not a <select> of other articles', () => {
    const pager = (options: string) => readPager(parseHtml(`<html><body><p>正文</p><div class="page">第 <select onchange="self.location.href=this.value">${options}</select> 页 共3页</div></body></html>`), BASE, BASE, null);
    const numbers = pager('<option value="/a/100.html" selected>1</option><option value="/a/100_2.html">2</option><option value="100_3.html">3</option>');
    expect([...numbers.numbered]).toEqual([[2, 'https://www.example-fanwen.cn/a/100_2.html'], [3, 'https://www.example-fanwen.cn/a/100_3.html']]);
    const titles = pager('<option value="100.html">第1页：一、指导思想</option><option value="100_2.html">第2页：三、主要工作</option>');
    expect(titles.numbered.get(2)).toBe('https://www.example-fanwen.cn/a/100_2.html');
    const others = pager('<option value="/a/101.html">初一班主任工作总结</option><option value="/a/102.html">初三班主任工作总结</option>');
    expect(others.numbered.size).toBe(0);
  });
  it('reads a 下一页 button that goes by script (onclick location.href, data-href), held to sibling pages', () => {
    const M = 'https://m.example-fanwen.cn/shuzhibaogao/441207.html';
    const doc = parseHtml(`<div class="m-page"><a class="m-next" href="javascript:;" onclick="location.href='/shuzhibaogao/441207_2.html'">点击阅读下一页</a></div><div class="m-nextart"><a href="/shuzhibaogao/441208.html">下一篇：护理部主任述职报告</a></div>`);
    expect(readPager(doc, M, M, null).next).toBe('https://m.example-fanwen.cn/shuzhibaogao/441207_2.html');
    expect(readPager(parseHtml(`<button onclick="window.location.assign('441207_2.html')">下一页</button>`), M, M, null).next).toBe('https://m.example-fanwen.cn/shuzhibaogao/441207_2.html');
    expect(readPager(parseHtml(`<div onclick="if (ok) { self.location.href = &quot;441207_2.html&quot;; }">下一页 &gt;</div>`), M, M, null).next).toBe('https://m.example-fanwen.cn/shuzhibaogao/441207_2.html');
    expect(readPager(parseHtml(`<span data-href="441207_3.html">3</span>`), M, M, null).numbered.get(3)).toBe('https://m.example-fanwen.cn/shuzhibaogao/441207_3.html');
    // Never another article, another site, 下一篇 by script, or a target that is an expression.
    for (const html of [
      `<a href="javascript:;" onclick="location.href='/shuzhibaogao/441208.html'">下一页</a>`,
      `<a href="javascript:;" onclick="location.href='https://evil.example.com/shuzhibaogao/441207_2.html'">下一页</a>`,
      `<a href="javascript:;" onclick="location.href='/shuzhibaogao/441207_2.html'">下一篇</a>`,
      `<a href="javascript:;" onclick="location.href='/shuzhibaogao/441207_'+n+'.html'">下一页</a>`,
      `<a href="javascript:;" onclick="location.href='/shuzhibaogao/441207_2.html' + location.search">下一页</a>`,
      `<a href="javascript:;" onclick="location.href='javascript:alert(1)'">下一页</a>`,
    ]) expect(readPager(parseHtml(html), M, M, null).next).toBeNull();
  });
  it('reads a 加载更多 button that loads the next page, and PATHINFO pages (…/4402.html → …/4402/p/2.html)', () => {
    const M = 'https://m.example-fanwen.cn/shuzhi/5521.html';
    const more = parseHtml(`<div class="loadmore"><button type="button" data-page="2" data-url="/shuzhi/5521_2.html">加载更多</button></div><a href="/shuzhi/5522.html">下一篇</a>`);
    expect(readPager(more, M, M, null).next).toBe('https://m.example-fanwen.cn/shuzhi/5521_2.html');
    expect(readPager(parseHtml(`<button data-url="/api/comments?page=2">加载更多</button>`), M, M, null).next).toBeNull();
    const T = 'https://www.example.cn/index.php/show/4402.html';
    expect(isSiblingPage('https://www.example.cn/index.php/show/4402/p/2.html', T)).toBe(true);
    expect(isSiblingPage(T, 'https://www.example.cn/index.php/show/4402/p/2.html')).toBe(true);
    expect(isSiblingPage('https://www.example.cn/index.php/show/4402/p/3.html', 'https://www.example.cn/index.php/show/4402/p/2.html')).toBe(true);
    expect(isSiblingPage('https://www.example.cn/index.php/show/4403/p/2.html', T)).toBe(false);
  });
  it('ignores # and javascript: links', () => {
    const doc = parseHtml(`<a href="#">下一页</a><a href="javascript:next()">下一页</a>`);
    expect(readPager(doc, BASE, BASE, null).next).toBeNull();
  });
});

/** A paged article of `n` pages; page k's 下一页 goes to `nextOf(k)`. */
function site(n: number, nextOf: (k: number) => number | null = (k) => (k < n ? k + 1 : null)) {
  const url = (k: number): string => (k === 1 ? BASE : BASE.replace('100.html', `100_${k}.html`));
  const html = (k: number): string => {
    const nums = Array.from({ length: n }, (_, i) => (i + 1 === k ? `<b>${k}</b>` : `<a href="${url(i + 1)}">${i + 1}</a>`)).join(' ');
    const next = nextOf(k);
    return `<html><head><title>分页测试文章_范文网</title></head><body><h1>分页测试文章</h1><div id="text"><p>第${k}页第一段，内容完整。这一段写得比较长，好让阅读模式认出这里是正文，而不是导航或者页脚。</p><p>第${k}页第二段，写到这里${k < n ? '被' : '结束了。'}</p></div><div class="pages">${nums} ${next ? `<a href="${url(next)}">下一页</a>` : ''}</div></body></html>`;
  };
  return { url, html };
}

describe('extractArticle follows pages', () => {
  it('merges every page and joins the paragraph cut at each break', async () => {
    const s = site(4);
    const progress: number[] = [];
    const a = await extractArticle(parseHtml(s.html(1)), BASE, {
      fetchPage: async (u) => parseHtml(s.html(Number(/_(\d+)/.exec(u)?.[1] ?? 1))),
      onProgress: (p) => progress.push(p.page),
    });
    expect(a.pages).toBe(4);
    expect(progress).toEqual([2, 3, 4]);
    expect(a.pieces[0]!.paragraphs[1]).toMatch(/^第1页第二段，写到这里被第2页第一段，内容完整。/);
    expect(a.failedPages).toEqual([]);
  });
  it('a missing page is named, the pages around it are kept, nothing is joined across it', async () => {
    const s = site(9);
    const a = await extractArticle(parseHtml(s.html(1)), BASE, {
      fetchPage: async (u) => {
        const k = Number(/_(\d+)/.exec(u)?.[1]);
        if (k === 5) throw new Error('HTTP 404');
        return parseHtml(s.html(k));
      },
    });
    expect(a.pages).toBe(8);
    expect(a.failedPages).toEqual([{ page: 5, url: s.url(5), reason: 'HTTP 404' }]);
    const text = a.pieces.flatMap((p) => p.paragraphs).join('\n');
    for (const k of [1, 2, 3, 4, 6, 7, 8, 9]) expect(text).toContain(`第${k}页第一段`);
    expect(text).toContain('第4页第二段，写到这里被\n第6页第一段');
  });
  it('a loop of next links ends', async () => {
    const s = site(3, (k) => (k === 3 ? 2 : k + 1));
    let calls = 0;
    const a = await extractArticle(parseHtml(s.html(1)), BASE, {
      fetchPage: async (u) => {
        calls++;
        return parseHtml(s.html(Number(/_(\d+)/.exec(u)?.[1])));
      },
    });
    expect(a.pages).toBe(3);
    expect(calls).toBe(2);
  });
  it('stops at maxPages', async () => {
    const s = site(80);
    const a = await extractArticle(parseHtml(s.html(1)), BASE, { fetchPage: async (u) => parseHtml(s.html(Number(/_(\d+)/.exec(u)?.[1]))) });
    expect(a.pages).toBe(50);
  });
  it('without fetchPage reads the first page only', async () => {
    const a = await extractArticle(parseHtml(site(3).html(1)), BASE);
    expect(a.pages).toBe(1);
  });
});

describe('articles at a folder', () => {
  it('pages as sub-folders ("…/20240311/" → "…/20240311/2/") are siblings, and page 2 links back', async () => {
    const { isSiblingPage } = await import('../../src/engine/paging.js');
    expect(isSiblingPage('https://x.cn/a/20240311/2/', 'https://x.cn/a/20240311/')).toBe(true);
    expect(isSiblingPage('https://x.cn/a/20240311/3/', 'https://x.cn/a/20240311/2/')).toBe(true);
    expect(isSiblingPage('https://x.cn/a/20240312/', 'https://x.cn/a/20240311/')).toBe(false);
    expect(isSiblingPage('https://x.cn/a/20240311/pic/', 'https://x.cn/a/20240311/')).toBe(false);
  });
});

describe('articles at a folder URL paged as its default document', () => {
  it('"…/8523/" is index.html: index_2.html and index_3.html are its pages, another folder is not', () => {
    const dir = 'http://www.example-fanwen.cn/jianghua/banzu/8523/';
    expect(isSiblingPage(dir + 'index_2.html', dir)).toBe(true);
    expect(isSiblingPage(dir + 'index_3.html', dir + 'index.html')).toBe(true);
    expect(isSiblingPage(dir + 'index.html', dir + 'index_2.html')).toBe(true);
    expect(isSiblingPage(dir + 'list_35_2.html', dir)).toBe(false);
    expect(isSiblingPage('http://www.example-fanwen.cn/jianghua/banzu/8524/', dir)).toBe(false);
    expect(isSiblingPage('http://www.example-fanwen.cn/jianghua/banzu/8524/index_2.html', dir)).toBe(false);
    const doc = parseHtml(`<ul class="pagelist"><li><a>共3页:</a></li><li><a href="#">上一页</a></li><li class="thisclass"><a href="#">1</a></li><li><a href="index_2.html">2</a></li><li><a href="index_3.html">3</a></li><li><a href="index_2.html">下一页</a></li></ul>`);
    const p = readPager(doc, dir, dir, null);
    expect(p.next).toBe(dir + 'index_2.html');
    expect(p.numbered.get(3)).toBe(dir + 'index_3.html');
  });
});

describe('entryPageNumber: which page of its article a page is, by its pager', () => {
  const base = 'https://xiaorob.com/a/169108';
  const pager = (numbered: [number, string][], next: string | null = null, total: number | null = null) => ({ next, numbered: new Map(numbered), total });
  it('is page 1 when the pager links no page 1 elsewhere, or the page itself', () => {
    expect(entryPageNumber(`${base}.html`, pager([[2, `${base}_2.html`], [3, `${base}_3.html`]], `${base}_2.html`))).toBe(1);
    expect(entryPageNumber(`${base}.html`, pager([[1, `${base}.html`], [2, `${base}_2.html`]]))).toBe(1);
  });
  it('is the one number the pager leaves out, or the page after the last it links', () => {
    expect(entryPageNumber(`${base}_3.html`, pager([[1, `${base}.html`], [2, `${base}_2.html`], [4, `${base}_4.html`]], `${base}_4.html`))).toBe(3);
    expect(entryPageNumber(`${base}_3.html`, pager([[1, `${base}.html`], [2, `${base}_2.html`]]))).toBe(3);
  });
  it('is page 1 when the "page 1" is another article (not a sibling page)', () => {
    expect(entryPageNumber(`${base}_3.html`, pager([[1, 'https://xiaorob.com/b/555.html'], [2, 'https://xiaorob.com/b/555_2.html']]))).toBe(1);
  });
});

describe('a later page of a page without a site rule', () => {
  // An unknown template: the article in div.content inside a column beside a sidebar list.
  const P = (n: number, k: number): string => `<p>第${n}页第${k}段：社区志愿服务要坚持常态化、规范化，把服务送到居民家门口，让每一位居民都能感受到身边的温暖。</p>`;
  const last = '<ol start="4"><li>完善志愿服务安全保障，为骨干志愿者购买意外保险。</li><li>年底评选优秀志愿者十名，在社区宣传栏公示表彰。</li></ol><h3>四、时间安排</h3><ul><li>一季度：完成志愿者注册信息更新；</li><li>二季度：组织环境整治志愿服务；</li><li>三季度：开展暑期青少年志愿服务；</li><li>四季度：做好全年总结和表彰。</li></ul><p>社区居委会</p><p>2024年1月8日</p>';
  const page = (n: number, paras: number): string =>
    `<html><head><meta charset="utf-8"><title>社区志愿服务工作计划_某某计划网</title></head><body><div class="wrap"><div class="place">当前位置：<a href="/">首页</a> &gt; 正文</div>` +
    `<div class="main-left"><div class="article"><h1>社区志愿服务工作计划</h1><div class="content">${paras ? Array.from({ length: paras }, (_, k) => P(n, k + 1)).join('') : last}</div>` +
    `<div class="pagebreak"><a href="/j/7721.html">1</a> <a href="/j/7721_2.html">2</a> <a href="/j/7721_2.html">下一页</a></div></div></div>` +
    `<div class="main-right"><div class="box"><h3>热门范文</h3><ul><li><a href="/a/1.html">个人工作总结范文</a></li><li><a href="/a/2.html">入党积极分子思想汇报</a></li><li><a href="/a/3.html">辞职报告简短版</a></li></ul></div></div></div></body></html>`;
  it('is read from the container page 1 was read from, not from what Readability takes on its short page', async () => {
    const url = 'https://www.plan.example/j/7721.html';
    const a = await extractArticle(parseHtml(page(1, 6)), url, { fetchPage: async () => parseHtml(page(2, 0)) });
    expect(a.pages).toBe(2);
    const text = a.pieces.flatMap((p) => p.paragraphs);
    expect(text.at(-1)).toBe('2024年1月8日');
    expect(text.join('\n')).not.toMatch(/热门范文|入党积极分子/);
  });
});
