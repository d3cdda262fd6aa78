// `bare`: only the pieces, for a selection copied in the panel — no title, source line or front matter.
import { describe, expect, it } from 'vitest';
import { toHtml, toMarkdown, toText } from '../../src/format/index.js';
import { makeArticle } from './article.js';

describe('bare output (a selection)', () => {
  const article = makeArticle();
  it('Markdown: the pieces and their headings only, escaped as ever', () => {
    const md = toMarkdown(makeArticle({ pieces: [{ heading: null, paragraphs: ['*不是强调*'] }, article.pieces[1]!] }), undefined, { bare: true, frontMatter: true });
    expect(md).toBe('\\*不是强调\\*\n\n## 学校疫情防控讲话篇二\n\n各位老师：\n\n时间仅剩不到一个月。\n');
  });
  it('text and HTML: no title, no source line', () => {
    expect(toText(article, 1, { bare: true })).toBe('学校疫情防控讲话篇二\n\n各位老师：\n\n时间仅剩不到一个月。\n');
    const html = toHtml(article, 0, { bare: true, fragment: true });
    expect(html).not.toContain('<h1>');
    expect(html).not.toContain('来源');
    expect(html).toContain('<h2>学校疫情防控讲话篇一</h2>');
  });
  it('not bare: the title and source line as before', () => {
    expect(toText(article, 1)).toMatch(/^2024年学校疫情防控讲话六篇\n\n来源：/);
  });
});
