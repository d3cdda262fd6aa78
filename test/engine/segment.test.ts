import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/engine/blocks.js';
import { findMarkers, readMarker, segment, titleBase } from '../../src/engine/segment.js';
import { cleanHtml } from '../../src/index.js';
import { xiaorobPage } from '../robustness/helpers.js';

const b = (text: string, extra: Partial<Block> = {}): Block => ({ text, tag: 'P', strong: false, linkOnly: false, cut: null, page: 0, ...extra });
const body = (n: number): Block[] => Array.from({ length: n }, (_, i) => b(`正文第${i + 1}段，内容完整。`));

describe('readMarker', () => {
  it.each([
    ['篇一'], ['【篇二】'], ['篇三：房屋租赁合同范本'], ['第一篇：我的老师'], ['第2篇'], ['范文一：竞选学生会主席演讲稿'],
    ['范文3'], ['例文四'], ['学校疫情防控讲话篇一'], ['心得体会【篇二】'], ['［篇五］'], ['篇1'], ['第十四篇'],
    ['精选范文一：国旗下讲话'], ['範文二'], ['【第一篇】'], ['第三篇 我的老师'],
    // Ornaments before the marker, and the number in brackets after the word.
    ['▍范文一'], ['■ 篇二'], ['★例文3'], ['範例（一）：附個人資料表'], ['模板（2）'],
    // A bare numeral in corner or lenticular brackets alone on its line.
    ['「一」'], ['【二】'], ['〔3〕'],
    // The Latin number sign leading.
    ['No.1 初中生入团申请书'], ['NO.2'], ['No 3：高中生入团申请书'], ['№4 大学生入团申请书'],
    // A piece's name after its colon may hold a comma (round 54's GB2312 page).
    ['篇一：珍惜时间，从今天做起'], ['范文二：青春，在奋斗中闪光'],
  ])('%s is a marker', (text) => expect(readMarker(b(text), '')).not.toBeNull());

  it.each([
    ['一、思想政治方面'], ['（一）加强学习'], ['第一条 房屋基本情况'], ['第一，切实提高政治站位，以更加坚定的政治自觉扛牢政治责任'],
    ['同志们：'], ['2024年3月1日'], ['____年____月____日'], ['篇一是这样写的，内容很长。'], ['三是划转下来增投资'],
    ['No.1 in the charts, our single stayed for weeks.'], ['Nov 12'], ['No.12345'],
    ['篇一：我们要珍惜时间，从今天做起。'], ['篇二写的是时间，从今天做起，一直写到毕业以后的日子'],
  ])('%s is not a marker', (text) => expect(readMarker(b(text), '')).toBeNull());

  it('reads title + number only when it repeats the title (or is bold)', () => {
    expect(readMarker(b('大学生军训心得体会范文1'), '大学生军训心得体会范文')).toMatchObject({ n: 1 });
    expect(readMarker(b('军训心得（二）'), '军训心得')).toMatchObject({ n: 2 });
    expect(readMarker(b('我家的小狗2'), '大学生军训心得体会范文')).toBeNull();
    expect(readMarker(b('我家的小狗2', { strong: true }), '大学生军训心得体会范文')).toMatchObject({ n: 2 });
    expect(readMarker(b('高三2', { strong: true }), '')).toMatchObject({ n: 2 });
  });
  it('reads a bold "part of the title + numeral" (演讲稿一 under 国庆节演讲稿)', () => {
    expect(readMarker(b('演讲稿一', { strong: true }), '国庆节演讲稿')).toMatchObject({ n: 1 });
    expect(readMarker(b('演讲稿一'), '国庆节演讲稿')).toBeNull();
    expect(readMarker(b('优秀作文二：我的老师'), '')).toMatchObject({ n: 2 });
  });
  it('reads "title + Chinese numeral" only when the name is the title', () => {
    expect(readMarker(b('我的老师作文二'), '我的老师作文')).toMatchObject({ n: 2 });
    expect(readMarker(b('全国上下团结统一'), '我的老师作文')).toBeNull();
  });
  it('reads a numbered heading element as a marker when it names a text like the title', () => {
    const title = '二年级语文《坐井观天》教案';
    expect(readMarker(b('1.《坐井观天》教学设计', { tag: 'H3' }), title)).toMatchObject({ n: 1 });
    expect(readMarker(b('2.《坐井观天》优秀教案', { tag: 'H3' }), title)).toMatchObject({ n: 2 });
    // A section heading shares too little with the title; a paragraph is never one.
    expect(readMarker(b('1.教学目标', { tag: 'H3' }), title)).toBeNull();
    expect(readMarker(b('1.《坐井观天》教学设计'), title)).toBeNull();
    expect(readMarker(b('1. Testing the Rust CLI', { tag: 'H3' }), 'Writing a Rust CLI')).toBeNull();
  });
  it('ignores link-only lines (a related list of "…篇一" links)', () => {
    expect(readMarker(b('学校疫情防控讲话篇一', { linkOnly: true }), '')).toBeNull();
  });
  it('parses Chinese numerals up to the teens and beyond', () => {
    expect(readMarker(b('篇十四'), '')).toMatchObject({ n: 14 });
    expect(readMarker(b('第二十一篇'), '')).toMatchObject({ n: 21 });
  });
});

