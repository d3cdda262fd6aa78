// Hidden nodes go (anti-copy spans), but hiding never takes the article itself: a page's
// stylesheet is matched as the page matches it, and what hides most of the text is kept.
import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../../src/index.js';

const P1 = '今年以来，我们坚持以学生为中心，认真落实各项教学任务，取得了一定成绩，得到了家长的认可。';
const P2 = '下一步，我们将继续深化课堂教学改革，努力提高教学质量，让每一个孩子都能健康快乐地成长。';
const P3 = '最后，感谢各位老师一年来的辛勤付出，祝大家新年快乐，工作顺利，身体健康，阖家幸福。';
const page = (style: string, body: string): string =>
  `<!doctype html><html><head><meta charset="utf-8"><title>工作总结</title><style>${style}</style></head><body>${body}</body></html>`;
const text = (html: string): string[] => cleanHtml(html, 'https://news.example.cn/a/1.html').pieces.flatMap((p) => p.paragraphs);

describe('hidden content', () => {
  it('a descendant hiding rule hides only what it selects, not every element of its last class', () => {
    const html = page('.header-undermenu .wrapper{display:none}', `<div class="header-undermenu"><div class="wrapper">菜单项</div></div><div class="wrapper"><article><p>${P1}</p><p>${P2}</p><p>${P3}</p></article></div>`);
    expect(text(html)).toEqual([P1, P2, P3]);
  });

  it('rules inside @media are conditional and left alone', () => {
    const html = page('@media (max-width: 768px) { .main { display: none } }', `<div class="main"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div>`);
    expect(text(html)).toEqual([P1, P2, P3]);
  });

  it('rules inside an unconditional @media screen block apply; print and width blocks do not', () => {
    const css = '@media screen{ .wm{display:none} } @media print{ .body{display:none} } @media only screen and (max-width: 600px){ .side{display:none} }';
    const html = page(css, `<div class="body"><p>今年以来，我们坚持<span class="wm">本文来自某某网</span>以学生为中心，认真落实各项教学任务，取得了一定成绩，得到了家长的认可。</p><p>${P2}</p><p class="side">${P3}</p></div>`);
    expect(text(html)).toEqual([P1, P2, P3]);
  });

  it('an anti-copy class the stylesheet hides still goes, inside a sentence', () => {
    const html = page('.wm{display:none}', `<article><p>今年以来，我们坚持<span class="wm">本文来自某某网</span>以学生为中心，认真落实各项教学任务，取得了一定成绩，得到了家长的认可。</p><p>${P2}</p><p>${P3}</p></article>`);
    expect(text(html)).toEqual([P1, P2, P3]);
  });

  it('an article inside <div hidden> or visibility:hidden, which the page reveals by script, is kept', () => {
    for (const wrap of ['<div hidden>', '<div id="js_content" style="visibility: hidden;">', '<div aria-hidden="true">']) {
      const html = page('', `<header><a href="/">首页</a></header>${wrap}<p>${P1}</p><p>${P2}</p><p>${P3}</p></div>`);
      expect(text(html), wrap).toEqual([P1, P2, P3]);
    }
  });
});

describe('visually hidden jammer text (round 25)', () => {
  it('a class that clips its element to nothing out of the flow hides it; a clip alone in the flow does not', () => {
    const jam = '今年以来，我们坚持<span class="kt-w">课堂250</span>以学生为中心，认真落实各项教学任务，取得了一定成绩，得到了家长的认可。';
    expect(text(page('.kt-w{position:absolute;clip:rect(0 0 0 0);width:1px;height:1px;overflow:hidden}', `<article><p>${jam}</p><p>${P2}</p><p>${P3}</p></article>`))).toEqual([P1, P2, P3]);
    expect(text(page('.sr{position:absolute!important;clip:rect(1px,1px,1px,1px)}', `<article><p>${jam.replace('kt-w', 'sr')}</p><p>${P2}</p><p>${P3}</p></article>`))).toEqual([P1, P2, P3]);
    const kept = jam.replace(/<[^>]+>/g, '');
    expect(text(page('.kt-w{clip:rect(0 0 0 0)}', `<article><p>${jam}</p><p>${P2}</p><p>${P3}</p></article>`))).toEqual([kept, P2, P3]);
  });

  it('a sales link set into a sentence ("【VIP】海量演讲稿免费下载") goes, the sentence stays whole', () => {
    const html = page('', `<article><p>我们要像那棵梧桐一样，<a class="kt-inad" href="/vip/?from=inline">【VIP】海量演讲稿免费下载</a>朝着光亮的地方生长，不怕风雨，不惧严寒，一直向上。</p><p>${P2}</p><p>${P3}</p></article>`);
    expect(text(html)[0]).toBe('我们要像那棵梧桐一样，朝着光亮的地方生长，不怕风雨，不惧严寒，一直向上。');
  });
});
