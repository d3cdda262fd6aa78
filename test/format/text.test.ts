import { describe, expect, it } from 'vitest';
import { toText } from '../../src/format/index.js';
import { makeArticle, single } from './article.js';

describe('toText', () => {
  it('writes title, source line, headings and paragraphs separated by blank lines', () => {
    expect(toText(makeArticle())).toBe(
      [
        '2024年学校疫情防控讲话六篇',
        '',
        '来源：https://xiaorob.com/zhuanti/fanwen/169108.html',
        '',
        '学校疫情防控讲话篇一',
        '',
        '同志们：',
        '',
        '俗话说，行百里者半九十。',
        '',
        '学校疫情防控讲话篇二',
        '',
        '各位老师：',
        '',
        '时间仅剩不到一个月。',
        '',
      ].join('\n'),
    );
  });

  it('writes one piece', () => {
    expect(toText(makeArticle(), 0, { sourceLine: false })).toBe(
      '2024年学校疫情防控讲话六篇\n\n学校疫情防控讲话篇一\n\n同志们：\n\n俗话说，行百里者半九十。\n',
    );
  });

  it('indents paragraphs but not headings with full-width spaces', () => {
    const text = toText(makeArticle(), 0, { indent: 'fullwidth', sourceLine: false });
    expect(text).toBe('2024年学校疫情防控讲话六篇\n\n学校疫情防控讲话篇一\n\n　　同志们：\n\n　　俗话说，行百里者半九十。\n');
  });

  it('writes no heading line for a null heading and keeps markup characters as they are', () => {
    expect(toText(single(['# 不是标题', '男：辞旧岁\n女：迎新春']), undefined, { sourceLine: false })).toBe(
      '2024年学校疫情防控讲话六篇\n\n# 不是标题\n\n男：辞旧岁\n女：迎新春\n',
    );
  });
});
