import { parseHtml } from '../../src/node/parse.js';

/** A page with `body` inside a generic article container (no site rule matches it). */
export function page(body: string, title = '测试文章'): Document {
  return parseHtml(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1><div class="article-body">${body}</div></body></html>`);
}

/** `n` paragraphs of filler prose so Readability sees an article. */
export function prose(n: number, seed = '这是一段用于测试的正文内容，句子完整，意思清楚'): string {
  return Array.from({ length: n }, (_, i) => `<p>${seed}，第${i + 1}段写到这里为止。${seed}。</p>`).join('');
}
