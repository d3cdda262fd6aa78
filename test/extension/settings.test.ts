// Settings read back from storage: every field validated, defaults for what is missing or wrong
// (storage may hold values of an older version or edited by hand).
import { describe, expect, it } from 'vitest';
import empirecms from '../../src/rules/empirecms.js';
import { DEFAULT_SETTINGS, docxOptions, MAX_EXTRA_SITES, normaliseSettings } from '../../src/extension/settings.js';

describe('settings', () => {
  it('keeps valid reading and Word choices', () => {
    const s = normaliseSettings({ readTheme: 'sepia', readFont: 'serif', readSize: 20, readWidth: 'narrow', docxFont: '黑体', docxSize: '三号', docxLineSpacing: 2, docxIndent: false });
    expect(s).toMatchObject({ readTheme: 'sepia', readFont: 'serif', readSize: 20, readWidth: 'narrow' });
    expect(docxOptions(s)).toEqual({ font: '黑体', size: '三号', lineSpacing: 2, indent: false });
  });

  it('defaults for values out of range, of the wrong type or unknown', () => {
    const s = normaliseSettings({ readTheme: 'neon', readFont: 1, readSize: 90, readWidth: 'huge', docxFont: 'Comic Sans', docxSize: '初号', docxLineSpacing: Number.NaN, docxIndent: 'no' });
    expect(s).toEqual({ ...DEFAULT_SETTINGS });
    expect(normaliseSettings({ readSize: 13, docxLineSpacing: 3.5 })).toMatchObject({ readSize: 16, docxLineSpacing: 1.5 });
    expect(docxOptions(normaliseSettings(undefined))).toEqual({ font: '宋体', size: '小四', lineSpacing: 1.5, indent: true });
  });
});

describe('settings: sites added to a known family', () => {
  it('keeps valid hosts of known families, once each, in lower case', () => {
    const s = normaliseSettings({
      extraSites: [
        { host: 'WWW.Clone.cn', family: empirecms.name },
        { host: 'www.clone.cn', family: empirecms.name },
        { host: 'http://x.cn/', family: empirecms.name },
        { host: 'ok.cn', family: 'no such family' },
        { host: 'cn', family: empirecms.name },
        'junk',
      ],
    });
    expect(s.extraSites).toEqual([{ host: 'www.clone.cn', family: empirecms.name }]);
    expect(normaliseSettings({}).extraSites).toEqual([]);
    expect(normaliseSettings({ extraSites: 'x' }).extraSites).toEqual([]);
    const many = Array.from({ length: MAX_EXTRA_SITES + 5 }, (_, i) => ({ host: `s${i}.cn`, family: empirecms.name }));
    expect(normaliseSettings({ extraSites: many }).extraSites).toHaveLength(MAX_EXTRA_SITES);
  });
});
