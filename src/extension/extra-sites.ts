// Hosts the user added to a known family: the content script is registered there at run time
// (scripting.registerContentScripts), only for the hosts whose access the user granted through
// permissions.request (optional_host_permissions). The options page and the background (at
// start-up, and when a permission is granted or taken back) keep the registration in step.
import browser from 'webextension-polyfill';
import { hostMatches } from './known-sites.js';
import { loadSettings } from './settings.js';

export const EXTRA_SCRIPT_ID = 'qingwen-added-sites';

/** The match patterns of the added hosts the extension may enter now. */
async function grantedMatches(): Promise<string[]> {
  const s = await loadSettings();
  if (!s.knownSites) return [];
  const matches: string[] = [];
  for (const e of s.extraSites) {
    const origins = hostMatches(e.host);
    if (await browser.permissions.contains({ origins })) matches.push(...origins);
  }
  return matches;
}

/** Registers the content script on the granted added hosts (or removes it when there are none). */
export async function syncAddedSiteScript(): Promise<string[]> {
  const matches = await grantedMatches();
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [EXTRA_SCRIPT_ID] });
  if (registered.length) await browser.scripting.unregisterContentScripts({ ids: [EXTRA_SCRIPT_ID] });
  if (matches.length) {
    await browser.scripting.registerContentScripts([{ id: EXTRA_SCRIPT_ID, matches, js: ['content.js'], runAt: 'document_start', persistAcrossSessions: true }]);
  }
  return matches;
}
