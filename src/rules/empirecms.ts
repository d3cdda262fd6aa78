import { defineRule } from './define.js';

// EmpireCMS (帝国CMS) with the ECMS帝国之家 theme: xiaorob.com and its clones.
export default defineRule({
  name: 'EmpireCMS · ECMS帝国之家 theme',
  hosts: ['xiaorob.com'],
  fingerprints: ['@/skin/ecmsdg/', '@/e/public/ViewClick/', '@/e/extend/pdf/', 'p.pageLink', '.ecms-ad', 'form[action*="/e/search/"]'],
  minFingerprints: 2,
  title: '.article h1, h1',
  body: '#content, .content',
  info: '.info',
  remove: ['.ecms-ad', '.pdfdown', '.info', '.prenext'],
  adSlots: ['.adsbox', '.ad', '[id^="ecms_ad"]'],
  pager: '.pageLink',
  boilerplate: [
    { reason: 'theme slogan', re: /ECMS帝国之家|为帝国cms加油|帝国CMS/i, max: 80 },
  ],
  siteNames: ['小六范文网'],
});