describe('titleBase', () => {
  it('drops the count and a leading year', () => {
    expect(titleBase('大学生军训心得体会范文（通用6篇）')).toBe('大学生军训心得体会范文');
    expect(titleBase('2024年学校疫情防控讲话六篇')).toBe('学校疫情防控讲话');
    expect(titleBase('工作总结汇总(十四篇)')).toBe('工作总结汇总');
  });
});

describe('segment', () => {
  it('splits at a run of markers and keeps every paragraph', () => {
    const blocks = [b('篇一'), ...body(2), b('篇二'), ...body(3), b('篇三'), ...body(1)];
    const pieces = segment(blocks, '测试（精选3篇）', 3);
    expect(pieces.map((p) => p.heading)).toEqual(['篇一', '篇二', '篇三']);
    expect(pieces.map((p) => p.paragraphs.length)).toEqual([2, 3, 1]);
  });
  it('one text: one piece with heading null', () => {
    const texts = body(3).map((x) => x.text);
    expect(segment(body(3), '我的妈妈', null)).toEqual([{ heading: null, paragraphs: texts, blocks: texts.map((text) => ({ type: 'paragraph', text })) }]);
  });
  it('a lone marker is not a run', () => {
    expect(segment([b('篇一'), ...body(3)], '测试', null)).toHaveLength(1);
  });
  it('a stray "篇一" after the run (a related link that slipped through) is not a new piece', () => {
    const blocks = [b('【篇一】'), ...body(1), b('【篇二】'), ...body(1), b('【篇一】')];
    expect(findMarkers(blocks, '测试', null)).toEqual([0, 2]);
  });
  it('sub-headings numbered 一、二、三 never make pieces', () => {
    const blocks = [b('一、思想方面'), ...body(1), b('二、工作方面'), ...body(1), b('三、不足')];
    expect(segment(blocks, '个人总结', null)).toHaveLength(1);
  });
  it('the title count picks between two runs', () => {
    const blocks = [b('范文一：甲'), b('第一篇'), ...body(1), b('第二篇'), ...body(1), b('范文二：乙'), b('第三篇'), ...body(1)];
    expect(findMarkers(blocks, '测试（精选2篇）', 2)).toEqual([0, 5]);
    expect(findMarkers(blocks, '测试', null)).toEqual([1, 3, 6]);
  });
  it('without markers, N headings of one kind head the N pieces a title announces', () => {
    const h = (text: string): Block => b(text, { tag: 'H3', strong: true });
    const blocks = [h('竞选学生会主席演讲稿'), ...body(2), h('竞选宣传部部长演讲稿'), ...body(2), h('竞选学习部部长演讲稿'), ...body(2)];
    expect(segment(blocks, '学生会竞选演讲稿（精选3篇）', 3).map((p) => p.heading)).toEqual(['竞选学生会主席演讲稿', '竞选宣传部部长演讲稿', '竞选学习部部长演讲稿']);
    expect(segment(blocks, '学生会竞选演讲稿（精选4篇）', 4)).toHaveLength(1);
    expect(segment(blocks, '学生会竞选演讲稿', null)).toHaveLength(1);
  });
  it('a numbered run 1…N heads the N pieces a title announces', () => {
    const h = (text: string): Block => b(text, { strong: true });
    const blocks = [h('（一）学校开场白'), ...body(2), h('（二）公司主持词'), ...body(2)];
    expect(segment(blocks, '晚会主持词（2篇）', 2).map((p) => p.heading)).toEqual(['（一）学校开场白', '（二）公司主持词']);
  });
  it('bold "（一）name" lines that share the title\'s words are piece markers', () => {
    const h = (text: string): Block => b(text, { strong: true });
    const blocks = [h('（一）学校元旦文艺晚会开场白'), ...body(2), h('（二）公司元旦联欢会主持词'), ...body(2)];
    expect(segment(blocks, '元旦晚会主持词开场白', null)).toHaveLength(2);
    const sub = [h('（一）加强学习，提高素质'), ...body(2), h('（二）立足课堂'), ...body(2)];
    expect(segment(sub, '教师个人工作总结', null)).toHaveLength(1);
  });
  it('numbered sub-headings that do not match the announced count never make pieces', () => {
    const h = (text: string): Block => b(text, { strong: true });
    const blocks = [h('一、思想方面'), ...body(1), h('二、工作方面'), ...body(1), h('三、不足'), ...body(1)];
    expect(segment(blocks, '个人总结（2篇）', 2)).toHaveLength(1);
  });
  it('keeps text before the first marker as a leading piece without heading', () => {
    const pieces = segment([b('这是一段真实的前言，不是模板话。'), b('篇一'), ...body(1), b('篇二'), ...body(1)], '测试', null);
    expect(pieces[0]).toEqual({ heading: null, paragraphs: ['这是一段真实的前言，不是模板话。'], blocks: [{ type: 'paragraph', text: '这是一段真实的前言，不是模板话。' }] });
    expect(pieces).toHaveLength(3);
  });
});

