import type { Article, Piece } from '../../src/engine/types.js';

/** A small hand-made article; tests override what they exercise. */
export function makeArticle(over: Partial<Article> = {}): Article {
  return {
    url: 'https://xiaorob.com/zhuanti/fanwen/169108.html',
    title: '2024年学校疫情防控讲话六篇',
    byline: null,
    siteName: '小六范文网',
    rule: 'empirecms-ecmsdg',
    pages: 2,
    pageUrls: ['https://xiaorob.com/zhuanti/fanwen/169108.html', 'https://xiaorob.com/zhuanti/fanwen/169108_2.html'],
    failedPages: [],
    pieces: [
      { heading: '学校疫情防控讲话篇一', paragraphs: ['同志们：', '俗话说，行百里者半九十。'] },
      { heading: '学校疫情防控讲话篇二', paragraphs: ['各位老师：', '时间仅剩不到一个月。'] },
    ],
    removed: [{ step: 'boilerplate', reason: 'source line', text: '本文原地址：…' }],
    ...over,
  };
}

export function single(paragraphs: string[], over: Partial<Article> = {}): Article {
  const piece: Piece = { heading: null, paragraphs };
  return makeArticle({ pieces: [piece], pages: 1, ...over });
}
