// Settings read back from storage: every field validated, defaults for what is missing or wrong
// (storage may hold values of an older version or edited by hand).
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, docxOptions, normaliseSettings } from '../../src/extension/settings.js';

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
