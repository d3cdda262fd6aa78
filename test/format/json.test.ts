import { describe, expect, it } from 'vitest';
import { articleJson, toJson } from '../../src/format/index.js';
import { makeArticle } from './article.js';

describe('articleJson / toJson', () => {
  it('has the issue’s shape plus siteName, rule and failedPages, without the removal trace', () => {
    const a = makeArticle({ failedPages: [{ page: 3, url: 'https://xiaorob.com/zhuanti/fanwen/169108_3.html', reason: 'missing' }] });
    const json = articleJson(a);
    expect(Object.keys(json)).toEqual(['url', 'title', 'byline', 'siteName', 'rule', 'pages', 'failedPages', 'pieces']);
    expect(json.byline).toBeNull();
    expect(json.pages).toBe(2);
    expect(json.pieces[0]).toEqual({
      heading: '学校疫情防控讲话篇一',
      paragraphs: ['同志们：', '俗话说，行百里者半九十。'],
      blocks: [{ type: 'paragraph', text: '同志们：' }, { type: 'paragraph', text: '俗话说，行百里者半九十。' }],
    });
    expect(json.failedPages).toEqual([{ page: 3, url: 'https://xiaorob.com/zhuanti/fanwen/169108_3.html', reason: 'missing' }]);
    expect(JSON.stringify(json)).not.toContain('本文原地址');
  });

  it('copies, so changing the JSON leaves the article alone', () => {
    const a = makeArticle();
    articleJson(a).pieces[0]!.paragraphs.push('x');
    expect(a.pieces[0]!.paragraphs).toHaveLength(2);
  });

  it('pretty-prints with a final newline and round-trips', () => {
    const text = toJson(makeArticle());
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "title": "2024年学校疫情防控讲话六篇",\n');
    expect(JSON.parse(text)).toEqual(articleJson(makeArticle()));
  });
});
