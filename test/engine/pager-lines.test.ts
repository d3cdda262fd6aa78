import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/engine/blocks.js';
import { extractBlocks } from '../../src/engine/blocks.js';
import { dropBoilerplate } from '../../src/engine/boilerplate.js';
import { Trace } from '../../src/engine/trace.js';
import { parseHtml } from '../../src/node/parse.js';
import { cleanHtml } from '../../src/index.js';

// A paged article's own pager talk left in the text (its page count line, a pager line with its count),
// and the page chrome around it (a labelled title line, a CMS credit line).
const b = (text: string, extra: Partial<Block> = {}): Block => ({ text, tag: 'P', strong: false, linkOnly: false, cut: null, page: 0, ...extra });
const keep = (blocks: Block[], title = '测试文章'): string[] => dropBoilerplate(blocks, null, title, new Trace()).map((x) => x.text);
const REAL = '今年以来，我们坚持以学生为中心，认真落实各项教学任务，取得了一定成绩。';

describe('a page count line is pager talk', () => {
  it.each([
    ['（本文共3页，当前第1页）'],
    ['(本文共3页，当前第3页)'],
    ['（本文共3頁，當前第2頁）'],
    ['本文共 3 页 当前第 2 页'],
    ['共3页'],
    ['共3页：'],
    ['当前第2页/共3页'],
    ['第2页/共3页'],
    ['（第2页）'],
    ['【第2/3页】'],
  ])('drops %s', (text) => expect(keep([b(REAL), b(text), b('这段是正文，没有链接。')])).toEqual([REAL, '这段是正文，没有链接。']));

  it.each([['本书共3页，我只读了第1页。'], ['共3页的报告，他一口气写完了。'], ['请翻到第2页。'], ['第一页']])('keeps the sentence %s', (text) =>
    expect(keep([b(REAL), b(text)])).toEqual([REAL, text]),
  );

  it('stands where the page broke: the halves of a paragraph around it join', () => {
    const out = dropBoilerplate([b('不能马上整改的要采取临时防护措施，'), b('（本文共3页，当前第1页）'), b('并报车间安全员跟踪落实。')], null, '测试', new Trace());
    expect(out.map((x) => [x.text, x.cut])).toEqual([['不能马上整改的要采取临时防护措施，', null], ['并报车间安全员跟踪落实。', 'ad']]);
  });
});

describe('a pager line with its page count in brackets', () => {
  it.each([['下一页 (1/3)'], ['上一页 下一页 (2/3)'], ['上一页 (3/3)'], ['上一頁 下一頁（2/3）'], ['首页 上一页 1 2 3 下一页 (2/3)']])('drops %s', (text) =>
    expect(keep([b(REAL), b(text), b('这段是正文，没有链接。')])).toEqual([REAL, '这段是正文，没有链接。']),
  );
  it.each([['（1/3）的同学选择了下一页的题目。'], ['下一页 (见附表)'], ['(1/3)']])('keeps %s', (text) => expect(keep([b(REAL), b(text)])).toEqual([REAL, text]));
});

describe('the title under a label at the top of a page', () => {
  it('"标题:<the title>" opening a page is the title repeated; a 标题 line that is not the title stays', () => {
    expect(keep([b('标题:语文组教研工作总结'), b(REAL)], '语文组教研工作总结')).toEqual([REAL]);
    expect(keep([b(REAL), b('下一段'), b('文章标题：语文组教研工作总结', { cut: 'page' }), b(REAL)], '语文组教研工作总结')).toEqual([REAL, '下一段', REAL]);
    expect(keep([b('标题：自拟'), b(REAL)], '语文组教研工作总结')).toEqual(['标题：自拟', REAL]);
    expect(keep([b(REAL), b('标题:语文组教研工作总结')], '语文组教研工作总结')).toEqual([REAL, '标题:语文组教研工作总结']);
  });
});

