// Pages built to make the engine work forever (issue: "one line of text freezes the tab").
// Each is checked by the work it does — the tree depth Readability is given, the work units
// spent, a pattern's linearity (test/redos) — never by a timer.
import { describe, expect, it } from 'vitest';
import { cleanHtml, parseHtml, extractArticle } from '../../src/index.js';
import { isLabelLine } from '../../src/engine/labels.js';
import { flattenAndCap, MAX_DEPTH, topLevelRules } from '../../src/engine/prune.js';
import { GENERIC_BOILERPLATE } from '../../src/rules/generic.js';

const PROSE = '今年以来，我们坚持以学生为中心，认真落实各项教学任务，取得了一定成绩。'.repeat(4);
const page = (body: string, head = '<title>测试文章</title>'): string => `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

function depth(root: Element): number {
  let max = 0;
  const stack: [Element, number][] = [[root, 0]];
  while (stack.length) {
    const [el, d] = stack.pop()!;
    max = Math.max(max, d);
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, d + 1]);
  }
  return max;
}

describe('hostile pages', () => {
  const labels = GENERIC_BOILERPLATE.find((p) => p.labels)!.labels!;

  it('reads label lines with a tokenizer: "时间：　　" repeated is no trap', () => {
    for (const n of [16, 100, 1000]) expect(isLabelLine('时间：　　'.repeat(n), labels)).toBe(n >= 2);
    expect(isLabelLine('作者：佚名　时间：2024-03-11 12:30:45　人气：128', labels)).toBe(true);
    expect(isLabelLine('作者：佚名 他说：你好', labels)).toBe(false); // a colon no label owns
    expect(isLabelLine('他是作者：这本书的', labels)).toBe(false); // the first label must open the line
    const article = cleanHtml(page(`<article><p>${'时间：　　'.repeat(31)}时间</p><p>${PROSE}</p></article>`), 'https://example.cn/a.html');
    expect(article.pieces[0]!.paragraphs).toContain(PROSE);
  });

  it('a 40K run of ideographic spaces inside a paragraph', () => {
    const article = cleanHtml(page(`<article><p>${PROSE}${'\u3000'.repeat(40_000)}x</p><p>${PROSE}</p></article>`), 'https://example.cn/a.html');
    expect(article.pieces[0]!.paragraphs.join('')).toContain(PROSE);
  });

  it('a stylesheet without braces, and one with 40K unclosed rules', () => {
    expect(topLevelRules('a'.repeat(40_000))).toEqual([]);
    expect(topLevelRules('.x{'.repeat(10_000))).toEqual([]);
    expect(topLevelRules('.a{display:none} @media (max-width:600px){ .b{display:none} } .c{color:red}')).toEqual([
      ['.a', 'display:none'],
      [' .c', 'color:red'],
    ]);
    const article = cleanHtml(page(`<article><p>${PROSE}</p></article>`, `<title>测试文章</title><style>${'a '.repeat(20_000)}</style>`), 'https://example.cn/a.html');
    expect(article.pieces[0]!.paragraphs).toEqual([PROSE]);
  });

  it('a <title> of 20,000 digits', () => {
    const article = cleanHtml(page(`<article><p>${PROSE}</p></article>`, `<title>${'1'.repeat(20_000)}篇</title>`), 'https://example.cn/a.html');
    expect(article.title.length).toBeLessThanOrEqual(300);
    expect(article.pieces[0]!.paragraphs).toEqual([PROSE]);
  });

  it('1,000 nested lists: the tree is cut to a bounded depth before any scoring', () => {
    const html = page(`${'<ul><li>项'.repeat(1000)}${'</li></ul>'.repeat(1000)}<div><p>${PROSE}</p></div>`);
    const doc = parseHtml(html);
    flattenAndCap(doc.body!);
    expect(depth(doc.body!)).toBeLessThanOrEqual(MAX_DEPTH);
    expect(doc.body!.textContent).toContain('项'.repeat(1000)); // the text stays
    const article = cleanHtml(html, 'https://example.cn/a.html');
    expect(article.pieces.flatMap((p) => p.paragraphs).join('')).toContain(PROSE);
    expect(article.work).toBeLessThan(100_000);
  });

  it('the work budget ends a long article with a note and keeps what it has', async () => {
    const pageN = (n: number): string =>
      page(`<div class="content"><p>第${n}页：${PROSE}</p></div><div class="pages"><a href="a_${n + 1}.html">下一页</a></div>`);
    let fetched = 0;
    const article = await extractArticle(parseHtml(pageN(1)), 'https://example.cn/a.html', {
      maxPages: 50,
      workBudget: 2_000,
      fetchPage: async (url) => {
        fetched++;
        return parseHtml(pageN(Number(/_(\d+)\.html$/.exec(url)![1])));
      },
    });
    expect(fetched).toBeGreaterThan(0);
    expect(fetched).toBeLessThan(49);
    expect(article.pages).toBe(fetched + 1);
    expect(article.notes?.some((n) => /work budget ran out after page \d+/.test(n))).toBe(true);
    expect(article.work).toBeLessThan(4_000);
    expect(article.pieces.flatMap((p) => p.paragraphs)[0]).toContain('第1页');
  });
});

describe('control characters', () => {
  it('never reach the article text (an OSC 52 clipboard write, a screen clear)', () => {
    const article = cleanHtml(page(`<article><p>${PROSE}\u001b]52;c;ZXZpbA==\u0007\u001b[2J\u009b31m</p></article>`), 'https://example.cn/a.html');
    const text = article.pieces.flatMap((p) => p.paragraphs).join('\n');
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(text).toContain(PROSE);
  });
});
