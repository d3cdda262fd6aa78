import { defineRule } from './define.js';

// 出国留学网 (liuxue86.com, desktop and m.): .article_tit h1, .article-content body, a
// "小编精心推荐" p.tjxx line, ad_content slots (often mid-sentence), a 下载本文 bar (.nav_down_ll).
export default defineRule({
  name: 'liuxue86',
  hosts: ['liuxue86.com'],
  // .article-content alone is every other CMS's class too: the family's own marks decide.
  fingerprints: ['.nav_down_ll', 'p.tjxx', '.article_tit h1', 'div.ad_content', '.xg_list'],
  minFingerprints: 2,
  title: '.article_tit h1, h1',
  body: '.article-content',
  info: '.article_info',
  remove: ['p.tjxx', '.nav_down', '.nav_down_ll', '.article_down', '.article_tags', '.xg_list', '.xgtj'],
  adSlots: ['.ad_content'],
  siteNames: ['出国留学网'],
});
