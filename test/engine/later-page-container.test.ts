// A later page the cheap locator cannot decide (a short page of two lines) is read from page 1's
// container, not from what Readability makes of it: Readability folds a <div class="content"> of
// bare <br> lines into an anonymous <p> and takes the whole column, the title's date line, the
// print tools and the pager with it (blind round 55, a PHPCMS 公文 page).
import { describe, expect, it } from 'vitest';
import { cleanHtmlPaged } from '../../src/index.js';
import { parseHtml } from '../../src/node/parse.js';

const URL = 'http://gongwen.example.cn/show-26-93077-1.html';
const P1 = [
  '今年以来，我社区党支部在街道党工委的坚强领导下，坚持以党建引领基层治理，紧紧围绕服务居民的工作目标，扎实推进各项工作。',
  '一、加强理论学习，筑牢思想根基',
  '支部坚持每月集中学习一次，全体党员撰写心得体会，组织专题研讨，党员的理论水平和政治素养不断提高，为做好各项工作打下了基础。',
  '二、规范组织生活，增强支部活力',
  '严格落实三会一课、主题党日和民主评议党员等制度，做到程序规范、记录完整，上半年召开支部委员会8次、党员大会3次。',
];
const P2 = ['三、聚焦民生实事，提升服务质效', '支部坚持把为民办实事作为检验工作成效的重要标准，收集居民微心愿37个，已完成31个。'];

const page = (n: number, lines: string[]): string =>
  `<!doctype html><html><head><meta charset="utf-8"><title>2024年社区党支部上半年工作总结${n > 1 ? `(${n})` : ''}_公文网</title></head><body><div class="main"><div class="col-left">` +
  `<div id="Article"><h1>2024年社区党支部上半年工作总结<br /><span>2024-07-08 16:20:31&nbsp;&nbsp;&nbsp;来源：网络&nbsp;&nbsp;&nbsp;评论：<a href="#c">0</a> 点击：<span id="hits"></span></span></h1>` +
  `<div class="tool"><a href="javascript:window.print();">打印</a> <a href="javascript:;">收藏</a></div>` +
  `<div class="content">\n${lines.map((l) => `&nbsp;&nbsp;&nbsp;&nbsp;${l}<br />`).join('\n')}\n</div>` +
  `<div id="pages" class="text-c">${n > 1 ? `<a class="a1" href="show-26-93077-1.html">上一页</a> <a href="show-26-93077-1.html">1</a> <span>2</span>` : `<a class="a1" href="#">上一页</a> <span>1</span> <a href="show-26-93077-2.html">2</a> <a class="a1" href="show-26-93077-2.html">下一页</a>`} 跳转到：<select><option>第1页</option><option>第2页</option></select></div></div></div>` +
  `<div class="col-auto"><div class="box"><h5>频道总排行</h5><ul class="content digg"><li><a href="/show-26-92990-1.html">个人年终工作总结范文大全</a></li><li><a href="/show-26-92991-1.html">社区工作计划范文</a></li></ul></div></div></div></body></html>`;

describe("a short later page", () => {
  it("is read from page 1's container", async () => {
    const a = await cleanHtmlPaged(page(1, P1), URL, { fetchPage: async () => parseHtml(page(2, P2)) });
    expect(a.pages).toBe(2);
    expect(a.pieces.flatMap((p) => p.paragraphs)).toEqual([...P1, ...P2]);
  });
});