describe('pieces named like the title, not numbered', () => {
  it('takes the headings that end like the title (as many as it counts), not the 回执 line', () => {
    const blocks = [
      b('小学寒假致家长的一封信', { strong: true }), ...body(2),
      b('幼儿园寒假致家长的一封信', { strong: true }), ...body(2),
      b('初中寒假致家长的一封信', { strong: true }), ...body(1), b('回执', { strong: true }), ...body(1),
    ];
    expect(segment(blocks, '寒假致家长的一封信（精选3篇）', 3).map((p) => p.heading)).toEqual(['小学寒假致家长的一封信', '幼儿园寒假致家长的一封信', '初中寒假致家长的一封信']);
  });
  it('without a count, three <h2>s sharing the title\'s end make pieces; two, or sub-headings, do not', () => {
    const h2 = (text: string): Block => b(text, { tag: 'H2' });
    const three = [h2('清晨打气的励志短句'), ...body(2), h2('写给考生的励志短句'), ...body(2), h2('深夜自勉的励志短句'), ...body(2)];
    expect(segment(three, '激励自己的励志短句', null)).toHaveLength(3);
    expect(segment(three.slice(0, 6), '激励自己的励志短句', null)).toHaveLength(1);
    expect(segment([h2('一、上学期工作总结'), ...body(2), h2('二、下学期工作总结'), ...body(2), h2('三、全年工作总结'), ...body(2)], '班主任工作总结', null)).toHaveLength(1);
    expect(segment([h2('我的妈妈'), ...body(2), h2('我的妈妈'), ...body(2), h2('我的妈妈'), ...body(2)], '我的妈妈', null)).toHaveLength(1);
    expect(segment([h2('Testing in Rust'), ...body(2), h2('Error handling in Rust'), ...body(2), h2('Packaging in Rust'), ...body(2)], 'Writing CLIs in Rust', null)).toHaveLength(1);
  });
});

