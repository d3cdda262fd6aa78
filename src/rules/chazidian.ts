import { defineRule } from './define.js';

// 查字典范文网 (fanwen.chazidian.com), a server-rendered Vue page: #app .articleGroup with h1.tit,
// a 下载文档/复制全文 bar, a 导读 box holding the canned intro, the body in .artCon, a VIP box
// between pieces and a download box (.downWrap) after them.
export default defineRule({
  name: 'chazidian fanwen',
  // Only the 范文 subdomain: the rest of chazidian.com is a dictionary, not template essays.
  hosts: ['fanwen.chazidian.com'],
  fingerprints: ['.articleGroup', '.artCon', 'a.downBtn', '.vipBox', '.downWrap'],
  minFingerprints: 3,
  body: '.artCon',
  remove: ['.vipBox', '.downWrap'],
  siteNames: ['查字典范文网'],
});
