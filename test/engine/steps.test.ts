import '../../src/engine/readability.js';
import { describe, expect, it } from 'vitest';
import { extractBlocks } from '../../src/engine/blocks.js';
import { findTitle, stripSiteSuffix, titleCount } from '../../src/engine/meta.js';
import { pruneBody, pruneHidden, prunePage } from '../../src/engine/prune.js';
import { Trace } from '../../src/engine/trace.js';
import { parseHtml } from '../../src/node/parse.js';
import { findRule } from '../../src/rules/index.js';
import { locateByRule } from '../../src/engine/locate.js';

const blocksOf = (html: string): ReturnType<typeof extractBlocks> => {
  const doc = parseHtml(`<html><body><div id="b">${html}</div></body></html>`);
  const trace = new Trace();
  prunePage(doc, null, trace);
  const body = doc.querySelector('#b')!;
  pruneBody(body, null, trace);
  return extractBlocks(body, 0);
};

describe('blocks', () => {
  it('<br><br> splits a block, a lone <br> before an indent too, else it is a line break', () => {
    expect(blocksOf('<p>　　甲段。<br><br>乙段。</p>').map((b) => b.text)).toEqual(['甲段。', '乙段。']);
    expect(blocksOf('<p>　　甲段。<br>　　乙段。</p>').map((b) => b.text)).toEqual(['甲段。', '乙段。']);
    // A hard wrap mid-sentence, a numbered item's included, stays one paragraph with its break.
    const wrapped = '<p>本学期我继续担任四年级（2）班的班主任。全班共有学生四十五人，<br>其中男生二十四人，女生二十一人。</p>';
    expect(blocksOf(wrapped).map((b) => b.text)).toEqual(['本学期我继续担任四年级（2）班的班主任。全班共有学生四十五人，\n其中男生二十四人，女生二十一人。']);
    expect(blocksOf('<p>1.进一步规范学生的日常行为，做到课前准备充分、课间文明游戏、<br>路队整齐有序。</p>').length).toBe(1);
  });
  it('a lone <br> after a full sentence, before a line of its own, or between short lines parts paragraphs', () => {
    const post = '<div>今年第一次以校長身分主持畢業典禮，致詞稿改了好幾個版本，最後定稿如下。<br>（全文約三分鐘，可依學校情況增刪）<br><br>大家好！</div>';
    expect(blocksOf(post).map((b) => b.text)).toEqual(['今年第一次以校長身分主持畢業典禮，致詞稿改了好幾個版本，最後定稿如下。', '（全文約三分鐘，可依學校情況增刪）', '大家好！']);
    expect(blocksOf('<p>床前明月光，<br>疑是地上霜。</p>').map((b) => b.text)).toEqual(['床前明月光，', '疑是地上霜。']);
    expect(blocksOf('<p>尊敬的各位领导：<br>大家好！今天我代表全体教师发言，内容分为三个部分<br>1.回顾过去</p>').map((b) => b.text)).toEqual(['尊敬的各位领导：', '大家好！今天我代表全体教师发言，内容分为三个部分', '1.回顾过去']);
    // Bold stays a property of its own line.
    expect(blocksOf('<p><strong>篇一</strong><br>正文的第一句话写在这里，说明活动的目的和意义。</p>').map((b) => [b.text, b.strong])).toEqual([['篇一', true], ['正文的第一句话写在这里，说明活动的目的和意义。', false]]);
  });
  it('a label riding after <br><br> becomes its own bold block', () => {
    const bs = blocksOf('<p>　　谢谢大家！<br><br><strong><font color=#ff0000>【篇二】</font></strong></p></p>');
    expect(bs.map((b) => [b.text, b.strong])).toEqual([['谢谢大家！', false], ['【篇二】', true]]);
  });
  it('trims full-width indentation and collapses source white space', () => {
    expect(blocksOf('<p>　　第一句，\n   第二句。  </p><div> a  b </div>').map((b) => b.text)).toEqual(['第一句，第二句。', 'a b']);
  });
  it('marks a removed ad slot as a cut before the next block', () => {
    const bs = blocksOf('<p>有待提</p><div class="adsbox"><script>show()</script><a href="/ad"><img src="a.jpg"></a></div><p>升。</p>');
    expect(bs.map((b) => [b.text, b.cut])).toEqual([['有待提', null], ['升。', 'ad']]);
  });
  it('marks the text after a box that sat inside a paragraph as its rest', () => {
    const ad = '<div class="adsbox"><script>show()</script><a href="/ad"><img src="a.jpg"></a></div>';
    const bs = blocksOf(`<p>妈妈是一个勤劳的人。${ad}每天天还没亮，她就起床。</p><p>下一段。</p>`);
    expect(bs.map((b) => [b.text, !!b.restOfParagraph])).toEqual([['妈妈是一个勤劳的人。', false], ['每天天还没亮，她就起床。', true], ['下一段。', false]]);
    const between = blocksOf(`<p>妈妈是一个勤劳的人。</p>${ad}<p>每天天还没亮。</p>`);
    expect(between.map((b) => !!b.restOfParagraph)).toEqual([false, false]);
  });
  it('an inline ad inside a line is removed without splitting it; at the line\'s end it marks a cut', () => {
    const ad = '<span class="ad-inline"><script>show()</script><a href="/ad">【推荐】题库，免费刷题</a></span>';
    expect(blocksOf(`<p>读到这里，我很受触动。${ad}我们常常抱怨没有时间。</p>`).map((b) => b.text)).toEqual(['读到这里，我很受触动。我们常常抱怨没有时间。']);
    expect(blocksOf(`<p>能力有待提${ad}</p><p>升，理论学习。</p>`).map((b) => [b.text, b.cut])).toEqual([['能力有待提', null], ['升，理论学习。', 'ad']]);
  });
  it('sees an &nbsp; indent after a <br> as a new, indented paragraph', () => {
    expect(blocksOf('<div>\n&nbsp;&nbsp;&nbsp;&nbsp;第一段。<br />\n&nbsp;&nbsp;&nbsp;&nbsp;第二段。</div>').map((b) => [b.text, b.indented])).toEqual([['第一段。', true], ['第二段。', true]]);
  });
  it('a paragraph holding only a linked banner image is an ad slot (a cut)', () => {
    const bs = blocksOf('<p>第三，</p><p align=center><a href="/tg"><img class=tg src="a.jpg"></a></p><p>做好准备工作。</p>');
    expect(bs.map((b) => [b.text, b.cut])).toEqual([['第三，', null], ['做好准备工作。', 'ad']]);
  });
  it('link-only blocks are marked', () => {
    expect(blocksOf('<p><a href="/x">相关文章一</a></p>')[0]!.linkOnly).toBe(true);
  });
});

