// The article's title: the heading <title> starts with — but not the site's name linked to its
// home page, which a blog's <title> also starts with ("Blog name: Post title").
import { describe, expect, it } from 'vitest';
import { findTitle } from '../../src/engine/meta.js';
import { parseHtml } from '../../src/node/parse.js';

const page = (title: string, body: string) => parseHtml(`<html><head><title>${title}</title></head><body>${body}</body></html>`);

describe('the title', () => {
  it("a blog's linked name in <h1> is its logo; the post title comes from the post's heading", () => {
    const doc = page(
      'Elm Street Community Garden: Plot sign-ups, the new water rota, and a thank-you',
      `<header><h1 class="title"><a href="https://elmstreetgarden.blogspot.com/">Elm Street Community Garden</a></h1></header><div class="post"><h3 class="post-title entry-title">Plot sign-ups, the new water rota, and a thank-you</h3><p>Text.</p></div>`,
    );
    expect(findTitle(doc, null).title).toBe('Plot sign-ups, the new water rota, and a thank-you');
  });
  it('a sub-heading that is exactly the first part of <title> is the title', () => {
    expect(findTitle(page('舊信 - 林予安的詩 - 河岸詩頁', '<div class="side"><h4>林予安的詩</h4></div><h2 class="ptitle">舊信</h2><div>母親的字</div>'), null).title).toBe('舊信');
  });
  it("any part of <title> set as a bold line is the title: the site's name may come first", () => {
    const doc = page('Kestrel Valley Local History Society - Ashby Mill, Lower Brenton', '<img alt="Kestrel Valley Local History Society"><font size="5"><b>Ashby Mill, Lower Brenton</b></font><br>The mill was built in 1790.');
    expect(findTitle(doc, null)).toEqual({ title: 'Ashby Mill, Lower Brenton', siteName: 'Kestrel Valley Local History Society' });
  });
  it("a two-character word after the title is no site's name (搜狐号's 标题_孩子_学校_家长)", () => {
    expect(findTitle(page('开学第一周，班主任给家长的信怎么写？附3篇范文_孩子_学校_家长', '<h1>开学第一周，班主任给家长的信怎么写？附3篇范文</h1>'), null).siteName).toBeNull();
    expect(findTitle(page('教师工作总结_工作总结_范文网', '<h1>教师工作总结</h1>'), null).siteName).toBe('范文网');
    expect(findTitle(page('对话古籍修复师贺兰_潮流号·文化_潮流新闻', '<h1>对话古籍修复师贺兰</h1>'), null).siteName).toBe('潮流新闻');
  });
  it('an <h1> that is the title keeps being the title, linked or not', () => {
    expect(findTitle(page('春天的校园_某某范文网', '<h1><a href="/zuowen/123.html">春天的校园</a></h1>'), null).title).toBe('春天的校园');
    expect(findTitle(page('Harbour Road footbridge to close | Courier', '<h1>Harbour Road footbridge to close</h1>'), null).title).toBe('Harbour Road footbridge to close');
  });
});

describe("the site's name set as a heading", () => {
  it("is not the title: phpBB's header <h1> is the board's name, which <title> ends with", () => {
    const doc = page(
      'Replacing the timing belt: worth doing myself? - DIY Car Repair Forum',
      '<div class="site-description"><a class="logo" href="./index.php"></a><h1>DIY Car Repair Forum</h1><p>Fix it yourself</p></div><h2 class="topic-title"><a href="./viewtopic.php?t=8841">Replacing the timing belt: worth doing myself?</a></h2><div class="content">Text.</div>',
    );
    expect(findTitle(doc, null)).toEqual({ title: 'Replacing the timing belt: worth doing myself?', siteName: 'DIY Car Repair Forum' });
  });
  it('stays the title where <title> is that name alone or starts with it', () => {
    expect(findTitle(page('Elm Street Garden', '<h1>Elm Street Garden</h1>'), null).title).toBe('Elm Street Garden');
    expect(findTitle(page('About us - About us', '<h1>About us</h1>'), null).title).toBe('About us');
  });
});

describe("a title whose site name comes first", () => {
  it('keeps the heading that is its last part ("blogname — Post title")', () => {
    expect(findTitle(page('plotforty-one — The shed inventory, spring edition', '<h1 class="title">The shed inventory, spring edition</h1>'), null).title).toBe('The shed inventory, spring edition');
  });
});
