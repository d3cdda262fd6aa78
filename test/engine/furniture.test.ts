// Page furniture known by name and shape goes however long it is, even beside a short
// article: a cookie bar, a newsletter sign-up box, a thread of readers' comments. A box that
// only shares such a name (the article's own wrapper) stays.
import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../../src/index.js';

const P1 = 'The footbridge over Harbour Road will be closed on two weekends in June while contractors replace its worn deck boards.';
const P2 = 'The council says the bridge will reopen by 7am on each Monday, and that the work avoids the Harbour Festival.';
const LONG = (topic: string): string =>
  Array.from({ length: 4 }, (_, i) => `<p>${topic} paragraph ${i + 1}: we send a short briefing every weekday morning with the stories that matter, council decisions, planning applications and what is on at the weekend.</p>`).join('');
const page = (body: string): string =>
  `<!doctype html><html><head><meta charset="utf-8"><title>Harbour Road footbridge to close</title></head><body>${body}</body></html>`;
const text = (html: string): string => cleanHtml(html, 'https://courier.example/2024/06/03/footbridge/').pieces.flatMap((p) => p.paragraphs).join('\n');

describe('furniture known by name and shape', () => {
  it('a cookie bar first in the body, longer than the article, is not the article', () => {
    const bar = `<div id="cookie-law-info-bar" class="cli-bar-container"><div class="cli-bar-message">We use cookies on our website to give you the most relevant experience by remembering your preferences and repeat visits, to measure how our pages are used and to show advertising that helps pay for local journalism. By clicking Accept All you consent to the use of all the cookies.</div><a role="button">Accept All</a></div>`;
    const out = text(page(`${bar}<main><article><h1>Harbour Road footbridge to close</h1><div class="entry-content"><p>${P1}</p><p>${P2}</p></div></article></main>`));
    expect(out).toContain(P1);
    expect(out).toContain(P2);
    expect(out).not.toContain('cookies');
  });

  it("a wiki's hatnote, maintenance notice, navbox and categories are notes about the article, not of it", () => {
    const wiki = `<div id="mw-content-text"><div class="mw-parser-output"><div role="note" class="hatnote navigation-not-searchable">For the mountain, see Harbour Hill (mountain).</div>
      <table class="box-More_citations_needed plainlinks metadata ambox ambox-content"><tbody><tr><td class="mbox-text">This article needs additional citations for verification.</td></tr></tbody></table>
      <p>${P1}</p><p>${P2}</p>${LONG('History')}<div role="navigation" class="navbox"><div class="navbox-title">Bridges of Harbour Road</div><div class="navbox-list">North Bridge South Bridge</div></div></div></div>
      <div id="catlinks" class="catlinks"><a href="/wiki/Special:Categories">Categories</a>: <a href="/wiki/Category:Bridges">Bridges</a></div>`;
    const out = text(page(`<div id="content"><h1 id="firstHeading">Harbour Road footbridge</h1>${wiki}</div>`));
    expect(out).toContain(P1);
    expect(out).toContain(P2);
    for (const gone of ['For the mountain', 'additional citations', 'Bridges of Harbour Road', 'Categories']) expect(out).not.toContain(gone);
  });

  it('a reading list under its heading, each teaser a headline link and a summary, goes beside a two-paragraph story (round 37)', () => {
    const teaser = (t: string) => `<div class="rec-item"><h3><a href="/news/${t.length}.html">${t} and what it means for the harbour</a></h3><p class="rec-summary">${t}: the council has published its plans for the coming year, with a public meeting in the town hall next month and a consultation that runs until the spring.</p></div>`;
    const list = `<div class="recommend"><h2 class="mod-title">Recommended</h2>${teaser('Ferry timetable changes')}${teaser('New cycle lanes on Quay Street')}${teaser('Library opening hours')}</div>`;
    const out = text(page(`<div class="main-left"><h1>Harbour Road footbridge to close</h1><div class="u-mainText"><p>${P1}</p><p>${P2}</p></div>${list}</div>`));
    expect(out).toContain(P1);
    expect(out).toContain(P2);
    expect(out).not.toContain('consultation');
  });

  it('a newsletter box asking for an e-mail address goes, though it holds more text than the post', () => {
    const box = `<div class="newsletter-signup"><form method="post"><h3>Get the Courier in your inbox</h3>${LONG('Newsletter')}<p><label>Email address <input type="email" name="EMAIL"></label> <input type="submit" value="Sign up"></p></form></div>`;
    const out = text(page(`<main><article><h1>Harbour Road footbridge to close</h1><div class="entry-content"><p>${P1}</p><p>${P2}</p>${box}</div></article></main>`));
    expect(out).toContain(P1);
    expect(out).toContain(P2);
    expect(out).not.toContain('Newsletter paragraph');
  });

  it("a thread of readers' comments goes, though it is longer than the article", () => {
    const item = (i: number): string =>
      `<div class="comment-item"><div class="user">reader${i}</div><div class="comment-text">I walk over this bridge every morning and the boards have been loose for months, so this is good news for everyone who lives on the east side. Comment ${i}.</div><div class="meta"><span>06-20</span><span>Reply</span></div></div>`;
    const out = text(page(`<main><h1>Harbour Road footbridge to close</h1><div class="story"><p>${P1}</p><p>${P2}</p></div><div class="comment-box"><div class="comment-title">Comments (6)</div>${[1, 2, 3, 4, 5, 6].map(item).join('')}</div></main>`));
    expect(out).toContain(P1);
    expect(out).toContain(P2);
    expect(out).not.toContain('Comment 3.');
  });

  it('a document preview\'s page boxes are no thread of reviews ("webpreview" holds no word "review")', () => {
    const pageBox = (i: number): string => `<div class="webpreview-item"><img src="/p${i}.png" alt="第${i}页"><div class="preview-text"><p>Story page ${i}: we send a short briefing every weekday morning with the stories that matter, council decisions and planning applications.</p></div></div>`;
    const html = page(`<main><h1>Harbour Road footbridge to close</h1><div class="webpreview">${[1, 2, 3].map(pageBox).join('')}</div></main>`);
    expect(text(html)).toContain('Story page 3');
  });
  it("an article whose wrapper is named for comments is not a thread: its paragraphs stay", () => {
    const html = page(`<main><h1>Harbour Road footbridge to close</h1><div class="post-body comments-open">${LONG('Story')}</div></main>`);
    expect(text(html)).toContain('Story paragraph 4');
  });

  it('an <aside> of links set in the article goes; a pull quote aside stays', () => {
    const related = '<aside class="inline-related"><span class="label">Related</span> <a href="/news/warm-home-discount">Warm Home Discount: who can claim this winter</a></aside>';
    const quote = '<aside class="pullquote">Nobody told us the bridge would shut for the festival weekend.</aside>';
    const out = text(page(`<article><h1>Harbour Road footbridge to close</h1><p>${P1}</p>${related}<p>${P2}</p>${quote}<p>${P1.replace('June', 'July')}</p></article>`));
    expect(out).not.toContain('Warm Home');
    expect(out).toContain('Nobody told us');
    expect(out).toContain(P2);
  });

  it("a table of contents' box goes with its title and toggle", () => {
    const toc = '<div id="toc-box"><div class="toc-title"><p>Contents</p><span><a href="#" role="button">Toggle</a></span></div><ul><li><a href="#closure">The closure</a></li><li><a href="#detour">The detour</a></li></ul></div>';
    const out = text(page(`<article><h1>Harbour Road footbridge to close</h1><p>${P1}</p>${toc}<h2 id="closure">The closure</h2><p>${P2}</p><h2 id="detour">The detour</h2><p>${P1.replace('June', 'July')}</p></article>`));
    expect(out).not.toMatch(/Contents|Toggle/);
    expect(out).toContain('The detour');
  });

  it("a heading's permalink mark is not part of the title", () => {
    const doc = `<!doctype html><html><head><meta charset="utf-8"><title>Choosing a storage backend — Acme Docs</title></head><body><div class="body"><h1>Choosing a storage backend<a class="headerlink" href="#choosing" title="Link to this heading">¶</a></h1><p>${P1}</p><p>${P2}</p></div></body></html>`;
    expect(cleanHtml(doc, 'https://docs.example/backends.html').title).toBe('Choosing a storage backend');
  });

  it('a guest book or comments section known by its English heading goes; its reading-time byline too', () => {
    const book = '<section class="memories"><h2>Guest book</h2><p>2 entries</p><div><p>She was my teacher in 1968 and I never forgot her kindness to all of us.</p><p>— D. Marr</p></div><div><p>Rest easy, Peggy.</p><p>— The Alcotts</p></div></section>';
    const out = text(page(`<article><h1>Harbour Road footbridge to close</h1><p>Sam Whitcombe · 8 min read</p><p>${P1}</p><p>${P2}</p>${book}</article>`));
    expect(out).toBe(`${P1}\n${P2}`);
  });

  it("a wiki's citation marks go; an author's own footnote mark stays", () => {
    const cite = (n: number): string => `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}">[${n}]</a></sup>`;
    const out = text(page(`<div id="mw-content-text"><h1>Harbour Road footbridge to close</h1><p>${P1}${cite(1)}</p><p>${P2}<sup><a href="#fn2" id="r2">[2]</a></sup></p></div>`));
    expect(out).toBe(`${P1}\n${P2}[2]`);
  });

  it('a table of contents set as lines of one in-page link each goes; the headings it points to stay', () => {
    const toc = '<p><strong>Contents</strong></p><p><a href="#p1">The closure</a></p><p><a href="#p2">The detour</a></p>';
    const out = text(page(`<article><h1>Harbour Road footbridge to close</h1>${toc}<h2 id="p1">The closure</h2><p>${P1}</p><h2 id="p2">The detour</h2><p>${P2}</p><p><a href="#top">Back to top</a></p></article>`));
    expect(out.split('\n').filter((l) => l === 'The closure')).toHaveLength(1);
    expect(out).toContain('The detour');
  });
});

