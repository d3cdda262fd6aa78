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
