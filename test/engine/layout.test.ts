// Folds, document-reader lines and page footers: where markup splits text that is whole.
import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../../src/index.js';
import { joinPositionedLines } from '../../src/engine/positioned-lines.js';
import { parseHtml } from '../../src/node/parse.js';

const page = (body: string): string => `<!doctype html><html><head><meta charset="utf-8"><title>放假通知</title></head><body>${body}</body></html>`;
const paragraphs = (html: string): string[] => cleanHtml(html, 'https://m.example.cn/a/1.html').pieces.flatMap((p) => p.paragraphs);
const P = '根据国务院办公厅关于部分节假日安排的通知精神，结合公司生产经营实际，现将春节放假有关事项通知如下。';

describe('layout', () => {
  it('a paragraph cut by an ad wrapper that holds only an embed is joined (the wrapper is no trace-less drop)', () => {
    const html = page(`<article><p>${P}</p><p>1.放假期间实行领导带班和值班制度，值班人员要坚守岗位，保持通讯畅通，遇有突发事件及时</p><div class="mipad"><mip-ad type="ad-baidu"></mip-ad></div><p>处理并报告。</p><p>${P}</p></article>`);
    expect(paragraphs(html)).toEqual([P, '1.放假期间实行领导带班和值班制度，值班人员要坚守岗位，保持通讯畅通，遇有突发事件及时处理并报告。', P]);
  });

  it('a fold holding the rest of the text marks a cut on both sides', () => {
    const html = page(`<article><p>${P}</p><p>放假期间，公司将暂停发货，节后按下单顺序</p><mip-showmore><p>依次发出。如有紧急业务，请拨打值班电话。</p><p>${P}</p></mip-showmore></article>`);
    expect(paragraphs(html)).toEqual([P, '放假期间，公司将暂停发货，节后按下单顺序依次发出。如有紧急业务，请拨打值班电话。', P]);
  });

  it('positioned lines indented by their own 　　 and numbered headings after a full line are paragraphs; the page picture goes', () => {
    const line = (top: number, text: string): string => `<div class="tl" style="position:absolute;left:96px;top:${top}px">${text}</div>`;
    const html = page(
      `<div class="outer_page" style="position:relative"><img class="page_bg" src="/p/1.png" width="893" height="1263"><div class="page_text">` +
        line(144, '　　为进一步弘扬志愿精神，今年三月至十月，我社区以邻里守望为主题，') +
        line(170, '组织开展了系列志愿服务活动，现将有关情况总结如下，请各位审阅指正。') +
        line(196, '一、基本情况') +
        line(222, '　　本年度社区共招募志愿者一百二十六名，其中在职党员四十一名，退休') +
        line(248, '居民五十三名，在校学生三十二名，志愿者按照服务内容分为四支小分队。') +
        line(274, '二、主要做法') +
        `</div></div>`,
    );
    expect(paragraphs(html)).toEqual([
      '为进一步弘扬志愿精神，今年三月至十月，我社区以邻里守望为主题，组织开展了系列志愿服务活动，现将有关情况总结如下，请各位审阅指正。',
      '一、基本情况',
      '本年度社区共招募志愿者一百二十六名，其中在职党员四十一名，退休居民五十三名，在校学生三十二名，志愿者按照服务内容分为四支小分队。',
      '二、主要做法',
    ]);
  });

  it('a text layer of one <div> per printed line is read back into paragraphs, across its pages, a hyphenated word whole', () => {
    const t = (text: string, indent = false): string => `<div class="t"${indent ? ' style="text-indent:2em"' : ''}>${text}</div>`;
    const layer = (lines: string): string => `<div class="model"><div class="panel"><img class="page-img" src="/p.jpg"><div class="textLayer" style="position:absolute;left:0;top:0">${lines}</div></div></div>`;
    const html = page(
      layer(t('With the rapid development of industry, environ-', true) + t('mental problems have become more and more serious. Polluted') + t('rivers, smoggy skies and piles of plastic waste remind us that') + t('the earth is not as healthy as it used to be.') + t('As college students, we can do a lot in our daily life. We', true) + t('can take the bus or ride a bike instead of driving, and we')) +
        '<div class="doc_ad"><span>广告</span><a href="https://ad.example/c">四六级冲刺班</a></div>' +
        layer(t('can say no to plastic bags when we go shopping.') + t('Only when everyone takes action can we leave a clean and', true) + t('beautiful world to the next generation.') + t('Protecting the environment is a duty we all share today.', true) + t('It starts with the small choices we make every single day') + t('at home, at school and in the streets of our own towns.')),
    );
    expect(paragraphs(html)).toEqual([
      'With the rapid development of industry, environmental problems have become more and more serious. Polluted rivers, smoggy skies and piles of plastic waste remind us that the earth is not as healthy as it used to be.',
      'As college students, we can do a lot in our daily life. We can take the bus or ride a bike instead of driving, and we can say no to plastic bags when we go shopping.',
      'Only when everyone takes action can we leave a clean and beautiful world to the next generation.',
      'Protecting the environment is a duty we all share today. It starts with the small choices we make every single day at home, at school and in the streets of our own towns.',
    ]);
  });

  it('rebuilds paragraphs from positioned lines: a first line is indented, and joins across a page footer', () => {
    const line = (left: number, top: number, text: string): string => `<p style="position:absolute;top:${top}px;left:${left}px">${text}</p>`;
    const html = page(
      `<div class="doc"><div class="page" style="position:relative">${line(152, 96, '2024年，在公司领导的正确带领和各部门的积极配合下，我认真履行')}${line(120, 124, '财务会计岗位职责，较好地完成了日常核算、税务申报、资金管理')}${line(120, 152, '等各项工作。')}${line(152, 180, '全年共审核原始凭证四千余张，编制记账凭证一千六百余份，做到')}<div class="page-footer">第 1 页 共 2 页</div></div>` +
        `<div class="page" style="position:relative">${line(120, 96, '手续齐全、科目使用准确、账目清晰。')}${line(152, 124, '新的一年，我将继续秉持严谨细致的工作作风，认真学习新的会计准则和税收政')}${line(120, 152, '策，努力提高自己的业务水平，为公司的稳健发展贡献力量。')}</div></div>`,
    );
    expect(paragraphs(html)).toEqual([
      '2024年，在公司领导的正确带领和各部门的积极配合下，我认真履行财务会计岗位职责，较好地完成了日常核算、税务申报、资金管理等各项工作。',
      '全年共审核原始凭证四千余张，编制记账凭证一千六百余份，做到手续齐全、科目使用准确、账目清晰。',
      '新的一年，我将继续秉持严谨细致的工作作风，认真学习新的会计准则和税收政策，努力提高自己的业务水平，为公司的稳健发展贡献力量。',
    ]);
  });

  it('reads lines placed by their own top and left when their class sets the absolute position (round 34)', () => {
    const line = (left: number, top: number, text: string): string => `<p class="reader-word-layer" style="width:544px;top:${top}.00px;left:${left}px;z-index:10">${text}</p>`;
    const html = page(
      `<style>.reader-word-layer{position:absolute}</style><div class="doc"><div class="page" style="position:relative">${line(127, 96, '2024年，在公司领导的正确带领和各部门的积极配合下，我认真履行')}${line(95, 124, '财务会计岗位职责，较好地完成了日常核算、税务申报、资金管理')}${line(95, 152, '等各项工作。')}${line(127, 180, '全年共审核原始凭证四千余张，编制记账凭证一千六百余份，做到')}${line(95, 208, '手续齐全、科目使用准确、账目清晰。')}</div></div>`,
    );
    expect(paragraphs(html)).toEqual([
      '2024年，在公司领导的正确带领和各部门的积极配合下，我认真履行财务会计岗位职责，较好地完成了日常核算、税务申报、资金管理等各项工作。',
      '全年共审核原始凭证四千余张，编制记账凭证一千六百余份，做到手续齐全、科目使用准确、账目清晰。',
    ]);
  });

  it("reads a pdf2htmlEX page, whose lines are placed by classes of the page's stylesheet alone (round 34)", () => {
    const line = (x: number, text: string): string => `<div class="t m0 x${x} h2 ff1 fs1">${text}</div>`;
    const html = page(
      `<style>.t{position:absolute;white-space:pre}.x1{left:94.5px}.x2{left:126.5px}</style><div id="page-container"><div class="pf"><div class="pc">${line(2, '2024年，在公司领导的正确带领和各部门的积极配合下，我认真履行')}${line(1, '财务会计岗位职责，较好地完成了日常核算、税务申报、资金管理')}${line(1, '等各项工作。')}${line(2, '全年共审核原始凭证四千余张，编制记账凭证一千六百余份，做到')}${line(1, '手续齐全、科目使用准确、账目清晰。')}</div></div></div>`,
    );
    expect(paragraphs(html)).toEqual([
      '2024年，在公司领导的正确带领和各部门的积极配合下，我认真履行财务会计岗位职责，较好地完成了日常核算、税务申报、资金管理等各项工作。',
      '全年共审核原始凭证四千余张，编制记账凭证一千六百余份，做到手续齐全、科目使用准确、账目清晰。',
    ]);
  });

  it('leaves ordinary absolutely positioned boxes alone (fewer than four lines)', () => {
    const doc = parseHtml(page('<div><span style="position:absolute;left:0">A</span><p>B</p></div>'));
    joinPositionedLines(doc.body!);
    expect(doc.body!.innerHTML).toContain('<span style="position:absolute;left:0">A</span>');
  });
});

