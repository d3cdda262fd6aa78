// The content script: one file, no imports at run time (bundled as an IIFE). Injected on
// click (activeTab) anywhere, and at document_start by itself on the known template sites.
import type { Runtime } from 'webextension-polyfill';
import { ext as browser } from '../browser.js';
import { extraSiteOf, knownHostOf } from '../known-sites.js';
import { fail, fromSelf, ok, parseToContent, toWire, type ToBackground } from '../messages.js';
import { loadSettings } from '../settings.js';
import { neutraliseCopyGuards } from './guard.js';
import { onAddressChange } from './history.js';
import { firstRun } from './once.js';
import { shieldPanel } from './shield.js';
import type { Panel, Reader } from './panel.js';
import { countPieces, pages, readPage, refreshUserRules } from './run.js';

function whenDomReady(f: () => void): void {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', f, { once: true });
  else f();
}

/** Tells the background how many pieces there are (badge). */
function report(pieces: number): void {
  browser.runtime.sendMessage({ type: 'found', pieces } satisfies ToBackground).catch(() => {});
}

/** The panel's way to read the page: now, as it is, under the user's rules as stored now (the picker may just have added one); ↻ forgets the fetched pages first. */
const read: Reader = async (onChange, fresh) => {
  if (fresh) pages().forgetFetched();
  await refreshUserRules();
  return readPage(onChange);
};

/** The whole article as the page is now, every page settled (automation: copy, download). */
async function article() {
  const s = await readPage().whenDone();
  if (!s.article) throw s.error ?? new Error('no article');
  return s.article;
}

/** The panel, from panel.js (injected by the background before it asks the reader to open). */
function loadPanel(): Panel {
  const P = (globalThis as { __qingwenPanel?: unknown }).__qingwenPanel;
  // A function, never a page element that clobbered the name.
  if (typeof P !== 'function') throw new Error('the reader panel is not loaded');
  return new (P as new () => Panel)();
}

function main(): void {
  let panel: Panel | null = null;
  // At start-up, before the page's own listeners (the panel itself is loaded only when it opens).
  shieldPanel(() => panel?.root ?? null, () => panel?.close(), (e) => panel?.copySelection(e));

  /** The badge: what page 1 shows, without a single request (the other pages are fetched when the reader opens). */
  const countForBadge = (): void =>
    void refreshUserRules().then(() =>
      whenDomReady(() => {
        report(countPieces());
        // Another article through the site's own history navigation: the badge counts it while the reader is closed (an open reader reports on its own).
        onAddressChange(() => {
          if (!panel?.isOpen) report(countPieces());
        });
      }),
    );
  const known = knownHostOf(location.hostname);
  if (known) {
    // Synchronously, before the page's scripts run; taken back if the user turned known sites (or this one) off.
    const restore = neutraliseCopyGuards();
    void loadSettings().then((s) => {
      if (!s.knownSites || s.offSites.includes(known)) restore();
      else countForBadge();
    });
  } else {
    // A host the user added to a known family (its script is registered at run time): the
    // settings say so, a moment later than on the built-in hosts.
    void loadSettings().then((s) => {
      if (!s.knownSites || !extraSiteOf(location.hostname, s.extraSites)) return;
      neutraliseCopyGuards();
      countForBadge();
    });
  }

  /** The reply to a message from the background; undefined: not ours. */
  const answer = (raw: unknown): Promise<unknown> | undefined => {
    const msg = parseToContent(raw);
    if (!msg) return undefined;
    switch (msg.type) {
      case 'ping':
        return Promise.resolve(ok(true));
      case 'article':
        return refreshUserRules().then(article).then((a) => ok(toWire(a, pages().articleJson(a))), fail);
      case 'open': {
        if (msg.toggle && panel?.isOpen) {
          panel.close();
          return Promise.resolve(ok(null));
        }
        try {
          panel ??= loadPanel();
        } catch (e) {
          return Promise.resolve(fail(e));
        }
        const open = panel;
        return open.open(read, (url) => pages().rawPage(url)).then((wire) => {
          report(wire.pieces.length); // the whole article's count, now that it is known
          return ok(wire);
        }, fail);
      }
    }
  };

  // Replies through sendResponse (and `return true`), which Chromium and Firefox both honour without a polyfill.
  browser.runtime.onMessage.addListener(((raw: unknown, sender: Runtime.MessageSender, sendResponse: (reply: unknown) => void) => {
    if (!fromSelf(sender, browser.runtime.id)) return undefined;
    const reply = answer(raw);
    if (!reply) return undefined;
    void reply.then(sendResponse);
    return true;
  }) as unknown as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
}

if (firstRun(globalThis)) main();
