/// <reference types="chrome" />
// Headless Chromium (Debian's /usr/bin/chromium) with the built extension, through playwright-core.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROME_DIST = resolve(import.meta.dirname, '../../../dist/chrome');
export const hasChromium = existsSync(CHROMIUM);

export interface Browser {
  ctx: BrowserContext;
  sw: Worker;
  extensionId: string;
  downloads: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** The browser's interface language, and so the extension's ('zh-CN' by default). */
  lang?: 'zh-CN' | 'en-US';
  /** An X display (Xvfb) for a real window, which real key presses can reach; else headless. */
  display?: string;
  /** A profile folder to use again (a browser restart): kept on close; else a fresh one, removed on close. */
  profile?: string;
}

export async function launch(port: number, hosts: string[], { lang = 'zh-CN', display, profile: reused }: LaunchOptions = {}): Promise<Browser> {
  const profile = reused ?? mkdtempSync(join(tmpdir(), 'qingwen-chromium-'));
  const downloads = join(profile, 'downloads');
  if (!existsSync(downloads)) {
    mkdirSync(join(profile, 'Default'), { recursive: true });
    mkdirSync(downloads);
    // Real file names for extension downloads (Playwright's own handling gives GUIDs).
    writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ download: { default_directory: downloads, prompt_for_download: false } }));
  }
  // Only loopback: the corpus hosts go to the test server, every other name fails to resolve.
  const rules = [...hosts.map((h) => `MAP ${h} 127.0.0.1:${port}`), 'EXCLUDE 127.0.0.1', 'MAP * ~NOTFOUND'].join(', ');
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: !display,
    viewport: { width: 1280, height: 800 },
    // The interface language: Chinese, the extension's default (the tests click buttons by label).
    locale: lang,
    env: { ...process.env, LANGUAGE: lang.replace('-', '_'), LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', ...(display ? { DISPLAY: display } : {}) },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--lang=${lang}`,
      `--host-resolver-rules=${rules}`,
      `--disable-extensions-except=${CHROME_DIST}`,
      `--load-extension=${CHROME_DIST}`,
    ],
  });
  await ctx.grantPermissions(['clipboard-read', 'clipboard-write']);
  const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  const extensionId = new URL(sw.url()).host;
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'default' });
  await cdp.detach();
  const close = async () => {
    await ctx.close();
    if (!reused) rmSync(profile, { recursive: true, force: true });
  };
  return { ctx, sw, extensionId, downloads, close };
}

/** The tab id of a page, as the extension sees it. */
export async function tabIdOf(sw: Worker, url: string): Promise<number> {
  const id = await sw.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
  if (id === undefined) throw new Error(`no tab for ${url}`);
  return id;
}

/**
 * Runs `fn` with `this` bound to the panel's closed shadow root. Playwright cannot pierce a
 * closed root; the DevTools protocol can (pierce: true), so the test sees what the user sees.
 */
export async function inPanel<T>(page: Page, fn: string, ...args: unknown[]): Promise<T | null> {
  return inClosedRoot(page, 'first', fn, ...args);
}

/**
 * The same in the picker's root while the reader panel is open too (stepped aside for it): the
 * picker's host is appended after the panel's, so it is the last such root.
 */
export async function inPicker<T>(page: Page, fn: string, ...args: unknown[]): Promise<T | null> {
  return inClosedRoot(page, 'last', fn, ...args);
}

/** Clicks the picker's element `selector` finds with the real mouse (the panel may be open behind it). */
export async function clickInPicker(page: Page, selector: string): Promise<void> {
  const point = await inPicker<{ x: number; y: number }>(
    page,
    `function (selector) {
      const e = this.querySelector(selector);
      if (!e) throw new Error('nothing in the picker matches ' + selector);
      const r = e.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }`,
    selector,
  );
  if (!point) throw new Error('the picker is not open');
  await page.mouse.click(point.x, point.y);
}

async function inClosedRoot<T>(page: Page, which: 'first' | 'last', fn: string, ...args: unknown[]): Promise<T | null> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    // The panel's host is a plain <div> on <html> without attributes: the one with a closed shadow root.
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: ':root > div' });
    let shadow: { backendNodeId: number } | undefined;
    for (const nodeId of which === 'first' ? nodeIds : [...nodeIds].reverse()) {
      // A host may leave the page between the query and this look (the panel stepping aside for the picker): skipped.
      const described = await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true }).catch(() => null);
      shadow = described?.node.shadowRoots?.find((r) => r.shadowRootType === 'closed');
      if (shadow) break;
    }
    if (!shadow) return null;
    const resolved = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId }).catch(() => null);
    if (!resolved) return null;
    const { object } = resolved;
    const res = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: fn,
      arguments: args.map((value) => ({ value })),
      returnByValue: true,
      awaitPromise: true,
    });
    if (res.exceptionDetails) throw new Error(res.exceptionDetails.exception?.description ?? res.exceptionDetails.text);
    return res.result.value as T;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Clicks the panel element `selector` finds with the real mouse (a radio, a link …). */
export async function clickInPanel(page: Page, selector: string): Promise<void> {
  const point = await inPanel<{ x: number; y: number }>(
    page,
    `function (selector) {
      const e = this.querySelector(selector);
      if (!e) throw new Error('nothing in the panel matches ' + selector);
      e.scrollIntoView({ block: 'center' });
      const r = e.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }`,
    selector,
  );
  if (!point) throw new Error('the panel is not open');
  await page.mouse.click(point.x, point.y);
}

/** Clicks a panel button with the real mouse: `section` -1 for the header, else the piece's section. */
export async function clickPanelButton(page: Page, label: string, section = -1): Promise<void> {
  const point = await inPanel<{ x: number; y: number }>(
    page,
    `function (label, section) {
      const scope = section < 0 ? this.querySelector('header') : this.querySelectorAll('section')[section];
      const b = scope && [...scope.querySelectorAll('button')].find((x) => x.textContent === label);
      if (!b) throw new Error('no button ' + label + ' in section ' + section);
      b.scrollIntoView({ block: 'center' });
      const r = b.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }`,
    label,
    section,
  );
  if (!point) throw new Error('the panel is not open');
  await page.mouse.click(point.x, point.y);
}

export async function panelStatus(page: Page): Promise<string> {
  return (await inPanel<string>(page, `function () { return this.querySelector('.status')?.textContent ?? ''; }`)) ?? '';
}

/** Waits until `get` returns a truthy value. */
export async function until<T>(get: () => Promise<T>, what: string, timeout = 10_000): Promise<NonNullable<T>> {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await get();
    if (v) return v as NonNullable<T>;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
