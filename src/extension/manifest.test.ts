import { describe, expect, it } from 'vitest';
import { manifestFor } from '../../scripts/build-extension.js';
import { extraSiteOf, hostMatches, isKnownHost, knownSiteMatches } from './known-sites.js';

describe('per-browser manifests', () => {
  const chrome = manifestFor('chrome');
  const firefox = manifestFor('firefox');

  it('Chromium: a service worker, offscreen, no gecko settings', () => {
    expect(chrome.background).toEqual({ service_worker: 'background.js' });
    expect(chrome.permissions).toContain('offscreen');
    expect(chrome.browser_specific_settings).toBeUndefined();
  });
  it('Firefox: an event page, no offscreen, a gecko id', () => {
    expect(firefox.background).toEqual({ scripts: ['background.js'] });
    expect(firefox.permissions).not.toContain('offscreen');
    expect(firefox.browser_specific_settings).toMatchObject({ gecko: { id: expect.any(String) } });
  });
  it('runs by itself only on the known sites, never on every page', () => {
    for (const m of [chrome, firefox]) {
      const scripts = m.content_scripts as { matches: string[]; js: string[] }[];
      expect(scripts[0]!.matches).toEqual(knownSiteMatches());
      expect(m.host_permissions).toEqual(knownSiteMatches());
      expect(JSON.stringify(m)).not.toMatch(/<all_urls>|\*:\/\/\*\//);
      expect(m.version).toMatch(/^\d+\.\d+\.\d+$/);
    }
  });
  it('may ask for other hosts only one by one, when the user adds a site (optional, nothing granted at install)', () => {
    for (const m of [chrome, firefox]) {
      expect(m.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
      expect(m.host_permissions).toEqual(knownSiteMatches());
    }
    expect(hostMatches('www.clone.cn')).toEqual(['http://*.www.clone.cn/*', 'https://*.www.clone.cn/*']);
  });
  it('an added host counts with its subdomains, a look-alike does not', () => {
    const extra = [{ host: 'clone.cn', family: 'x' }];
    expect(extraSiteOf('m.Clone.cn', extra)).toEqual(extra[0]);
    expect(extraSiteOf('clone.cn', extra)).toEqual(extra[0]);
    expect(extraSiteOf('badclone.cn', extra)).toBeNull();
  });
  it('recognises the known hosts with or without www.', () => {
    expect(isKnownHost('xiaorob.com')).toBe(true);
    expect(isKnownHost('www.RUIWEN.com')).toBe(true);
    expect(isKnownHost('evil-xiaorob.com')).toBe(false);
    expect(isKnownHost('xiaorob.com.evil.cn')).toBe(false);
  });
});
