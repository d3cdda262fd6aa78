// The background (Chromium service worker / Firefox event page): toolbar, shortcut and context
// menu open the reader; it writes the clipboard and starts downloads for the panel; it sets
// the badge; and it exposes the same actions to scripts as globalThis.qingwen.
import browser from 'webextension-polyfill';
import { articleJson, type ArticleJson } from '../../format/index.js';
import { t } from '../i18n.js';
import {
  fail,
  fromSelf,
  fromWire,
  ok,
  parseActionOptions,
  parseToBackground,
  unwrap,
  type ActionOptions,
  type ToContent,
  type ToPanel,
  type WireArticle,
} from '../messages.js';
import { syncAddedSiteScript } from '../extra-sites.js';
import { loadSettings } from '../settings.js';
import { copyArticle, downloadArticle } from './actions.js';
import { saveCase } from './save-case.js';

const MENU_ID = 'qingwen-open';
const PICK_MENU_ID = 'qingwen-pick';

/** Starts the picker in the tab ("在页面上选择要去除的内容"): its own bundle, injected only now. */
async function startPicker(tabId: number | undefined, frameId = 0): Promise<void> {
  if (tabId === undefined) return;
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['picker.js'] });
  } catch (e) {
    await markRestricted(tabId);
    throw e;
  }
}

/**
 * The traditional↔simplified converters (opencc-js), bundles of their own injected only when the
 * user asks for a conversion: to simplified, the small traditional→simplified tables; to
 * traditional, the larger simplified→traditional ones (with phrases).
 */
const CONVERTERS = { cn: 'opencc-t2s.js', tw: 'opencc-s2t.js' } as const;

/** Injects the content script unless it is already there (known sites, or an earlier click). */
async function ensureContent(tabId: number): Promise<void> {
  try {
    unwrap(await browser.tabs.sendMessage(tabId, { type: 'ping' } satisfies ToContent));
    return;
  } catch {
    // No listener yet: inject below.
  }
  await browser.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
}

async function ask<T>(tabId: number, msg: ToContent): Promise<T> {
  try {
    await ensureContent(tabId);
  } catch (e) {
    await markRestricted(tabId);
    throw e;
  }
  // The panel is a bundle of its own, loaded when the reader opens (the start-up script stays small).
  // Readability, for pages the site rules do not cover, is one too, and so is what fetches and
  // decodes the article's other pages: loaded before any reading the user asks for (each bundle
  // installs itself once).
  const readers = ['readability.js', 'pages.js'];
  await browser.scripting.executeScript({ target: { tabId }, files: msg.type === 'open' ? [...readers, 'panel.js'] : readers });
  return unwrap<T>(await browser.tabs.sendMessage(tabId, msg));
}

/**
 * A page the extension may not enter (chrome://, the web store, the PDF viewer, about:): the
 * toolbar says so on that tab, a "–" badge and the reason as the button's tooltip. Both are
 * tab-specific, so the browser clears them when the tab goes to another page.
 */
async function markRestricted(tabId: number): Promise<void> {
  await Promise.all([
    browser.action.setBadgeBackgroundColor({ tabId, color: '#777777' }),
    browser.action.setBadgeText({ tabId, text: '–' }),
    browser.action.setTitle({ tabId, title: t('restricted') }),
  ]).catch(() => {});
}

function checkPiece(article: WireArticle, o: ActionOptions): void {
  if (o.piece !== undefined && o.piece >= article.pieces.length) {
    throw new RangeError(`piece ${o.piece} does not exist (the article has ${article.pieces.length})`);
  }
}

const qingwen = {
  /** Starts the picker in the tab, as the context menu's "在页面上选择要去除的内容" does. */
  async pick(tabId: number): Promise<void> {
    await startPicker(tabId);
  },
  /** Opens the reader panel in the tab; resolves with the article (the CLI's --format json) once the panel is full. */
  async openReader(tabId: number): Promise<ArticleJson> {
    const wire = await ask<WireArticle>(tabId, { type: 'open', toggle: false });
    return articleJson(fromWire(wire));
  },
  /** Copies the article or one piece, as the panel's copy buttons do. */
  async copy(tabId: number, options?: ActionOptions): Promise<{ chars: number }> {
    const o = parseActionOptions(options);
    const article = await ask<WireArticle>(tabId, { type: 'article' });
    checkPiece(article, o);
    if (o.format === 'docx') throw new TypeError("copy writes 'text' or 'markdown'; 'docx' is for download");
    return copyArticle(article, o.piece, o.format ?? (await loadSettings()).copyFormat);
  },
  /** Downloads the article or one piece as Markdown (or .txt for format 'text', .docx for 'docx'). */
  async download(tabId: number, options?: ActionOptions): Promise<{ filename: string }> {
    const o = parseActionOptions(options);
    const article = await ask<WireArticle>(tabId, { type: 'article' });
    checkPiece(article, o);
    return downloadArticle(article, o.piece, o.format ?? 'markdown');
  },
};
(globalThis as { qingwen?: typeof qingwen }).qingwen = qingwen;

