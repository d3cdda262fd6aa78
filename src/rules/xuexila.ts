import { defineRule } from './define.js';

// 学习啦 (xuexila.com) and its template on 文小秘 (wenxm.cn): .ar_title h1 with a time.fxtime,
// the body in div.con_article.con_main#contentText, <h2 class="con_sub"> piece headings,
// gg_mid ad slots inside the text (a visible 广告 label; the generic ad words know gg_), 猜你感兴趣 after it.
export default defineRule({
  name: 'xuexila family',
  hosts: ['xuexila.com', 'wenxm.cn'],
  fingerprints: ['div.con_article.con_main', '#contentText', 'h2.con_sub', '.ar_title h1', 'time.fxtime'],
  minFingerprints: 3,
  body: '#contentText, .con_article',
  siteNames: ['学习啦', '文小秘'],
});