describe('a download card set as a link box mid-sentence (round 49: m.yjbys)', () => {
  it('goes, and the sentence it cut is whole again', () => {
    const card = '<a href="//m.yjbys.com/dldoc/1.html" class="download-card"><div class="download-card-title">《试用期转正工作总结.doc》</div><div class="download-card-tip">将本文的Word文档下载，方便收藏和打印</div><div>推荐度：</div></a>';
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>试用期转正工作总结_应届毕业生网</title></head><body><div class="main-left"><div class="post-title"><h1 class="title">试用期转正工作总结</h1></div><div class="download_boxs"></div><div class="content"><p>转正以后，我将进一步熟悉公司的业务流程，主动向老同事请教，同时学习档案管理的相关课程，争取</p>\n${card}\n<p>早日成为一名合格的行政工作者。</p><p>这是总结的第二段，写得完整，句子通顺。</p></div></div></body></html>`;
    const paras = cleanHtml(html, 'https://m.yjbys.com/zongjie/1.html').pieces.flatMap((p) => p.paragraphs);
    expect(paras[0]).toBe('转正以后，我将进一步熟悉公司的业务流程，主动向老同事请教，同时学习档案管理的相关课程，争取早日成为一名合格的行政工作者。');
    expect(paras.join('')).not.toContain('推荐度');
  });
});

describe("a related list's named label takes its link lines along (round 49: m.wenfanku8)", () => {
  it('goes with every link <p> under it, however long the label', () => {
    const li = (t: string) => `<p class="xgwz_li"><a href="https://m.example.com/duhougan/${t.length}.html">${t}</a></p>`;
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>《平凡的世界》读后感_范文库</title></head><body><div class="content"><p>放下书本，我在日记本上写下了一句话：愿我们都能在平凡的世界里，活出不平凡的自己。</p><p class="xgwz">【《平凡的世界》读后感（通用4篇）】相关文章：</p>${li('《平凡的世界》读书心得')}${li('《平凡的世界》读后感800字')}${li('读《平凡的世界》有感（精选6篇）')}</div></body></html>`;
    expect(cleanHtml(html, 'https://m.example.com/duhougan/1.html').pieces.flatMap((p) => p.paragraphs)).toEqual(['放下书本，我在日记本上写下了一句话：愿我们都能在平凡的世界里，活出不平凡的自己。']);
  });
});