describe('prune', () => {
  it('drops inline display:none, visibility:hidden, [hidden] and classes hidden by the page <style>', () => {
    const doc = parseHtml(`<html><head><style>.wm{display:none}</style></head><body><div id="b"><p>正文<span style="display: none">水印1</span><span style="visibility:hidden">水印2</span><span hidden>水印3</span><span class="wm">水印4</span>继续。</p></div></body></html>`);
    pruneHidden(doc, new Trace());
    expect(doc.querySelector('#b')!.textContent).toBe('正文继续。');
  });
  it('drops font-size:0 and opacity:0 watermarks, inline or by a class under a container', () => {
    const doc = parseHtml(`<html><head><style>.news .w_s{font-size:0;color:transparent}</style></head><body><div id="b" class="news"><p>正文<span style="font-size:0px">水印1</span><span class="w_s">水印2</span><i style="opacity:0">水印3</i>继续。</p></div></body></html>`);
    pruneHidden(doc, new Trace());
    expect(doc.querySelector('#b')!.textContent).toBe('正文继续。');
  });
  it('keeps visible styled text', () => {
    const doc = parseHtml(`<html><body><div id="b"><p style="color:red;display:block">正文</p></div></body></html>`);
    pruneHidden(doc, new Trace());
    expect(doc.querySelector('#b')!.textContent).toBe('正文');
  });
  it('drops paywall and download boxes but not a paragraph that mentions downloading', () => {
    const bs = blocksOf(`<p>正文一段。</p><div class="box"><span>文章生成PDF付费下载</span><a href="/pdf">下载PDF文档</a></div><p>我下载了Word文档，然后打印出来交给老师。</p>`);
    expect(bs.map((b) => b.text)).toEqual(['正文一段。', '我下载了Word文档，然后打印出来交给老师。']);
  });
  it('drops a table of contents of in-page anchors, keeps a list of real links', () => {
    expect(blocksOf('<ul><li><a href="#p1">篇一</a></li><li><a href="#p2">篇二</a></li></ul><p>正文。</p>').map((b) => b.text)).toEqual(['正文。']);
    expect(blocksOf('<ul><li><a href="/a">甲</a></li><li><a href="/b">乙</a></li></ul>').map((b) => b.text)).toEqual(['甲', '乙']);
  });
  it('drops a link-only promo box between paragraphs', () => {
    expect(blocksOf('<p>甲。</p><div class="x"><a href="/k"><span>精品推荐</span><span>作文辅导课程，限时免费领取</span></a></div><p>乙。</p>').map((b) => b.text)).toEqual(['甲。', '乙。']);
  });
  it('drops a bracketed recommendation link set into a sentence, and the sentence stays one', () => {
    const line = '<p>　　起初我不太理解，工作已经这么忙，<span class="r"><a href="/x/">（推荐阅读：教师读书笔记摘抄及感悟）</a></span>哪还有时间读书呢？</p>';
    expect(blocksOf(line).map((b) => b.text)).toEqual(['起初我不太理解，工作已经这么忙，哪还有时间读书呢？']);
    expect(blocksOf('<p>这句朴素的话，<a href="/y/">(Related: a teacher\'s notes)</a>让我久久不能平静。</p>').map((b) => b.text)).toEqual(['这句朴素的话，让我久久不能平静。']);
  });
  it("marks a layout cell that goes on with the sentence the cell before cut (text set around an ad cell)", () => {
    const long = '进入大学以后，我积极参加学院组织的党课学习小组，认真学习党章和党的基本理论，并利用课余时间阅读了';
    const got = blocksOf(`<table><tr><td><table width="300" height="250"><tr><td><script src="/js/ad_300_250.js"></script></td></tr></table></td><td>${long}</td></tr><tr><td colspan="2">《学习纲要》等书籍。通过学习，我更加坚定了信念。</td></tr><tr><td>申请人：×××</td></tr></table>`);
    expect(got.filter((b) => !b.media).map((b) => [b.text.slice(0, 6), b.cut])).toEqual([[long.slice(0, 6), 'ad'], ['《学习纲要》', 'ad'], ['申请人：××', null]]);
  });
  it('drops a platform\'s way-back link set at the end of the last paragraph', () => {
    expect(blocksOf('<p>倡议人：校学生会</p><p>20XX年10月<a href="//www.sohu.example/" id="backsohucom">返回搜狐，查看更多</a></p>').map((b) => b.text)).toEqual(['倡议人：校学生会', '20XX年10月']);
  });
  it('keeps a bracketed link that is the text\'s own, and a recommendation that stands alone', () => {
    expect(blocksOf('<p>详见附件<a href="/f.doc">（附件：学校安全管理制度）</a>，请各班认真学习。</p>').map((b) => b.text)).toEqual(['详见附件（附件：学校安全管理制度），请各班认真学习。']);
    expect(blocksOf('<p>正文第一段，讲的是读书。</p><p><a href="/x/">（推荐阅读：教师读书笔记）</a></p>').map((b) => b.text)).toContain('（推荐阅读：教师读书笔记）');
  });
});

