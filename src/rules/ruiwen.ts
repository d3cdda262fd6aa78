import { defineRule } from './define.js';

// The ruiwen family (瑞文网 and the sites built on its template): download cards and
// "精品推荐" promo boxes inside the body, <h2> piece headings.
export default defineRule({
  name: 'ruiwen family',
  hosts: ['ruiwen.com'],
  fingerprints: ['.download_card', '.excellent_articles_box', '.download_boxs', '.conttop_te', '.post-title h1.title'],
  minFingerprints: 2,
  title: '.post-title h1, .article h1, h1.title',
  body: '.article .content, .content',
  info: '.post-title .info',
  remove: ['.download_card', '.download_boxs', '.dianzan', '.previous', '.related_article', '.sidebar'],
  // The 精品推荐 box usually lands mid-sentence ("半个小|时") and the text is joined again;
  // at a full stop it is taken for a paragraph break: merging there could glue two real
  // paragraphs wherever the box sits between them.
  adSlots: ['.excellent_articles_box', '.adsbygoogle'],
  siteNames: ['瑞文网'],
});
