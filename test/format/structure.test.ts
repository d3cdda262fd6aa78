// The writers on typed blocks: Markdown (GFM tables, nested lists, images, code), plain text, HTML.
import { describe, expect, it } from 'vitest';
import type { ContentBlock } from '../../src/engine/types.js';
import { toHtml, toMarkdown, toText } from '../../src/format/index.js';
import { makeArticle } from './article.js';

const TABLE: ContentBlock = {
  type: 'table',
  rows: [['姓名', 'a|b', '照片'], ['经历', '2020<br>\n2021', ''], ['', '合计', '']],
  spans: [[0, 2, 2, 1], [1, 0, 2, 1]],
};
const LIST: ContentBlock = { type: 'list', ordered: true, items: ['甲', '甲一', '甲二', '乙'], levels: [0, 1, 1, 0] };
const BLOCKS: ContentBlock[] = [
  { type: 'paragraph', text: '正文 *不是* 强调。' },
  { type: 'heading', level: 3, text: '一、小标题' },
  LIST,
  { type: 'list', ordered: false, items: ['点', '子点'], levels: [0, 1] },
  TABLE,
  { type: 'image', src: 'https://x.com/a (1).jpg', alt: '图[一]' },
  { type: 'quote', text: '引言一行\n第二行' },
  { type: 'code', text: 'let a = 1;\n  ```\nb' },
];
const article = makeArticle({ pieces: [{ heading: '篇一', paragraphs: [], blocks: BLOCKS }] });
const body = (s: string): string => s.slice(s.indexOf('## 篇一') + '## 篇一\n\n'.length);

describe('Markdown blocks', () => {
  const md = body(toMarkdown(article));
  it('writes sub-headings as ###, escapes only what would become markup', () => {
    expect(md).toContain('正文 \\*不是\\* 强调。\n\n### 一、小标题\n\n');
  });
  it('writes numbered and bulleted lists indented by depth', () => {
    expect(md).toContain('1. 甲\n   1. 甲一\n   2. 甲二\n2. 乙\n\n- 点\n  - 子点\n\n');
  });
  it('writes a GFM table: first row the header, "|" escaped, <br> inside a cell, merged cells empty', () => {
    expect(md).toContain('| 姓名 | a\\|b | 照片 |\n| --- | --- | --- |\n| 经历 | 2020\\<br><br>2021 |  |\n|  | 合计 |  |\n\n');
  });
  it('writes images, quotes and fenced code', () => {
    expect(md).toContain('![图\\[一\\]](https://x.com/a%20%281%29.jpg)\n\n> 引言一行\\\n> 第二行\n\n````\nlet a = 1;\n  ```\nb\n````\n');
  });
});

describe('plain-text blocks', () => {
  const text = toText(article);
  it('writes list items with their numbers or bullets, table rows with TAB-separated cells', () => {
    expect(text).toContain('1. 甲\n  1. 甲一\n  2. 甲二\n2. 乙\n\n• 点\n  ◦ 子点\n\n');
    expect(text).toContain('姓名\ta|b\t照片\n经历\t2020<br> 2021\t\n\t合计\t\n');
    expect(text).toContain('[图片：图[一]] https://x.com/a (1).jpg');
  });
});

describe('HTML', () => {
  const html = toHtml(article, undefined, { fragment: true });
  it('writes clean semantic markup with merged cells rebuilt', () => {
    expect(html).toContain('<h1>2024年学校疫情防控讲话六篇</h1>');
    expect(html).toContain('<h2>篇一</h2>\n<p>正文 *不是* 强调。</p>\n<h3>一、小标题</h3>\n<ol><li>甲<ol><li>甲一</li><li>甲二</li></ol></li><li>乙</li></ol>\n<ul><li>点<ul><li>子点</li></ul></li></ul>');
    expect(html).toMatch(/<tr><td style="[^"]+">姓名<\/td><td style="[^"]+">a\|b<\/td><td rowspan="2" style="[^"]+">照片<\/td><\/tr>/);
    expect(html).toMatch(/<tr><td rowspan="2" style="[^"]+">经历<\/td><td style="[^"]+">2020&lt;br&gt;<br>2021<\/td><\/tr><tr><td style="[^"]+">合计<\/td><td style="[^"]+"><\/td><\/tr>/);
    expect(html).toContain('<p><img src="https://x.com/a%20(1).jpg" alt="图[一]"></p>\n<blockquote>引言一行<br>第二行</blockquote>\n<pre>let a = 1;\n  ```\nb</pre>');
  });
  it('never lets page text become markup, and links only http(s) addresses', () => {
    const evil = makeArticle({
      url: 'javascript:alert(1)',
      title: '<script>alert(1)</script>',
      pieces: [{ heading: '<b onclick=x>', paragraphs: [], blocks: [{ type: 'paragraph', text: '<img src=x onerror=alert(1)>' }, { type: 'image', src: 'javascript:alert(1)', alt: '"><script>' }] }],
    });
    const out = toHtml(evil);
    expect(out).not.toMatch(/<script|<img src=x|<b on|(?:href|src)="javascript:/);
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out.startsWith('<!DOCTYPE html>')).toBe(true);
  });
});
