// The content script: one file, no imports at run time (bundled as an IIFE). Injected on
// click (activeTab) anywhere, and at document_start by itself on the known template sites.
import browser from 'webextension-polyfill';
import { articleJson } from '../../format/json.js';
import { isKnownHost } from '../known-sites.js';
import { fail, fromSelf, ok, parseToContent, toWire, type ToBackground } from '../messages.js';
import { loadSettings } from '../settings.js';
import { neutraliseCopyGuards } from './guard.js';
import { firstRun } from './once.js';
import { Panel } from './panel.js';
import { extraction } from './run.js';

function whenDomReady(f: () => void): void {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', f, { once: true });
  else f();
}

/** Tells the background how many pieces were found (badge). */
function report(): void {
  extraction().article.then(
    (a) => browser.runtime.sendMessage({ type: 'found', pieces: a.pieces.length } satisfies ToBackground),
    () => {},
  ).catch(() => {});
}

function main(): void {
  const panel = new Panel();

  if (isKnownHost(location.hostname)) {
    // Synchronously, before the page's scripts run; taken back if the user turned known sites off.
    const restore = neutraliseCopyGuards();
    void loadSettings().then((s) => {
      if (!s.knownSites) restore();
      else whenDomReady(report);
    });
  }

  browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
    if (!fromSelf(sender, browser.runtime.id)) return undefined;
    const msg = parseToContent(raw);
    if (!msg) return undefined;
    switch (msg.type) {
      case 'ping':
        return Promise.resolve(ok(true));
      case 'article':
        return extraction().article.then((a) => ok(toWire(a, articleJson(a))), fail);
      case 'open': {
        if (msg.toggle && panel.isOpen) {
          panel.close();
          return Promise.resolve(ok(null));
        }
        const opened = panel.open(extraction());
        report();
        return opened.then(ok, fail);
      }
    }
  });
}

if (firstRun(globalThis)) main();