describe('a title that counts its pieces in 则 (round 25)', () => {
  it('reads "三则" as three pieces headed by three headings of one kind', async () => {
    const { titleCount } = await import('../../src/engine/meta.js');
    expect(titleCount('初中生读后感三则')).toBe(3);
    expect(titleBase('初中生读后感三则')).toBe('初中生读后感');
  });
  it('reads a poem page\'s "三首" the same way: three bold titles in one <br> flow head three poems (round 45)', async () => {
    const { titleCount } = await import('../../src/engine/meta.js');
    expect(titleCount('关于秋天的现代诗三首')).toBe(3);
    const html = (t: string) => `<html><head><title>${t}_美文网</title></head><body><h1>${t}</h1><div class="content"><p><strong>《秋天的信》</strong><br>风把第一片落叶<br>投进我的窗口<br><br><strong>《稻田》</strong><br>父亲站在田埂上<br>看稻子一寸一寸低下头<br><br><strong>《晚归》</strong><br>炊烟升起来的时候<br>村口的狗先认出了我</p></div></body></html>`;
    const { cleanHtml } = await import('../../src/index.js');
    expect(cleanHtml(html('关于秋天的现代诗三首'), 'https://www.example.com/shige/1.html').pieces.map((p) => p.heading)).toEqual(['《秋天的信》', '《稻田》', '《晚归》']);
  });
});

