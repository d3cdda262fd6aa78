// A "page not found" page served at an article's address (a 404 with reasons and suggested
// stories) is no article; an article about 404 errors is one.
import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../../src/index.js';

const page = (title: string, body: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body><div class="nav"><a href="/">首页</a></div><div class="main">${body}</div></body></html>`;
const reasons = '<h1>抱歉，您访问的页面不存在</h1><p>可能的原因：网址输入有误；该页面已过期或已被移除；链接来自其他网站的错误引用。</p><p>页面将在10秒后自动跳转到网站首页，您也可以返回上一页。</p>';
const story = '<h3><a href="/n/1.html">我市今年将新建改建城市口袋公园四十个</a></h3><p>记者从市园林部门获悉，今年我市计划在老城区和新建片区新建、改建口袋公园四十个。</p>';

describe('a page that says it was not found', () => {
  it.each([['404 - 您访问的页面不存在'], ['Page not found | Bramble & Co. Journal'], ['页面不存在_某某新闻网'], ['404 Not Found']])('"%s" with its reasons and suggestions is no article', (title) => {
    expect(() => cleanHtml(page(title, reasons + story + story), 'https://news.example.cn/2024/0308/11276.shtml')).toThrow(/no article/);
  });
  it('an article about 404 errors, or a long page under such a title, is an article', () => {
    const prose = '<p>' + '服务器返回404状态码，说明请求的资源在服务器上不存在。排查时先检查网址拼写，再看服务器的重写规则是否把请求转到了错误的位置。'.repeat(3) + '</p>';
    expect(cleanHtml(page('404 Not Found: how to fix it | Dev Notes', prose + prose), 'https://dev.example.com/404-fix').pieces.length).toBe(1);
    expect(cleanHtml(page('404 - 页面不存在', prose.repeat(6)), 'https://dev.example.com/a').pieces.length).toBe(1);
  });
});
