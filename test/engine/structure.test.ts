// Typed blocks: lists, sub-headings, tables, images, quotes and code, each by a general rule.
import { describe, expect, it } from 'vitest';
import { cleanHtml, cleanHtmlPaged, parseHtml } from '../../src/index.js';
import type { ContentBlock } from '../../src/engine/types.js';
import { xiaorobPage } from '../robustness/helpers.js';

const URL = 'https://www.example.com/a/1.html';
const P = '<p>这是一段用于测试的正文内容，句子完整，意思清楚，写到这里为止。</p>';
const pageOf = (body: string): string =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>测试文章</title></head><body><h1>测试文章</h1><div class="article-body">${P}${body}${P}</div></body></html>`;
/** The single piece's blocks without the filler paragraphs around them. */
const blocks = (body: string): ContentBlock[] => (cleanHtml(pageOf(body), URL).pieces[0]!.blocks ?? []).slice(1, -1);

describe('lists', () => {
  it('keeps ordered and unordered lists, nested items after their parent with their depth', () => {
    expect(blocks('<ul><li>甲项<ol><li>甲一</li><li>甲二</li></ol></li><li>乙项</li></ul>')).toEqual([
      { type: 'list', ordered: false, items: ['甲项', '甲一', '甲二', '乙项'], levels: [0, 1, 1, 0] },
    ]);
    expect(blocks('<ol><li>第一件事</li><li>第二件事</li></ol>')).toEqual([{ type: 'list', ordered: true, items: ['第一件事', '第二件事'], levels: [0, 0] }]);
  });
  it('an ad between items is no item and does not split the list; items without a full stop are not joined across it', () => {
    const got = blocks('<ul><li>多媒体课件</li><div class="ad"><script>show()</script></div><li>钟面模型</li></ul>');
    expect(got).toEqual([{ type: 'list', ordered: false, items: ['多媒体课件', '钟面模型'], levels: [0, 0] }]);
  });
  it('a list an ad cut goes on where the next one says so (<ol start="4"> after three items); a list starting at 1 is another', () => {
    const items = (n: number, from = 1): string => Array.from({ length: n }, (_, i) => `<li>第${from + i}项工作要求。</li>`).join('');
    const ad = '<div class="ad_content"><script>ad("mid")</script><a href="https://ad.example/x"><img src="https://ad.example/728x90.jpg" width="728" height="90"></a></div>';
    expect(blocks(`<ol>${items(3)}</ol>${ad}<ol start="4">${items(2, 4)}</ol>`)).toEqual([{ type: 'list', ordered: true, items: ['第1项工作要求。', '第2项工作要求。', '第3项工作要求。', '第4项工作要求。', '第5项工作要求。'], levels: [0, 0, 0, 0, 0] }]);
    expect(blocks(`<ol>${items(3)}</ol>${ad}<ol>${items(2)}</ol>`).map((b) => b.type)).toEqual(['list', 'list']);
    expect(blocks(`<ol>${items(3)}</ol>${ad}<ol start="7">${items(2, 7)}</ol>`).map((b) => b.type)).toEqual(['list', 'list']);
  });
  it("a quote's paragraphs and a list item's lines that stand apart are paragraphs of their own in `paragraphs`, one quote or item in the blocks", () => {
    const piece = cleanHtml(pageOf('<blockquote><p>“他感到一种从未有过的绝望。”</p><p>——林远《山那边的灯》</p></blockquote><ol><li>房屋基本情况<br>1. 甲方将房屋出租给乙方使用。<br>2. 房屋面积为八十平方米。</li></ol>'), URL).pieces[0]!;
    expect(piece.blocks!.slice(1, -1)).toEqual([
      { type: 'quote', text: '“他感到一种从未有过的绝望。”\n——林远《山那边的灯》' },
      { type: 'list', ordered: true, items: ['房屋基本情况\n1. 甲方将房屋出租给乙方使用。\n2. 房屋面积为八十平方米。'], levels: [0] },
    ]);
    expect(piece.paragraphs.slice(1, -1)).toEqual(['“他感到一种从未有过的绝望。”', '——林远《山那边的灯》', '房屋基本情况', '1. 甲方将房屋出租给乙方使用。', '2. 房屋面积为八十平方米。']);
  });
  it('a box of one link that sells VIP between paragraphs is an ad slot, and the sentence it cut is whole (round 36)', () => {
    const got = blocks('<p>我和同学们在操场上放风筝，风筝在蓝天上比赛谁飞</p><div class="adinart"><a href="https://www.example.com/vip/" rel="nofollow">作文批改VIP 名师一对一点评</a></div><p>得高，我高兴得又蹦又跳。</p>');
    expect(got.map((b) => ('text' in b ? b.text : b.type))).toEqual(['我和同学们在操场上放风筝，风筝在蓝天上比赛谁飞得高，我高兴得又蹦又跳。']);
  });
  it("a list item's sentences in <p>s are one paragraph; a linked item that sells among plain items is an ad, a plain link is not", () => {
    const piece = cleanHtml(
      pageOf('<ul><li><p>收汁时不要离开灶台。</p><p>糖分多的汤汁最后几分钟容易糊底。</p></li><li>准备好锅铲</li><li class="tj"><a href="/jiaoan/">推荐全册教案合集（可下载Word）</a></li><li><a href="https://book.example/1">《家常菜谱》</a></li></ul>'),
      URL,
    ).pieces[0]!;
    expect(piece.blocks!.slice(1, -1)).toEqual([{ type: 'list', ordered: false, items: ['收汁时不要离开灶台。\n糖分多的汤汁最后几分钟容易糊底。', '准备好锅铲', '《家常菜谱》'], levels: [0, 0, 0] }]);
    expect(piece.paragraphs.slice(1, -1)).toEqual(['收汁时不要离开灶台。\n糖分多的汤汁最后几分钟容易糊底。', '准备好锅铲', '《家常菜谱》']);
  });
  it("a field's value wrapped onto the item's next line goes on in one paragraph; a field after a field stays apart (round 40)", () => {
    const piece = cleanHtml(pageOf('<ul><li>报名地点：社区服务中心一楼<br>老年大学办公室。</li><li>姓名：张三<br>性别：男</li></ul>'), URL).pieces[0]!;
    expect(piece.paragraphs.slice(1, -1)).toEqual(['报名地点：社区服务中心一楼\n老年大学办公室。', '姓名：张三', '性别：男']);
  });
  it('one paragraph per item in `paragraphs`', () => {
    const piece = cleanHtml(pageOf('<ol><li>一项</li><li>二项</li></ol>'), URL).pieces[0]!;
    expect(piece.paragraphs.slice(1, 3)).toEqual(['一项', '二项']);
  });
});

describe('headings, quotes, code', () => {
  it('h3–h6 keep their level, a non-marker h2 is level 3, a bold line is a bold paragraph', () => {
    expect(blocks('<h2>总的情况</h2><h4>细节</h4><p><strong>一、教学目标</strong></p>')).toEqual([
      { type: 'heading', level: 3, text: '总的情况' },
      { type: 'heading', level: 4, text: '细节' },
      { type: 'paragraph', text: '一、教学目标', bold: true },
    ]);
  });
  it('a blockquote is a quote, a pre keeps its line breaks and indentation', () => {
    expect(blocks('<blockquote><p>秋天是收获的季节。</p></blockquote><pre>fn main() {\n    println!("hi");\n}</pre>')).toEqual([
      { type: 'quote', text: '秋天是收获的季节。' },
      { type: 'code', text: 'fn main() {\n    println!("hi");\n}' },
    ]);
  });
});

describe('tables', () => {
  it('merged cells at their top-left, "" in the cells they cover, spans listed; lines in a cell joined by \\n', () => {
    const got = blocks('<table border="1"><tr><td rowspan="2">教育背景</td><td>2020</td><td>大学</td></tr><tr><td>2017</td><td>中学<br>高中部</td></tr><tr><td colspan="3">&nbsp;</td></tr></table>');
    expect(got).toEqual([
      {
        type: 'table',
        rows: [['教育背景', '2020', '大学'], ['', '2017', '中学\n高中部'], ['', '', '']],
        spans: [[0, 0, 2, 1], [2, 0, 1, 3]],
      },
    ]);
    const piece = cleanHtml(pageOf('<table><tr><td>姓名</td><td>王</td></tr><tr><td>性别</td><td>女</td></tr></table>'), URL).pieces[0]!;
    expect(piece.paragraphs.slice(1, 3)).toEqual(['姓名\t王', '性别\t女']);
  });
  it('an ad inside a cell: the cell text is joined again', () => {
    const got = blocks('<table><tr><td>评价</td><td>在校期间担<div class="adsbox"><img src="/ad.jpg"></div>任学习委员。</td></tr><tr><td>a</td><td>b</td></tr></table>');
    expect(got[0]).toMatchObject({ type: 'table', rows: [['评价', '在校期间担任学习委员。'], ['a', 'b']] });
  });
  it('layout tables (one cell, page columns, a frame with headings) are read in place', () => {
    expect(blocks('<table><tr><td><p>只有一个格子的第一段。</p><p>第二段。</p></td></tr></table>')).toEqual([
      { type: 'paragraph', text: '只有一个格子的第一段。' },
      { type: 'paragraph', text: '第二段。' },
    ]);
    const column = '<p>这一栏是文章的正文，写得比较长，有好几个段落，每段都有完整的句子和标点符号，内容充实。</p>'.repeat(4);
    expect(blocks(`<table><tr><td>${column}</td><td>侧栏</td></tr></table>`).map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph']);
    expect(blocks('<table><tr><td><h3>小标题</h3></td><td>正文</td></tr><tr><td>a</td><td>b</td></tr></table>').map((b) => b.type)).toEqual(['heading', 'paragraph', 'paragraph', 'paragraph']);
  });
  it('a table that a page break cut in two is one table (a repeated header row once)', async () => {
    const head = '<tr><th>序号</th><th>名称</th></tr>';
    const doc = (body: string): string => `<html><head><title>测试文章</title></head><body><h1>测试文章</h1><div class="article-body">${body}</div></body></html>`;
    const p1 = doc(`${P}<table>${head}<tr><td>1</td><td>桌子</td></tr></table><div class="pages"><a href="/a/1_2.html">下一页</a></div>`);
    const p2 = doc(`<table>${head}<tr><td>2</td><td>椅子</td></tr></table>${P}`);
    const a = await cleanHtmlPaged(p1, URL, { fetchPage: async () => parseHtml(p2) });
    expect(a.pages).toBe(2);
    const tables = a.pieces.flatMap((p) => p.blocks ?? []).filter((b) => b.type === 'table');
    expect(tables).toEqual([{ type: 'table', rows: [['序号', '名称'], ['1', '桌子'], ['2', '椅子']], spans: [] }]);
  });
});

describe('images', () => {
  it('lazy sources win over placeholders; relative and protocol-relative addresses become absolute https', () => {
    const got = blocks(
      '<p><img src="/images/defaultpic.gif" data-original="/up/1.jpg" alt="一"></p><p><img src="data:image/gif;base64,R0lGOD" data-src="//img.example.com/2.jpg"></p><p><img data-lazy-src="3.png" src="/loading.gif" alt="三"></p>',
    );
    expect(got).toEqual([
      { type: 'image', src: 'https://www.example.com/up/1.jpg', alt: '一' },
      { type: 'image', src: 'https://img.example.com/2.jpg', alt: '' },
      { type: 'image', src: 'https://www.example.com/a/3.png', alt: '三' },
    ]);
  });
  it("a wiki's picture linked to its own file page, its scaled copy under /thumb/, is the article's; a host name holding \"gzh\" is no QR code (round 35)", () => {
    const got = blocks(
      '<p>古镇沿河而建。</p><figure class="mw-default-size"><a href="/wiki/File:Old_Street.jpg" class="mw-file-description"><img src="//upload.difangzhi.org.cn/images/thumb/3/3f/Old_Street.jpg/250px-Old_Street.jpg" width="250" height="188"></a><figcaption>临河老街，2019年摄</figcaption></figure><p><a href="/news/2.html"><img src="/uploads/thumb/2.jpg" width="200" height="150"></a></p>',
    );
    expect(got.filter((b) => b.type === 'image')).toEqual([{ type: 'image', src: 'https://upload.difangzhi.org.cn/images/thumb/3/3f/Old_Street.jpg/250px-Old_Street.jpg', alt: '' }]);
    expect(got.some((b) => 'text' in b && b.text === '临河老街，2019年摄')).toBe(true);
  });
  it('a bold line over plain text after a single <br> is a heading over its paragraph (round 34)', () => {
    const got = blocks('<div class="post"><strong>一、认真履职，做好日常事务</strong><br />全年共登记收发各类文件八百余件，没有出现一起延误。<br /><b>二、存在的不足</b><br />工作有时比较被动，主动思考不够。</div>');
    expect(got.map((b) => ('text' in b ? [b.text, 'bold' in b && b.bold === true] : b.type))).toEqual([
      ['一、认真履职，做好日常事务', true],
      ['全年共登记收发各类文件八百余件，没有出现一起延误。', false],
      ['二、存在的不足', true],
      ['工作有时比较被动，主动思考不够。', false],
    ]);
  });
  it('on a site rule\'s page a line bold by its own style is bold: "01｜…" heads a piece (round 31)', () => {
    const para = '<p>　　本学期的工作围绕学生习惯养成展开，每周召开一次班会，及时与家长沟通，效果良好。</p>';
    const marker = (n: string, name: string) => `<p><span style="font-weight:bold;">${n}｜${name}班主任工作计划</span></p>`;
    const a = cleanHtml(xiaorobPage('秋季班主任工作计划（精选2篇）', `${marker('01', '小学一年级')}${para}${para}${marker('02', '初二年级')}${para}${para}`), 'https://xiaorob.com/zuowen/170001.html');
    expect(a.pieces.map((p) => p.heading)).toEqual(['01｜小学一年级班主任工作计划', '02｜初二年级班主任工作计划']);
  });
  it("a heading's permalink mark and a docs page's Edit link are no text", () => {
    const got = blocks('<a href="https://git.example/p/edit/main/docs/a.md" title="Edit this page">Edit</a><h3 id="x">File location<a class="headerlink" href="#x" title="Permanent link">¶</a></h3><p>See section # 3 and the edit history.</p>');
    expect(got.map((b) => ('text' in b ? b.text : b.type))).toEqual(['File location', 'See section # 3 and the edit history.']);
  });
  it('an edit link goes with its brackets ("[edit]" in a wiki heading), the text\'s own brackets stay', () => {
    const got = blocks('<h3 id="h">History<span class="mw-editsection"><span class="b">[</span><a href="/w/index.php?title=X&amp;action=edit&amp;section=1" title="Edit section: History">edit</a><span class="b">]</span></span></h3><p>It opened in 1908 [2] and closed in 1956.</p>');
    expect(got.map((b) => ('text' in b ? b.text : b.type))).toEqual(['History', 'It opened in 1908 [2] and closed in 1956.']);
  });
  it("a code block's copy button is no image", () => {
    const toolbar = '<div class="code_toolbar"><a href="javascript:void(0);" title="复制代码"><img src="//assets.example.com/images/copycode.gif" alt="复制代码"></a></div><pre>server {\n  listen 80;\n}</pre>';
    expect(blocks(toolbar).map((b) => b.type)).toEqual(['code']);
    expect(blocks('<p><img src="/photo.jpg" alt="复制的古画"></p>').map((b) => b.type)).toEqual(['image']);
  });
  it('a <noscript> copy is the same image once; alone it is the image', () => {
    expect(blocks('<p><img class="lazy" data-src="/x.jpg" alt="x"><noscript><img src="/x.jpg" alt="x"></noscript></p>')).toEqual([{ type: 'image', src: 'https://www.example.com/x.jpg', alt: 'x' }]);
    expect(blocks('<p><noscript><img src="/y.jpg" alt="y"></noscript></p>')).toEqual([{ type: 'image', src: 'https://www.example.com/y.jpg', alt: 'y' }]);
  });
  it('logos, QR codes (and their promo line), thumbnails of other articles, tracking pixels and icons are no images', () => {
    const got = blocks(
      '<p><img src="/images/logo.png" alt="本站"></p>' +
        '<div class="box"><p><img src="/uploads/qrcode/gzh.jpg" alt="扫码关注公众号"></p><div>微信扫一扫，关注公众号，获取更多</div></div>' +
        '<p><a href="/a/2.html"><img src="/up/t.jpg" alt="另一篇"></a>另一篇文章的标题文字</p>' +
        '<p><img src="/up/p.gif" width="1" height="1"></p><p><img src="https://hm.baidu.com/hm.gif?x=1" alt=""></p>',
    );
    expect(got.filter((b) => b.type === 'image')).toEqual([]);
    expect(JSON.stringify(got)).not.toContain('扫一扫');
  });
  it('an image inside a line of text follows the paragraph and does not cut it', () => {
    expect(blocks('<p>前半句写在这里，<img src="/up/m.jpg" alt="m">后半句写在这里。</p>')).toEqual([
      { type: 'paragraph', text: '前半句写在这里，后半句写在这里。' },
      { type: 'image', src: 'https://www.example.com/up/m.jpg', alt: 'm' },
    ]);
  });
});

describe('excerpt teaser', () => {
  it('an opening that repeats the start of the text before an ellipsis goes', () => {
    const html = pageOf('').replace(P, '<p>一、教学内容人教版一年级……作为一名教师，常常需要准备教案。</p><p>一、教学内容</p><p>人教版一年级上册第七单元，教材第几页的例题。</p>');
    const paras = cleanHtml(html, URL).pieces.flatMap((p) => p.paragraphs);
    expect(paras[0]).toBe('一、教学内容');
  });
  it('a summary box that copies the opening paragraph whole goes; the paragraph stays once', () => {
    const opening = '2024年，我在科长的带领下，认真履行岗位职责，较好地完成了全年的财务核算工作。';
    const html = pageOf('').replace(P, `<div class="summary">${opening}</div><p>${opening}</p><p>一、认真做好日常会计核算</p>`);
    expect(cleanHtml(html, URL).pieces.flatMap((p) => p.paragraphs).slice(0, 2)).toEqual([opening, '一、认真做好日常会计核算']);
  });
});

describe('more shapes', () => {
  it('a blockquote of several paragraphs is one quote, its paragraphs its lines', () => {
    expect(blocks('<blockquote><p>第一行。</p><p>第二行。</p></blockquote>')).toEqual([{ type: 'quote', text: '第一行。\n第二行。' }]);
  });
  it('a caption is a paragraph before its table', () => {
    expect(blocks('<table><caption>表1 成绩</caption><tr><td>语文</td><td>90</td></tr><tr><td>数学</td><td>95</td></tr></table>').map((b) => b.type)).toEqual(['paragraph', 'table']);
  });
  it('an image linked to its larger copy is an image; srcset alone gives the source', () => {
    expect(blocks('<p><a href="/up/big.jpg"><img src="/up/small.jpg" alt="图"></a></p><p><img srcset="/up/a.jpg 1x, /up/a2.jpg 2x" alt="二"></p>')).toEqual([
      { type: 'image', src: 'https://www.example.com/up/small.jpg', alt: '图' },
      { type: 'image', src: 'https://www.example.com/up/a2.jpg', alt: '二' },
    ]);
  });
  it('a column of <br> lines beside a sidebar is a layout table', () => {
    const col = '这一栏是文章的正文，写得比较长，每行都有完整的句子和标点符号，内容充实。<br>'.repeat(5);
    expect(blocks(`<table><tr><td>${col}</td><td>侧栏</td></tr></table>`).some((b) => b.type === 'table')).toBe(false);
  });
});

describe('table and image edge cases', () => {
  it('a blank form (two rows of two cells) is a table even with one label filled; a spacer table is not', () => {
    expect(blocks('<table><tr><td>签名：</td><td></td></tr><tr><td></td><td></td></tr></table>')[0]).toMatchObject({ type: 'table', rows: [['签名：', ''], ['', '']] });
    expect(blocks('<table><tr><td width="10">&nbsp;</td><td>只是一行字。</td></tr></table>')).toEqual([{ type: 'paragraph', text: '只是一行字。' }]);
  });
  it('a frame whose one cell holds most of the text is layout, however many rows it has', () => {
    const article = '<p>这一栏是文章的正文，写得比较长，有好几个段落，每段都有完整的句子和标点符号，内容充实，读起来通顺。</p>'.repeat(12);
    const got = blocks(`<table><tr><td>导航</td><td>首页</td></tr><tr><td colspan="2">${article}</td></tr><tr><td>版权</td><td>备案</td></tr></table>`);
    expect(got.some((b) => b.type === 'table')).toBe(false);
  });
  it('an image in a "#" link is an image; a counter pixel without size is none', () => {
    expect(blocks('<p><a href="#"><img src="/up/x.jpg" alt="x"></a></p><p><img src="https://tongji.example.com/pv.gif?id=1"></p>')).toEqual([{ type: 'image', src: 'https://www.example.com/up/x.jpg', alt: 'x' }]);
  });
});

describe('images linked within the article', () => {
  it('an image linking to the next page of the same article is the article\'s; one linking to another article is a thumbnail', () => {
    const got = blocks('<div><a href="/a/1_2.html"><img src="/up/p1.jpg" alt="一"></a>点击图片进入下一页</div><div><a href="/a/99.html"><img src="/up/t.jpg" alt="另一篇"></a>另一篇文章</div>');
    expect(got.filter((b) => b.type === 'image')).toEqual([{ type: 'image', src: 'https://www.example.com/up/p1.jpg', alt: '一' }]);
  });
});

describe('link tables', () => {
  it('a table of links under a related-list heading is read in place and dropped with it', () => {
    const got = blocks('<p>相关文章：</p><table><tr><td><a href="/a/2.html">第二篇范文标题</a></td><td><a href="/a/3.html">第三篇范文标题</a></td></tr><tr><td><a href="/a/4.html">第四篇范文</a></td><td><a href="/a/5.html">第五篇范文</a></td></tr></table>');
    expect(JSON.stringify(got)).not.toMatch(/第二篇|table/);
  });
});

describe('download box leftovers', () => {
  it('a download box goes whole, its price note too (it would stand between a table and its continuation)', () => {
    const got = blocks('<div class="downword"><a href="/down/word.asp?id=1">下载Word文档</a>（会员免费，非会员2元/篇）</div>');
    expect(JSON.stringify(got)).not.toMatch(/会员/);
  });
  it("a table that a reader's page box cut in two is one table (round 57: the box's footer and a download strip between)", () => {
    const row = (n: number, name: string): string => `<tr><td>${n}</td><td>${name}</td><td>10元/月</td></tr>`;
    const box = (n: number, inner: string): string => `<div class="page-box" id="page-${n}"><div class="page-inner">${inner}</div><div class="page-num">第 ${n} 页 / 共 2 页</div></div>`;
    const html = `<html><head><title>收费标准公示</title></head><body><h1>收费标准公示</h1><div class="doc-reader">` +
      box(1, `${P.repeat(4)}<table border="1"><tr><th>序号</th><th>项目</th><th>标准</th></tr>${row(1, '物业服务费')}${row(2, '停车服务费')}</table>`) +
      `<div class="reader-strip"><span class="rs-t">下载文档到电脑，查找使用更方便</span><a class="rs-btn" href="/download/1.html" rel="nofollow">2 积分下载</a><span class="rs-vip">开通VIP 免费下载</span></div>` +
      box(2, `<table border="1">${row(3, '非机动车停放费')}</table>${P.repeat(4)}`) + '</div></body></html>';
    const tables = cleanHtml(html, URL).pieces.flatMap((p) => p.blocks ?? []).filter((b) => b.type === 'table');
    expect(tables).toHaveLength(1);
    expect(JSON.stringify(tables[0])).toContain('非机动车停放费');
    expect(JSON.stringify(cleanHtml(html, URL).pieces)).not.toContain('积分下载');
  });
});

describe('a docs page (blind round 61)', () => {
  it("keeps a step's code in its list item, in its place", () => {
    expect(blocks('<ol><li><p>先检查配置文件：</p><pre><code>npx tidewater check</code></pre><p>通过后会打印 OK。</p></li><li><p>再启动服务。</p></li></ol>')).toEqual([
      { type: 'list', ordered: true, items: ['先检查配置文件：\nnpx tidewater check\n通过后会打印 OK。', '再启动服务。'], levels: [0, 0] },
    ]);
  });
  it("drops a tab strip's labels and keeps the panel shown", () => {
    const tabs = '<div class="tabs-container"><ul role="tablist" class="tabs"><li role="tab" aria-selected="true">npm</li><li role="tab">Yarn</li><li role="tab">pnpm</li></ul><div role="tabpanel"><pre><code>npm install tidewater</code></pre></div><div role="tabpanel" hidden><pre><code>yarn add tidewater</code></pre></div></div>';
    expect(blocks(tabs)).toEqual([{ type: 'code', text: 'npm install tidewater' }]);
  });
});

