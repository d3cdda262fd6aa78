import { defineRule } from './define.js';

// 出国留学网 (liuxue86.com, desktop and m.): .article_tit h1, .article-content body, a
// "小编精心推荐" p.tjxx line, ad_content slots (often mid-sentence), a 下载本文 bar (.nav_down_ll).
export default defineRule({
  name: 'liuxue86',
  hosts: ['liuxue86.com'],
  // .article-content alone is every other CMS's class too: the family's own marks decide.
  fingerprints: ['.nav_down_ll', 'p.tjxx', '.article_tit h1', 'div.ad_content'],
  minFingerprints: 2,
  body: '.article-content',
  // The rest (ad_content slots, related lists) the generic rules know.
  remove: ['p.tjxx', '.nav_down_ll'],
  siteNames: ['出国留学网'],
});
