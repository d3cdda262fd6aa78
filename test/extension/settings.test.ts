import { describe, expect, it } from 'vitest';
import empirecms from '../../src/rules/empirecms.js';
import { MAX_EXTRA_SITES, normaliseSettings } from '../../src/extension/settings.js';

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
