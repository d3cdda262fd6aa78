import { defineRule } from './define.js';

// EmpireCMS (帝国CMS) with the ECMS帝国之家 theme: xiaorob.com and its clones.
export default defineRule({
  name: 'EmpireCMS · ECMS帝国之家 theme',
  hosts: ['xiaorob.com'],
  fingerprints: ['@/skin/ecmsdg/', '@/e/public/ViewClick/', '@/e/extend/pdf/', 'p.pageLink', '.ecms-ad', 'form[action*="/e/search/"]'],
  minFingerprints: 2,
  title: '.article h1, h1',
  // The ECMS帝国之家 theme's #content / .content; other EmpireCMS templates put [!--newstext--] in
  // .arc_main (under an .arc_dd 导读 box), td#text (the default news template) or #newstext.
  body: '#content, .content, .arc_main, #text, #newstext',
  info: '.info',
  remove: ['.ecms-ad', '.pdfdown', '.info', '.prenext', '.arc_dd', '.epages'],
  adSlots: ['.adsbox', '.ad', '[id^="ecms_ad"]'],
  // .epages: the default templates' content pager (ShowInfo.php pages).
  pager: '.pageLink, .epages',
  boilerplate: [
    { reason: 'theme slogan', re: /ECMS帝国之家|为帝国cms加油|帝国CMS/i, max: 80 },
  ],
  siteNames: ['小六范文网'],
});

// EmpireCMS's built-in WAP module (/e/wap/show.php?classid=…&id=…&style=…&bclassid=…&cid=…&cpage=…[&page=N]):
// XHTML Mobile pages of bare <p>s — the crumb, then ONE <p> holding <b>标题:</b>title<br />
// <b>时间:</b>time<br /><b>内容:</b><br /> and the text as <br /> runs (split into pages by
// character count) ending in the pager "上一页 下一页 (2/3)", then 返回列表/网站首页 and a
// "Powered by EmpireCMS WAP" line. Known by its links: list.php?classid=…&bclassid=…,
// show.php?…&cpage=…, index.php?style=… (no dots in the selectors: a dot reads as a class).
export const empireWap = defineRule({
  name: 'EmpireCMS · WAP module',
  hosts: [],
  fingerprints: ['a[href^="list"][href*="classid="][href*="bclassid="]', 'a[href^="show"][href*="classid="][href*="cpage="]', 'a[href^="index"][href*="style="]'],
  minFingerprints: 2,
  // The text's <p> is the one opened by the bold labels.
  body: 'body > p:has(> b)',
  boilerplate: [
    // The module's own labels: 标题:… is the title repeated (dropped as such), 时间:… a time stamp line; 内容: heads the text.
    { reason: 'WAP label', re: /^内容\s?[:：]$/, max: 4 },
  ],
});
