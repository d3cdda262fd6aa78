// The JSON shape of an article (the CLI's --format json and the corpus scorer read it).

import type { Article } from '../engine/types.js';
import { blocksOf } from './select.js';

/** The article's public fields (no removal trace or timings), in the order they are written. */
export type ArticleJson = Pick<Article, 'url' | 'title' | 'byline' | 'siteName' | 'rule' | 'pages' | 'failedPages' | 'pieces'>;

/** A plain copy of the article's public fields (no removal trace), in a stable key order. */
export function articleJson(article: Article): ArticleJson {
  return {
    url: article.url,
    title: article.title,
    byline: article.byline,
    siteName: article.siteName,
    rule: article.rule,
    pages: article.pages,
    failedPages: article.failedPages.map((f) => ({ page: f.page, url: f.url, reason: f.reason })),
    pieces: article.pieces.map((p) => ({ heading: p.heading, paragraphs: [...p.paragraphs], blocks: structuredClone(blocksOf(p)) })),
  };
}

/**
 * Pretty-printed JSON of `articleJson(article)`, ending with a newline: the CLI's contract,
 * whose block types are paragraph, heading, list, table, image and quote — so a code block is
 * written as a paragraph marked `"code": true` (its line breaks kept).
 */
export function toJson(article: Article): string {
  return JSON.stringify(articleJson(article), asContract, 2) + '\n';
}

/** JSON.stringify's replacer: a code block as the contract has it. */
function asContract(_key: string, value: unknown): unknown {
  const block = value as { type?: unknown; text?: unknown } | null;
  return block && typeof block === 'object' && block.type === 'code' ? { type: 'paragraph', text: block.text, code: true } : value;
}
