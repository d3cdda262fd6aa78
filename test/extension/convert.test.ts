// 繁↔简 through opencc-js, applied to every text of an article and to nothing else.
import { Converter as toSimplified } from 'opencc-js/t2cn';
import { Converter as toTraditional } from 'opencc-js/cn2t';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/engine/types.js';
import { convertArticle } from '../../src/extension/convert/article.js';

const article: Article = {
  url: 'https://example.tw/學校.html', title: '學校講話', byline: '編輯部', siteName: '範文網', rule: 'generic', pages: 1, pageUrls: [], failedPages: [], removed: [],
  pieces: [
    {
      heading: '講話篇一',
      paragraphs: ['這裡的頭髮'],
      blocks: [
        { type: 'paragraph', text: '這裡的頭髮' },
        { type: 'list', ordered: false, items: ['準備發言'], levels: [0] },
        { type: 'table', rows: [['姓名', '學歷']], spans: [] },
        { type: 'image', src: 'https://example.tw/圖.png', alt: '圖片說明' },
      ],
    },
  ],
};

describe('convertArticle', () => {
  it('converts every text to simplified, addresses untouched', () => {
    const s = convertArticle(article, toSimplified({ from: 'tw', to: 'cn' }));
    expect(s.title).toBe('学校讲话');
    expect(s.byline).toBe('编辑部');
    expect(s.pieces[0]!.heading).toBe('讲话篇一');
    expect(s.pieces[0]!.paragraphs).toEqual(['这里的头发']);
    expect(s.pieces[0]!.blocks).toEqual([
      { type: 'paragraph', text: '这里的头发' },
      { type: 'list', ordered: false, items: ['准备发言'], levels: [0] },
      { type: 'table', rows: [['姓名', '学历']], spans: [] },
      { type: 'image', src: 'https://example.tw/圖.png', alt: '图片说明' },
    ]);
    expect(s.url).toBe(article.url);
  });
  it('and back to traditional', () => {
    const s = convertArticle(article, toSimplified({ from: 'tw', to: 'cn' }));
    expect(convertArticle(s, toTraditional({ from: 'cn', to: 'tw' })).pieces[0]!.paragraphs).toEqual(['這裡的頭髮']);
  });
});
