import { defineRule } from './define.js';

// DedeCMS (织梦) default template: .viewbox with the title in <h2>, body in .content (often a
// table of <div> paragraphs), pagelist pager, <h3> piece headings.
export default defineRule({
  name: 'DedeCMS default template',
  hosts: ['fanwenku.net', 'fwsir.com'],
  fingerprints: ['@/templets/default/', '@/plus/count.php', '.dede_pages', 'ul.pagelist', '.viewbox .content', '#act-fav'],
  minFingerprints: 2,
  title: '.viewbox .title h2, .viewbox h2, h1',
  body: '.viewbox .content, .content',
  info: '.viewbox .info',
  remove: ['.dede_pages', '.boxoff', '.handle'],
  pager: '.dede_pages, ul.pagelist',
});
