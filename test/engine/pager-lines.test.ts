import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/engine/blocks.js';
import { dropBoilerplate } from '../../src/engine/boilerplate.js';
import { Trace } from '../../src/engine/trace.js';

// A paged article's own pager talk left in the text: its page count line, wherever the site puts it.
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
