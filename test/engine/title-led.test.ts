// A short article is known from its own heading: the prose that follows the page's title <h1>
// in the box they share is the article, however much longer the boxes elsewhere are — a
// thread of readers' posts after it, a sidebar's blurb in the column before it, a "most read"
// list of teasers beside it (blind round 53).
import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../../src/index.js';

const URL = 'https://notes.example/2025/05/03/first-swifts/';
const text = (html: string): string => cleanHtml(html, URL).pieces.flatMap((p) => p.paragraphs).join('\n');
const page = (title: string, body: string, charset = 'utf-8'): string =>
  `<!doctype html><html><head><meta charset="${charset}"><title>${title} – Small Garden Notes</title></head><body>${body}</body></html>`;

const POST = 'Three swifts over the chapel roof at quarter past seven this evening, screaming low enough that I heard them first. Nine days later than last year.';

describe('a short article led by its title heading', () => {
  it("beats a longer thread of readers' posts, each an <li><article> of its own (WordPress's comment list)", () => {
    const comment = (i: number, cls: string) =>
      `<li id="comment-${i}" class="comment ${cls} depth-1"><article id="div-comment-${i}" class="comment-body"><footer class="comment-meta"><b class="fn">Reader ${i}</b> says: <time>May ${i}, 2025</time></footer>` +
      `<div class="comment-content"><p>Reader ${i} here: we have not had a single one yet, though the house martins arrived on Tuesday and are already arguing over last year's mud nests under the eaves of the barn.</p>` +
      `<p>I always feel the summer has not properly started until I hear them, and this year it feels later than ever, so I am glad somebody has seen some at last.</p></div><div class="reply"><a href="#c">Reply</a></div></article></li>`;
    const html = page(
      'First swifts of the year',
      `<div id="primary"><main id="main"><article class="post type-post format-status"><header class="entry-header"><h1 class="entry-title">First swifts of the year</h1></header>` +
        `<div class="entry-content"><p>${POST}</p></div></article>` +
        `<div id="comments" class="comments-area"><h2 class="comments-title">6 Replies</h2><ol class="comment-list">${[1, 2, 3, 4, 5, 6].map((i) => comment(i, i % 2 ? 'odd alt thread-odd' : 'even thread-even')).join('')}</ol></div></main></div>`,
    );
    const out = text(html);
    expect(out).toContain(POST);
    expect(out).not.toContain('house martins');
  });

  it("beats a blog sidebar's About blurb that the page labels as its widget area", () => {
    const sidebar = `<div id="secondary" class="widget-area" aria-label="Blog Sidebar"><section class="widget widget_text"><h2 class="widget-title">About this blog</h2><p>A diary of the wildlife that turns up in a small walled yard in a market town: what came, when it came, and what I planted to tempt it back again.</p></section><section class="widget"><h2>Archives</h2><ul><li><a href="/2025/05/">May 2025</a></li><li><a href="/2025/04/">April 2025</a></li></ul></section></div>`;
    const out = text(page('First swifts of the year', `<div id="primary"><main><article><h1 class="entry-title">First swifts of the year</h1><div class="entry-content"><p>${POST}</p></div></article></main></div>${sidebar}`));
    expect(out).toContain(POST);
    expect(out).not.toContain('walled yard');
  });

  it("beats a longer blurb in the column before the title's column (a school site's 本馆简介)", () => {
    const NOTICE = '根据学校端午节放假安排，图书馆6月8日至6月10日闭馆，6月11日起恢复正常开放。假期前借阅的图书，到期日自动顺延至6月14日，读者无需办理续借。';
    const BLURB = '临溪师范学院图书馆始建于1956年，现有文理馆和艺术分馆两处馆舍，建筑面积三万余平方米，阅览座位两千八百个。馆藏纸质图书一百六十余万册，订购中外文数据库四十余个，实行藏借阅咨一体化的开放式服务，周开放时间九十八小时，年接待读者八十余万人次，是全省首批数字图书馆建设单位之一，也是本地区文献信息服务中心。';
    const left = `<div class="left"><div class="lm_name">通知公告</div><div class="bggk_jj"><h3>本馆简介</h3><p>${BLURB}</p></div><div class="left_list"><ul>${[1, 2, 3].map((i) => `<li><a href="${i}.htm">关于第${i}次通知</a><span>2024-06-0${i}</span></li>`).join('')}</ul></div></div>`;
    const right = `<div class="right"><div class="content"><h1>关于端午节期间图书馆开放安排的公告</h1><div class="info">发布时间：2024-06-05</div><div id="vsb_content"><div class="v_news_content"><p>${NOTICE}</p><p>图书馆</p><p>2024年6月5日</p></div></div></div></div>`;
    const out = text(page('关于端午节期间图书馆开放安排的公告', `<div class="main">${left}${right}</div>`));
    expect(out).toContain(NOTICE);
    expect(out).toContain('2024年6月5日');
    expect(out).not.toContain('始建于1956年');
  });

  it('is an article though an ad cut it into lines each shorter than a paragraph, beside a most-read list of teasers', () => {
    const teaser = (i: number) => `<li><a href="/news/story-${i}"><span class="rank">${i}</span><h3>Story number ${i} on the bypass roundabout</h3><p>Drivers heading for the retail park are told to use the old Mill Road route while the junction is resurfaced, story ${i}.</p></a></li>`;
    const html = page(
      'Library extends Saturday opening hours',
      `<main><article class="article"><h1 class="article-title">Library extends Saturday opening hours</h1><div class="article-body">` +
        `<p>Northvale Central Library will stay open until 5pm on Saturdays from 5 April, two hours later than now,<div class="ad-inline"><span class="ad-label">Advertisement</span></div>after the council agreed to move three part-time posts.</p>` +
        `<p>The reading room and the children's floor keep the longer hours. Sunday opening is unchanged.</p></div></article></main>` +
        `<aside class="rail"><section class="most-read"><h2>Most read</h2><ol>${[1, 2, 3, 4, 5, 6, 7, 8].map(teaser).join('')}</ol></section></aside>`,
    );
    const out = text(html);
    expect(out).toContain('two hours later than now');
    expect(out).toContain('Sunday opening is unchanged.');
    expect(out).not.toContain('Mill Road');
  });
});
