// A <pre> that holds prose (a TXT preview's copy box, hard-wrapped, paragraphs opened by an
// indent) is paragraphs; a <pre> of code stays one code block.
import { describe, expect, it } from 'vitest';
import { proseParagraphs } from '../../src/engine/lines.js';

describe('prose in a preformatted block', () => {
  it('joins the wrapped lines of each indented paragraph, a heading line on its own', () => {
    const text = '　　今年暑假，我报名参加了学院组织的社会实践活动，\n在家乡的社区服务了二十天。时间虽然不长，却让我第一次\n真正走近基层。\n　　一、走进社区\n　　报到第一天，社区书记带我们在辖区里走了一圈，\n介绍了社区的情况。';
    expect(proseParagraphs(text)).toEqual([
      '今年暑假，我报名参加了学院组织的社会实践活动，在家乡的社区服务了二十天。时间虽然不长，却让我第一次真正走近基层。',
      '一、走进社区',
      '报到第一天，社区书记带我们在辖区里走了一圈，介绍了社区的情况。',
    ]);
  });

  it('leaves code, and prose whose paragraphs no indent marks, alone', () => {
    expect(proseParagraphs('function add(a, b) {\n  return a + b; // 加法\n}\n  console.log(add(1, 2));')).toBeNull();
    expect(proseParagraphs('第一行诗句写在这里，没有缩进的一行\n第二行诗句写在这里，也没有缩进的一行\n第三行诗句写在这里，同样没有缩进')).toBeNull();
  });
});
