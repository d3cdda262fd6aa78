// Expected clipboard and file contents: the shared formats applied to the gold article, so the
// test checks what the extension wrote byte for byte, not just that some text arrived.
import type { Article } from '../../../src/engine/types.js';
import type { ArticleJson } from '../../../src/format/index.js';
import type { Gold } from './server.js';

/** The scorer's loose heading comparison: brackets, colons and spaces ignored, containment either way. */
export function headingsMatch(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  const norm = (s: string) => s.replace(/[\s【】[\]（）()：:《》]/g, '');
  const x = norm(a);
  const y = norm(b);
  return x === y || x.includes(y) || y.includes(x);
}

/**
 * The gold as an Article, with the page's own url/site metadata from the extension's result;
 * a heading the scorer accepts is taken in the page's spelling.
 */
export function goldArticle(gold: Gold, actual: ArticleJson): Article {
  return {
    ...actual,
    title: gold.title,
    pageUrls: [],
    removed: [],
    pieces: gold.pieces.map((p, i) => {
      const mine = actual.pieces[i]?.heading ?? null;
      return { heading: headingsMatch(mine, p.heading) ? mine : p.heading, paragraphs: p.paragraphs };
    }),
  };
}
