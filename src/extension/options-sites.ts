// The options page's "add a site to a known template": a host and a family. Adding asks the
// browser for access to that host first (permissions.request, in the click itself: it needs the
// user's gesture); only then is it saved and the content script registered there.
import browser from 'webextension-polyfill';
import { RULES } from '../rules/index.js';
import { normaliseHost } from '../rules/user.js';
import { syncAddedSiteScript } from './extra-sites.js';
import { t } from './i18n.js';
import { hostMatches, knownHostOf } from './known-sites.js';
import { loadSettings, MAX_EXTRA_SITES, saveSettings } from './settings.js';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const list = $<HTMLUListElement>('siteList');
const hostInput = $<HTMLInputElement>('siteHost');
const family = $<HTMLSelectElement>('siteFamily');
const error = $<HTMLElement>('siteError');
const status = $<HTMLElement>('siteStatus');

function say(message: string, isError: boolean): void {
  error.textContent = isError ? message : '';
  status.textContent = isError ? '' : message;
  hostInput.setAttribute('aria-invalid', String(isError));
}

async function render(): Promise<void> {
  const { extraSites } = await loadSettings();
  list.replaceChildren();
  if (!extraSites.length) list.append(Object.assign(document.createElement('li'), { textContent: t('sitesNone'), className: 'none' }));
  for (const e of extraSites) {
    const li = document.createElement('li');
    li.dataset.host = e.host;
    const remove = Object.assign(document.createElement('button'), { type: 'button', textContent: t('sitesRemove'), className: 'remove' });
    remove.setAttribute('aria-label', `${t('sitesRemove')} ${e.host}`);
    remove.addEventListener('click', () => void removeSite(e.host));
    li.append(Object.assign(document.createElement('strong'), { textContent: e.host }), ` — ${e.family} `, remove);
    list.append(li);
  }
}

async function removeSite(host: string): Promise<void> {
  const s = await loadSettings();
  await saveSettings({ extraSites: s.extraSites.filter((e) => e.host !== host) });
  await browser.permissions.remove({ origins: hostMatches(host) }).catch(() => false);
  await syncAddedSiteScript();
  say(t('sitesRemoved', host), false);
  await render();
}

function add(): void {
  const host = normaliseHost(hostInput.value);
  if (!host) return say(t('sitesBadHost', hostInput.value.trim()), true);
  if (knownHostOf(host)) return say(t('sitesAlreadyKnown', host), true);
  const name = family.value;
  // First, while the click still counts as the user's gesture.
  browser.permissions.request({ origins: hostMatches(host) }).then(
    async (granted) => {
      if (!granted) return say(t('sitesNotGranted', host), true);
      const s = await loadSettings();
      const others = s.extraSites.filter((e) => e.host !== host);
      if (others.length >= MAX_EXTRA_SITES) return say(t('sitesTooMany', MAX_EXTRA_SITES), true);
      await saveSettings({ extraSites: [...others, { host, family: name }] });
      await syncAddedSiteScript();
      hostInput.value = '';
      say(t('sitesAdded', host, name), false);
      await render();
    },
    (e: unknown) => say(String(e), true),
  );
}

export function setUpSites(): void {
  for (const r of RULES) family.append(Object.assign(document.createElement('option'), { value: r.name, textContent: `${r.name} (${r.hosts.join(', ')})` }));
  $<HTMLButtonElement>('siteAdd').addEventListener('click', add);
  hostInput.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') add();
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && 'extraSites' in changes) void render();
  });
  void render();
}