describe('pieces a table of contents lists (round 31)', () => {
  const para = (s: string) => `<p>　　${s}那天的风很大，我站在路口，看着远处的灯一盏盏亮起来，心里忽然安静了许多，仿佛一下子长大了。</p>`;
  const toc = '<div class="art_toc"><p>本文目录</p><ul><li><a href="#t1">那一次，我学会了放手</a></li><li><a href="#t2">外公的老花镜</a></li><li><a href="#t3">一盆迟开的茉莉</a></li></ul></div>';
  const body = `${toc}<h2 id="t1">那一次，我学会了放手</h2>${para('一')}${para('二')}<h2 id="t2">外公的老花镜</h2>${para('三')}${para('四')}<h2 id="t3">一盆迟开的茉莉</h2>${para('五')}${para('六')}`;
  it('on a template page, the listed headings head the pieces', () => {
    const a = cleanHtml(xiaorobPage('以成长为话题的作文800字', body), 'https://xiaorob.com/zuowen/170001.html');
    expect(a.pieces.map((p) => p.heading)).toEqual(['那一次，我学会了放手', '外公的老花镜', '一盆迟开的茉莉']);
  });
  it('on an ordinary page, a contents of section headings leaves one text', () => {
    const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>成长的三件小事</title></head><body><article><h1>成长的三件小事</h1>${body}</article></body></html>`;
    expect(cleanHtml(page, 'https://blog.example.cn/2024/growing.html').pieces.map((p) => p.heading)).toEqual([null]);
  });
});

describe('the title\'s name, a circled number, the piece\'s own title (round 46)', () => {
  it('"暑假日记①　帮外婆摘豆角" … heads four pieces under 暑假日记（精选4篇）; such a line in plain text does not', async () => {
    const { cleanHtml } = await import('../../src/index.js');
    const para = '<p>早上外婆带我去菜园，阳光晒在背上暖洋洋的，我们一边摘一边说话，不知不觉就摘满了一篮子。</p>';
    const heads = ['暑假日记①　帮外婆摘豆角', '暑假日记②　小河里捉小鱼', '暑假日记③　夏夜数星星', '暑假日记④　和外婆说再见'];
    // A bold preface heading too: the title's count alone (four bold lines) would not tell.
    const html = (tag: string) => `<html><head><title>暑假日记（精选4篇）_作文网</title></head><body><h1>暑假日记（精选4篇）</h1><div class="content"><p><strong>写在前面</strong></p>${para}${heads.map((h) => `<p><${tag}>${h}</${tag}></p>${para}${para}`).join('')}</div></body></html>`;
    expect(cleanHtml(html('strong'), 'https://www.example.com/zuowen/1.html').pieces.map((p) => p.heading).slice(-4)).toEqual(heads);
    expect(cleanHtml(html('span'), 'https://www.example.com/zuowen/1.html').pieces).toHaveLength(1);
  });
});

describe('bar-led heading elements that name something else (blind round 58)', () => {
  const post = (n: number) =>
    '<!doctype html><html><head><meta charset="utf-8"><title>写给毕业班的四次班会讲话 - 小山笔记</title></head><body><article class="post"><h1>写给毕业班的四次班会讲话</h1><div class="entry-content">' +
    '<p>这一届学生离校已经半个多月了，我从这三年的讲话稿里挑出几篇，放在这里留个念想。</p>' +
    ['开学第一课：我们只有一年了', '期中之后：允许自己慢一点', '百日誓师前夜：写给不敢说出口的目标', '最后一次：愿你们一直有光']
      .slice(0, n)
      .map((t, i) => `<h2>0${i + 1}${i % 2 ? ' | ' : '｜'}${t}</h2><p>同学们，这是第${i + 1}次讲话的第一段，我想和你们说几句心里话。</p><p>第二段也是真心话，请你们记在心里。</p>`)
      .join('') +
    '</div></article></body></html>';
  const headings = (n: number) => cleanHtml(post(n), 'https://blog.example.com/2024/07/1287.html').pieces.map((p) => p.heading);
  it('head pieces in a run of three or more, the preface kept before them', () => {
    expect(headings(4)).toEqual([null, '01｜开学第一课：我们只有一年了', '02 | 期中之后：允许自己慢一点', '03｜百日誓师前夜：写给不敢说出口的目标', '04 | 最后一次：愿你们一直有光']);
  });
  it('are section headings of one text in a run of two', () => {
    expect(headings(2)).toEqual([null]);
  });
});

describe("a page's canned intro before unnumbered piece titles the title counts (blind round 58)", () => {
  it('goes, its generic opening with it', () => {
    const html =
      '<!doctype html><html><head><meta charset="utf-8"><title>秋季开学典礼发言稿（通用3篇）_某某范文网</title></head><body><div class="content"><h1>秋季开学典礼发言稿（通用3篇）</h1>' +
      '<p>　　在日常学习、工作或生活中，发言稿使用的情况越来越多，发言稿可以按照用途、性质等来划分，是演讲上很重要的一环。那么你有了解过发言稿吗？</p>' +
      '<p>　　以下是小编精心整理的秋季开学典礼发言稿（通用3篇），欢迎阅读，希望大家能够喜欢。</p>' +
      ['校长致辞：把脚下的路走实', '教师代表发言：与你们一起成长', '新生代表发言：我们从这里出发'].map((t) => `<h2>${t}</h2><p>　　尊敬的各位老师，亲爱的同学们：</p><p>　　新学期开始了，我想说几句心里话，请大家认真听一听。</p>`).join('') +
      '</div></body></html>';
    const a = cleanHtml(html, 'https://www.fanwen.example/fayangao/7312846.html');
    expect(a.pieces.map((p) => p.heading)).toEqual(['校长致辞：把脚下的路走实', '教师代表发言：与你们一起成长', '新生代表发言：我们从这里出发']);
  });
});