describe("a recipe blog's furniture (blind round 61)", () => {
  it('drops the jump button and the affiliate disclosure above the post', () => {
    const out = text(page(`<article><h1>Harbour Road footbridge to close</h1><div class="entry-content"><div class="wprm-jump"><a href="#recipe">Jump to Recipe</a></div><p class="disclosure">This post may contain affiliate links. Read the full disclosure.</p><p>${P1}</p><p>${P2}</p></div></article>`));
    expect(out).toBe(`${P1}\n${P2}`);
  });
  it('keeps a sentence that only talks about affiliate links', () => {
    const own = 'Many blogs now say that a post may contain affiliate links, and readers have learned to skim past the notice.';
    expect(text(page(`<article><h1>Harbour Road footbridge to close</h1><div class="entry-content"><p>${P1}</p><p>${own}</p><p>${P2}</p></div></article>`))).toContain(own);
  });
});


describe("a recipe card's and a forum's furniture (blind round 60)", () => {
  const card =
    '<div class="wprm-recipe"><h2 class="wprm-recipe-name">Pear galette</h2><div class="wprm-recipe-rating">4.9 from 37 votes</div>' +
    '<div class="wprm-recipe-times"><div><span class="label">Prep Time </span><span>30</span><span>mins</span></div><div><span class="label">Chilling </span><span>1 hr</span></div></div>' +
    '<div><span class="label">Servings </span><span>8</span> <span>slices</span></div><div><span class="label">Course </span><span>Dessert</span></div><div><span class="label">Cuisine </span><span>French</span></div>' +
    `<div class="wprm-recipe-notes"><span style="display: block;">${P1}</span><span style="display: block;">${P2}</span></div>` +
    '<p class="disclaimer"><em>Nutrition information is an automatic estimate and may vary with the ingredients you use.</em></p>' +
    '<div class="wprm-call-to-action"><span>Tried this recipe?</span><span>Leave a rating below and tag @harbourkitchen so I can see it!</span></div></div>';
  it("drops the card's rating, times, servings, tags and prompts; its notes, one span a line, are paragraphs", () => {
    const out = text(page(`<article><h1>Harbour Road footbridge to close</h1><div class="entry-content"><p>${P1} ${P2}</p>${card}</div></article>`));
    expect(out).toBe(`${P1} ${P2}\nPear galette\n${P1}\n${P2}`);
  });
  it("drops a post's like counter and a crawler view's date and post number", () => {
    const post = (n: number, body: string) =>
      `<div class="topic-body crawler-post"><div class="crawler-post-meta">\n<span class="creator"><a rel="nofollow" href="/u/user${n}"><span>user${n}</span></a></span>\n<span class="crawler-post-infos"><time class="post-time">2025-04-0${n}</time><meta itemprop="position" content="${n}"><span>#${n}</span></span>\n</div>` +
      `<div class="post">${body}</div>\n<div><meta itemprop="userInteractionCount" content="${n}" /><span class="post-likes">${n + 1} Likes</span></div></div>`;
    const out = text(page(`<div id="main-outlet"><h1>Harbour Road footbridge to close</h1>${post(1, `<p>${P1}</p>`)}${post(2, `<p>${P2}</p>`)}</div>`));
    expect(out).not.toMatch(/Likes|#\d/);
    expect(out).toContain(P1);
    expect(out).toContain(P2);
  });
});