describe('site rules', () => {
  const doc = (head: string, body: string): Document => parseHtml(`<html><head>${head}</head><body>${body}</body></html>`);
  it('recognises a family by host', () => {
    expect(findRule(doc('', ''), 'https://www.xiaorob.com/a/1.html')?.name).toMatch(/EmpireCMS/);
    expect(findRule(doc('', ''), 'https://m.ruiwen.com/a/1.html')?.name).toMatch(/ruiwen/);
  });
  it('knows the hosts of the families users name (issue 7 §6)', () => {
    for (const host of ['www.oh100.com', 'm.yjbys.com', 'www.cnrencai.com', 'www.yuwenmi.com', 'm.kuwen.com', 'www.xianxue.com']) expect(findRule(doc('', ''), `https://${host}/a/1.html`)?.name).toMatch(/ruiwen/);
    expect(findRule(doc('', ''), 'https://m.liuxue86.com/a/1.html')?.name).toBe('liuxue86');
    expect(findRule(doc('', ''), 'https://www.wenxm.cn/a/1.html')?.name).toMatch(/xuexila/);
    expect(findRule(doc('', ''), 'https://fanwen.chazidian.com/jihua/1.html')?.name).toMatch(/chazidian/);
    expect(findRule(doc('', ''), 'https://www.chazidian.com/zi/1.html')).toBeNull();
    expect(findRule(doc('', ''), 'https://www.fwsir.com/Article/html/1.html')?.name).toMatch(/DedeCMS/);
  });
  it('recognises the new families\' clones by their own marks, never by a common class alone', () => {
    expect(findRule(doc('', '<div class="article_tit"><h1>标题</h1></div><div class="article-content"><p class="tjxx">推荐</p></div><div class="nav_down_ll"></div>'), 'https://clone.example.cn/a/1.html')?.name).toBe('liuxue86');
    expect(findRule(doc('', '<div class="article-content"><p>正文</p></div>'), 'https://blog.example.cn/a/1.html')).toBeNull();
    expect(findRule(doc('', '<div class="ar_title"><h1>标题</h1><time class="fxtime"></time></div><div class="con_article con_main" id="contentText"></div>'), 'https://clone.example.cn/a/1.html')?.name).toMatch(/xuexila/);
    expect(findRule(doc('', '<div class="articleGroup"><h1 class="tit">标题</h1><a class="downBtn"></a><div class="artCon"></div></div>'), 'https://clone.example.cn/a/1.html')?.name).toMatch(/chazidian/);
  });
  it('finds an EmpireCMS template\'s body in .arc_main or td#text, not in the column around it', () => {
    const P = '各位游客朋友们，大家好！欢迎来到美丽的杭州西湖，我是今天的导游小林，很高兴能陪大家一起游览这人间天堂。';
    const page = (body: string): Document =>
      doc('<script src="/e/public/ViewClick/?classid=12&id=1"></script>', `<div class="left"><div class="arc_info">发布时间：2024-04-02 热度：℃</div>${body}<p class="pageLink"><a href="/1_2.html">2</a></p></div>`);
    for (const [body, cls] of [[`<div class="arc_main"><p>${P}</p></div>`, 'arc_main'], [`<table><tr><td id="text"><p>${P}</p></td></tr></table>`, '']] as const) {
      const d = page(body);
      const rule = findRule(d, 'https://www.lvyoufanwen.example/daoyouci/1.html');
      expect(rule?.name).toMatch(/EmpireCMS/);
      const located = locateByRule(d, rule);
      expect(located.map((el) => el.className || el.id)).toEqual([cls || 'text']);
    }
  });
  it('recognises a clone on a new domain by its fingerprints', () => {
    expect(findRule(doc('<link href="/templets/default/style/dedecms.css">', '<div class="dede_pages"></div>'), 'https://clone.example.cn/a/1.html')?.name).toMatch(/DedeCMS/);
    expect(findRule(doc('<link href="/skin/ecmsdg/css/style.css">', '<p class="pageLink"></p>'), 'https://fanwen.example.cn/1.html')?.name).toMatch(/EmpireCMS/);
    expect(findRule(doc('', '<div id="ArtContent"></div><div id="CutPage"></div>'), 'https://www.diyifanwen.net/a.htm')?.name).toMatch(/diyifanwen/);
  });
  it('one weak fingerprint is not enough', () => {
    expect(findRule(doc('', '<div class="content"></div><ul class="pagelist"></ul>'), 'https://blog.example.cn/')).toBeNull();
  });
  it('does not claim an ordinary page', () => {
    expect(findRule(doc('<link href="/css/main.css">', '<article><p>hi</p></article>'), 'https://news.example.com/a')).toBeNull();
  });
});

