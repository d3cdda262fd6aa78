import { defineRule } from './define.js';

// 无忧考网 (51test.net): GB2312, .content-txt body, 【篇一】 labels riding at the end of the
// previous paragraph after <br><br>, a "相关推荐" box of 【篇一】… links after the text.
export default defineRule({
  name: '51test',
  hosts: ['51test.net'],
  fingerprints: ['.content-txt', '.xgtj', '.content-left h1.title'],
  minFingerprints: 2,
  title: 'h1.title, h1',
  body: '.content-txt',
  info: '.time',
  remove: ['.xgtj'],
  siteNames: ['无忧考网'],
});