describe('document-reader page boxes', () => {
  it('drops the running header of every page box and the "- N -" footers, and joins a paragraph across boxes', () => {
    const box = (n: number, inner: string): string => `<div class="page-box" id="page-${n}"><div class="page-header">春节放假通知</div>${inner}<div class="page-footer">- ${n} -</div></div>`;
    const html = page(
      `<div class="doc-intro"><p>文档简介</p></div><div id="reader">${box(1, `<p>${P}</p><p>放假期间，公司将暂停发货，节后按下单顺序</p>`)}${box(2, '<p>依次发出。</p><p>特此通知。</p>')}${box(3, '<p>行政部</p>')}</div>`,
    );
    expect(paragraphs(html)).toEqual([P, '放假期间，公司将暂停发货，节后按下单顺序依次发出。', '特此通知。', '行政部']);
  });

  it("a page box whose text sits in one wrapper (div.page-content) opens with it: a paragraph cut across boxes is joined (blind round 61)", () => {
    const box = (n: number, inner: string): string => `<div class="pageBox" id="pageNo-${n}"><div class="page-content">${inner}</div><div class="page-no">第 ${n} 页 / 共 2 页</div></div>`;
    const html = page(
      `<div class="doc-view">${box(1, `<p>${P}</p><p>②　在确保自身安全的前提下，使用就近的灭火器扑救初起火灾，</p>`)}<div class="page-gg"><a href="/vip.html"><img src="/ad/vip.png"></a></div>${box(2, '<p>灭火时应站在上风方向，对准火焰根部喷射；</p><p>③　火势无法控制时，立即撤离。</p>')}</div>`,
    );
    expect(paragraphs(html)).toEqual([P, '②　在确保自身安全的前提下，使用就近的灭火器扑救初起火灾，灭火时应站在上风方向，对准火焰根部喷射；', '③　火势无法控制时，立即撤离。']);
  });
});