describe('title', () => {
  const d = (title: string, h1 = ''): Document => parseHtml(`<html><head><title>${title}</title></head><body>${h1 ? `<h1>${h1}</h1>` : ''}</body></html>`);
  it('takes the heading that <title> starts with', () => {
    expect(findTitle(d('2024年学校疫情防控讲话六篇_小六范文网', '2024年学校疫情防控讲话六篇'), null).title).toBe('2024年学校疫情防控讲话六篇');
  });
  it('takes the heading when it and <title> are worded a little differently, never a logo heading', () => {
    expect(findTitle(d('2024年个人工作总结_工作总结_范文网', '2024年个人工作总结（精选3篇）'), null).title).toBe('2024年个人工作总结（精选3篇）');
    expect(findTitle(d('国庆节演讲稿三分钟_无忧考网', '无忧考网'), null).title).toBe('国庆节演讲稿三分钟');
  });
  it('drops a document file\'s extension from the title', () => {
    expect(findTitle(d('小学数学教研组工作总结.docx - 人人文档', '小学数学教研组工作总结.docx'), null).title).toBe('小学数学教研组工作总结');
    expect(findTitle(d('.pdf'), null).title).toBe('.pdf');
  });
  it('strips the site suffix when no heading agrees', () => {
    expect(findTitle(d('国庆节演讲稿三分钟（精选4篇）_无忧考网'), null).title).toBe('国庆节演讲稿三分钟（精选4篇）');
    expect(stripSiteSuffix('教师工作总结_工作总结_范文网', null)).toBe('教师工作总结');
    expect(stripSiteSuffix('使用 Rust 编写命令行工具 - 码农札记', null)).toBe('使用 Rust 编写命令行工具');
    expect(stripSiteSuffix('我的妈妈', null)).toBe('我的妈妈');
  });
  it('reads the announced count', () => {
    expect(titleCount('教师个人工作总结（精选5篇）')).toBe(5);
    expect(titleCount('2024年学校疫情防控讲话六篇')).toBe(6);
    expect(titleCount('工作总结汇总(十四篇)')).toBe(14);
    expect(titleCount('我的妈妈作文400字')).toBeNull();
  });
});

