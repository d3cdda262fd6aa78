import { defineRule } from './define.js';

// 第一范文网 (diyifanwen) and its clones: GB2312 pages, #ArtContent body with the title and
// info inside it, "CnPage" pager links, a copy-verification tip after the text.
export default defineRule({
  name: 'diyifanwen',
  hosts: ['diyifanwen.com'],
  fingerprints: ['#ArtContent', '#CutPage', 'a.CnPage', '.copytip', '#AListBox'],
  minFingerprints: 2,
  title: '#ArtContent h1, h1',
  body: '#ArtContent',
  info: '#ArtContent .info',
  remove: ['h1', '.info', '.copytip', '#CutPage'],
  adSlots: ['.adv', '.adv2', '.ad'],
  pager: '#CutPage',
  siteNames: ['第一范文网'],
});
