import { defineRule } from './define.js';

// The ruiwen family (瑞文网 and the sites built on its template — 百分网 oh100, 应届毕业生网 yjbys,
// 中国人才网 cnrencai, 语文迷 yuwenmi, 酷文网 kuwen, 先学网 xianxue, aiyangedu — desktop and m.):
// .conttop/.main-left chrome, download cards and "精品推荐" promo boxes inside the body, <h2> piece headings.
export default defineRule({
  name: 'ruiwen family',
  hosts: ['ruiwen.com', 'oh100.com', 'yjbys.com', 'cnrencai.com', 'yuwenmi.com', 'kuwen.com', 'xianxue.com', 'aiyangedu.com'],
  fingerprints: ['.download_card', '.excellent_articles_box', '.download_boxs', '.conttop_te', '.post-title h1.title'],
  minFingerprints: 2,
  title: '.post-title h1, .article h1, h1.title',
  body: '.article .content, .content',
  info: '.post-title .info',
  remove: ['.download_card', '.download_boxs', '.dianzan', '.previous', '.related_article', '.sidebar'],
  // The 精品推荐 box usually lands mid-sentence ("半个小|时") and the text is joined again;
  // at a full stop it is taken for a paragraph break: merging there could glue two real
  // paragraphs wherever the box sits between them.
  adSlots: ['.excellent_articles_box', '.adsbygoogle', '.download-card'],
  siteNames: ['瑞文网'],
});