describe('a CMS or theme credit line', () => {
  it.each([['总结网 wap.example.cn　Powered by EmpireCMS WAP'], ['Powered by WordPress'], ['Powered by Discuz! X3.4']])('drops %s', (text) =>
    expect(keep([b(REAL), b(text)])).toEqual([REAL]),
  );
  it.each([['The station is powered by the sun.'], ['Powered by the sun, the station runs all year round.']])('keeps %s', (text) => expect(keep([b(REAL), b(text)])).toEqual([REAL, text]));
});

describe('lines a single <br> separates', () => {
  const lines = (html: string): string[] => {
    const doc = parseHtml(`<html><body><div id="b">${html}</div></body></html>`);
    return extractBlocks(doc.querySelector('#b')!, 0).map((x) => x.text);
  };
  it('a pager line never goes on the paragraph above it, even one cut mid-sentence', () => {
    expect(lines('<p>　　任课教师利用课后服务时间进行个别辅导，做到<br /><a href="show.php?page=0">上一页</a> <a href="show.php?page=2">下一页</a> (2/3)</p>')).toEqual([
      '任课教师利用课后服务时间进行个别辅导，做到',
      '上一页 下一页 (2/3)',
    ]);
  });
  it('a CMS time stamp under its label stands alone; a wrapped line still goes on', () => {
    expect(lines('<p><b>标题:</b>语文组教研工作总结<br /><b>时间:</b>2024-06-28 16:40:05<br /></p>')).toEqual(['标题:语文组教研工作总结', '时间:2024-06-28 16:40:05']);
    expect(lines('<p>各班要在本周内认真组织全体学生开展一次安全教育活动，做到<br />人人参与、人人受教育，并把活动情况做好记录上报教务处。</p>')).toEqual(['各班要在本周内认真组织全体学生开展一次安全教育活动，做到\n人人参与、人人受教育，并把活动情况做好记录上报教务处。']);
  });
});

describe('a pager box known by its shape, whatever its name', () => {
  const P1 = '今年以来，我们坚持以学生为中心，认真落实各项教学任务，取得了一定成绩，得到了家长的认可。';
  const P2 = '下一步，我们将继续加强教师队伍建设，完善教学管理制度，努力提高教育教学质量。';
  const html = (pager: string): string =>
    `<!doctype html><html><head><meta charset="utf-8"><title>学校教学工作总结</title></head><body><div class="wrap"><h1>学校教学工作总结</h1>` +
    `<div class="art"><p>${P1}</p><p>${P1.replace('今年以来', '本学期')}</p>${pager}<p>${P2}</p><p>${P2.replace('下一步', '同时')}</p></div></div></body></html>`;
  const text = (h: string): string => cleanHtml(h, 'https://www.example-fw.cn/zongjie/1203.html').pieces.flatMap((p) => p.paragraphs).join('\n');

  it.each([
    ['<div class="fy"><a href="1203.html">1</a><a href="1203_2.html">2</a><a href="1203_3.html">3</a><a href="1203_2.html">下一页</a></div>'],
    ['<div class="x9">分页阅读： <span>1</span> <a href="1203_2.html">2</a> <a href="1203_3.html">3</a></div>'],
    ['<div class="pg"><ul><li><a href="#">首页</a></li><li><b>1</b></li><li><a href="1203_2.html">2</a></li><li><a href="1203_2.html">»</a></li></ul></div>'],
  ])('drops %s and keeps the text around it', (pager) => {
    const out = text(html(pager));
    expect(out).toContain(P1);
    expect(out).toContain(P2);
    expect(out).not.toMatch(/下一页|分页阅读|首页|»|^\d+$/m);
  });

  it('keeps a box where anything but pager entries is said', () => {
    expect(text(html('<div class="n"><span>第二部分的数据见</span> <a href="1203_2.html">下一页</a> <span>表3</span></div>'))).toMatch(/第二部分的数据见/);
  });
});