describe('locate', () => {
  it('a rule body split in two containers around a fold is read as one, in order', async () => {
    const { locateByRule } = await import('../../src/engine/locate.js');
    const doc = parseHtml(`<html><body><div class="content"><p>${'前半部分的正文。'.repeat(10)}</p></div><div class="fold">展开全文</div><div class="content"><p>${'后半部分的正文。'.repeat(10)}</p></div><div class="side"><div class="content"><a href="/a">${'相关'.repeat(30)}</a></div></div></body></html>`);
    const bodies = locateByRule(doc, { name: 't', hosts: [], fingerprints: [], body: '.content' });
    expect(bodies.map((b) => b.textContent!.slice(0, 3))).toEqual(['前半部', '后半部']);
  });
  it('takes the parent that holds most paragraph text without Readability', async () => {
    const { locateByParagraphs } = await import('../../src/engine/paragraph-locator.js');
    const p = (n: number): string => `<p>${'这是正文的一句话，内容完整。'.repeat(n)}</p>`;
    const doc = parseHtml(`<html><body><nav><p><a href="/">首页</a></p></nav><div class="post">${p(5)}${p(6)}${p(4)}</div><aside>${p(1)}</aside></body></html>`);
    expect(locateByParagraphs(doc)?.getAttribute('class')).toBe('post');
  });
  it('takes the leading parent when the rest of the paragraph text is scattered (teasers, comments)', async () => {
    const { locateByParagraphs } = await import('../../src/engine/paragraph-locator.js');
    const p = (n: number): string => `<p>${'这是正文的一句话，内容完整。'.repeat(n)}</p>`;
    const teasers = Array.from({ length: 6 }, () => `<li><div class="rp">${p(1)}</div></li>`).join('');
    const doc = parseHtml(`<html><body><div class="post">${p(5)}${p(6)}${p(4)}</div><ul>${teasers}</ul></body></html>`);
    expect(locateByParagraphs(doc)?.getAttribute('class')).toBe('post');
    // Two boxes of like size: Readability decides.
    const split = parseHtml(`<html><body><div class="a">${p(5)}${p(6)}</div><div class="b">${p(4)}</div><ul>${teasers}</ul></body></html>`);
    expect(locateByParagraphs(split)).toBeNull();
  });
  it("leaves the page's footer out of the contest (its disclaimer and copyright lines)", async () => {
    const { locateByParagraphs } = await import('../../src/engine/paragraph-locator.js');
    const p = (n: number): string => `<p>${'这是正文的一句话，内容完整。'.repeat(n)}</p>`;
    const doc = parseHtml(`<html><body><div class="content">${p(10)}${p(8)}</div><div class="footer">${p(3)}${p(3)}</div></body></html>`);
    expect(locateByParagraphs(doc)?.getAttribute('class')).toBe('content');
  });
  it('leaves a page without one dominant parent to Readability', async () => {
    const { locateByParagraphs } = await import('../../src/engine/paragraph-locator.js');
    const p = (n: number): string => `<p>${'这是正文的一句话，内容完整。'.repeat(n)}</p>`;
    const doc = parseHtml(`<html><body><div class="a">${p(5)}${p(5)}</div><div class="b">${p(5)}${p(5)}</div></body></html>`);
    expect(locateByParagraphs(doc)).toBeNull();
  });
});