/** Toolbar, shortcut and menu: open (or close again) the reader. Restricted pages just fail quietly. */
async function toggleReader(tabId: number | undefined): Promise<void> {
  if (tabId === undefined || tabId < 0) return;
  try {
    await ask(tabId, { type: 'open', toggle: true });
  } catch (e) {
    console.warn('清文: cannot open the reader on this tab:', e);
  }
}

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

browser.action.onClicked.addListener((tab) => void toggleReader(tab.id));

browser.commands.onCommand.addListener((command, tab) => {
  if (command !== 'open-reader') return;
  void (tab?.id !== undefined ? toggleReader(tab.id) : activeTabId().then(toggleReader));
});

browser.runtime.onInstalled.addListener(() => {
  browser.contextMenus.create({ id: MENU_ID, title: t('menuOpen'), contexts: ['page', 'selection'] });
  browser.contextMenus.create({ id: PICK_MENU_ID, title: t('pickerMenu'), contexts: ['page', 'selection'] });
});
// The content script on the hosts the user added: in step with the settings and the granted access.
const syncAdded = (): void => void syncAddedSiteScript().catch(() => {});
syncAdded();
browser.permissions.onAdded.addListener(syncAdded);
browser.permissions.onRemoved.addListener(syncAdded);
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'sync' && ('extraSites' in changes || 'knownSites' in changes)) syncAdded();
});

browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === MENU_ID) void toggleReader(tab?.id);
  if (info.menuItemId === PICK_MENU_ID) void startPicker(tab?.id).catch(() => {});
});

browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
  if (!fromSelf(sender, browser.runtime.id) || !sender.tab) return undefined; // offscreen/options traffic is not ours
  const msg = parseToBackground(raw);
  if (!msg) return Promise.resolve(fail('invalid message'));
  const tabId = sender.tab.id;
  switch (msg.type) {
    case 'copy':
      return copyArticle(msg.article, msg.piece, msg.format, msg.bare === true).then(ok, fail);
    case 'load-converter':
      if (tabId === undefined) return Promise.resolve(fail('no tab'));
      // Into the frame that asked: the content script's isolated world, where the panel lives.
      return browser.scripting
        .executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [CONVERTERS[msg.to]] })
        .then(() => ok(true), fail);
    case 'download':
      return downloadArticle(msg.article, msg.piece, msg.format).then(ok, fail);
    case 'start-picker':
      // The panel's button: into the frame the panel is in.
      return startPicker(tabId, sender.frameId ?? 0).then(() => ok(true), fail);
    case 'picker-done': {
      if (tabId === undefined) return Promise.resolve(fail('no tab'));
      // Back to the frame the picker ran in; a panel there that stepped aside for it answers true.
      const relay: ToPanel = { type: 'picker-done', outcome: msg.outcome };
      return browser.tabs.sendMessage(tabId, relay, { frameId: sender.frameId ?? 0 }).then(
        (reply) => ok((reply as { ok?: unknown; value?: unknown } | undefined)?.value === true),
        () => ok(false), // nothing there listens (the picker came from the context menu)
      );
    }
    case 'save-case':
      return saveCase(msg.article, msg.pages).then(ok, fail);
    case 'found':
      if (tabId === undefined) return Promise.resolve(fail('no tab'));
      return Promise.all([
        browser.action.setBadgeBackgroundColor({ tabId, color: '#1f7a5a' }),
        browser.action.setBadgeText({ tabId, text: msg.pieces > 0 ? String(msg.pieces) : '' }),
      ]).then(() => ok(true), fail);
  }
});