describe('readers\' posts', () => {
  it('drops a section headed 大家做的 / 网友评论, keeps other headed sections', () => {
    const bs = blocksOf('<div><h3>做法步骤</h3><p>把肉切块。</p></div><div class="works"><h3>大家做的（286）</h3><div><a href="/u/1">小米粥</a>：好吃！</div></div>');
    expect(bs.map((b) => b.text)).toEqual(['做法步骤', '把肉切块。']);
  });
});

describe('widgets', () => {
  it('drops share bars and related-post boxes inside the body', () => {
    const bs = blocksOf('<p>正文一段，写得完整。</p><div class="sharedaddy"><h3>分享此文：</h3><ul><li><a href="/x">X</a></li></ul></div><div id="jp-relatedposts"><h3>相关</h3></div>');
    expect(bs.map((b) => b.text)).toEqual(['正文一段，写得完整。']);
  });
});


describe('a <br> flow hard-wrapped at a fixed width (round 46)', () => {
  it('joins its full lines to the next, a turn\'s too; short lines (a salutation, a turn) stay apart', async () => {
    const { cleanHtml } = await import('../../src/index.js');
    const l = (s: string) => `${s}<br />\n`;
    const lines = ['　　男：尊敬的各位领导、各位来宾', '　　男：十年前的今天，在城东一间不足八十平方米的租来的办公室', '里，六位年轻人围着一张旧会议桌，许下了一个朴素的愿望：做一家', '让客户放心、让员工安心的企业。', '　　女：十年后的今天，当年的六个人已经成长为一支六百多人的队', '伍，公司的业务也从一座城市延伸到了全国十四个省份。', '　　十年前，公司只有一间办公室、一部电话和六名员工；十年后，', '我们拥有了三个生产基地、两个研发中心和遍布全国的销售网络。'];
    const a = cleanHtml(`<html><head><title>庆典主持词</title></head><body><div class="content">${lines.map(l).join('')}</div></body></html>`, 'https://x.example/1.html');
    expect(a.pieces[0]!.paragraphs).toEqual([
      '男：尊敬的各位领导、各位来宾',
      '男：十年前的今天，在城东一间不足八十平方米的租来的办公室里，六位年轻人围着一张旧会议桌，许下了一个朴素的愿望：做一家让客户放心、让员工安心的企业。',
      '女：十年后的今天，当年的六个人已经成长为一支六百多人的队伍，公司的业务也从一座城市延伸到了全国十四个省份。',
      '十年前，公司只有一间办公室、一部电话和六名员工；十年后，我们拥有了三个生产基地、两个研发中心和遍布全国的销售网络。',
    ]);
  });
});
