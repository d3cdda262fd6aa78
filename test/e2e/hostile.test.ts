/// <reference types="chrome" />
// Hostile pages against the built extension in headless Chromium (issue 11): a page that
// defines the panel's element and reaches for its closed root, page CSS that hides the panel or
// makes it click-through, capture listeners on window that swallow clicks and Esc, a forged
// click on the format radios, an element clobbering the run-once flag, and a title long
// enough to break Chromium's downloads. Each page is a corpus page with the attack added, on
// a known host (so the content script starts at document_start, as on the real site).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toText, type ArticleJson } from '../../src/format/index.js';
import { clickInPanel, clickPanelButton, hasChromium, inPanel, launch, tabIdOf, until, type Browser } from './helpers/chromium.js';
import { firstRun } from '../../src/extension/content/once.js';
import { goldArticle } from './helpers/gold.js';
import { CORPUS, loadCase, startServer, type TestServer } from './helpers/server.js';

type Qingwen = {
  openReader(tabId: number): Promise<ArticleJson>;
  download(tabId: number, o?: { piece?: number; format?: 'text' | 'markdown' }): Promise<{ filename: string }>;
};

const CASE = 'xiaorob-my-mother-single';
const { gold } = loadCase(CASE);
const ORIGINAL = readFileSync(join(CORPUS, CASE, '168842.html'), 'utf8');

/** The corpus page with `head` added to its <head>, `body` to the start of its <body>, and `title` in place of its own. */
function hostile({ head = '', body = '', title }: { head?: string; body?: string; title?: string }): string {
  let html = ORIGINAL.replace('</head>', `${head}</head>`).replace(/<body([^>]*)>/, `<body$1>${body}`);
  if (title) html = html.replace(`<title>${gold.title}_小六范文网</title>`, `<title>${title}_小六范文网</title>`).replace(`<h1>${gold.title}</h1>`, `<h1>${title}</h1>`);
  return html;
}

const utf8Bytes = (s: string) => new TextEncoder().encode(s).length;

describe.skipIf(!hasChromium)('hostile pages in Chromium', () => {
  let server: TestServer;
  let b: Browser;
  let reader: Page;

  beforeAll(async () => {
    server = await startServer();
    b = await launch(server.port, server.hosts);
    reader = b.ctx.pages()[0] ?? (await b.ctx.newPage());
    await reader.goto(`http://127.0.0.1:${server.port}/blank`);
  }, 60_000);

  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  /** Serves `html` at http://xiaorob.com/hostile/NAME.html and opens it in a new tab. */
  async function visit(name: string, html: string): Promise<{ page: Page; url: string; tabId: number }> {
    server.routes.set(`xiaorob.com/hostile/${name}.html`, ['text/html; charset=utf-8', html]);
    const url = `http://xiaorob.com/hostile/${name}.html`;
    const page = await b.ctx.newPage();
    await page.goto(url);
    await page.waitForLoadState('load');
    return { page, url, tabId: await tabIdOf(b.sw, url) };
  }

  async function openPanel(page: Page, tabId: number): Promise<ArticleJson> {
    const article = await b.sw.evaluate((id) => (globalThis as unknown as { qingwen: Qingwen }).qingwen.openReader(id), tabId);
    await until(() => inPanel<boolean>(page, `function () { return this.querySelector('.sheet')?.dataset.state === 'ready'; }`), 'a full panel');
    return article;
  }

  const panelTitle = (page: Page) => inPanel<string>(page, `function () { return this.querySelector('h1').textContent; }`);
  const msg = (key: string) => b.sw.evaluate((k) => chrome.i18n.getMessage(k), key);

  async function clipboard(): Promise<string> {
    await reader.bringToFront();
    return reader.evaluate(() => navigator.clipboard.readText());
  }

  it('a page that defines the panel element and calls attachInternals() never reaches the closed root', async () => {
    const { page, tabId } = await visit(
      'internals',
      hostile({
        head: `<script>
          window.__leak = null;
          const steal = (internals) => setInterval(() => {
            const root = internals.shadowRoot;
            if (!root) return;
            window.__leak = root.textContent.slice(0, 80);
            const h1 = root.querySelector('h1');
            if (h1) h1.textContent = 'PWNED';
          }, 20);
          for (const name of ['qingwen-reader', 'qingwen-panel']) {
            customElements.define(name, class extends HTMLElement { constructor() { super(); steal(this.attachInternals()); } });
          }
        </script>`,
      }),
    );
    const article = await openPanel(page, tabId);
    expect(article.title).toBe(gold.title);
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { __leak: unknown }).__leak)).toBeNull();
    expect(await panelTitle(page)).toBe(gold.title);
    // What the page sees of the panel: a plain div (in the top layer), its root closed.
    expect(await page.evaluate(() => {
      const host = document.documentElement.lastElementChild!;
      return { tag: host.localName, attributes: host.getAttributeNames(), root: host.shadowRoot };
    })).toEqual({ tag: 'div', attributes: ['popover'], root: null });
    await page.close();
  });

  it('page CSS cannot hide the panel or make it click-through', async () => {
    const css = `qingwen-reader, html > div, html > :last-child, div { display: none !important; visibility: hidden !important; opacity: 0 !important; pointer-events: none !important; z-index: -1 !important; position: static !important; }`;
    const { page, tabId } = await visit('css', hostile({ head: `<style>${css}</style>` }));
    const article = await openPanel(page, tabId);
    const seen = await page.evaluate(() => {
      const host = document.documentElement.lastElementChild as HTMLElement;
      const s = getComputedStyle(host);
      const hit = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
      return { display: s.display, visibility: s.visibility, opacity: s.opacity, pointerEvents: s.pointerEvents, position: s.position, zIndex: s.zIndex, hitsPanel: hit === host };
    });
    expect(seen).toEqual({ display: 'block', visibility: 'visible', opacity: '1', pointerEvents: 'auto', position: 'fixed', zIndex: '2147483647', hitsPanel: true });
    // And the real mouse reaches the buttons.
    await page.bringToFront();
    await clickPanelButton(page, await msg('copyAll'));
    const expected = toText(goldArticle(gold, article));
    await until(async () => (await clipboard()) === expected, 'the article on the clipboard');
    await page.close();
  });

  it('an overlay the page stacks over the panel later does not cover it', async () => {
    const { page, tabId } = await visit(
      'overlay',
      hostile({
        head: `<script>
          new MutationObserver(() => {
            if (document.getElementById('cover') || document.documentElement.lastElementChild?.localName !== 'div') return;
            const cover = document.createElement('div');
            cover.id = 'cover';
            cover.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:white';
            document.documentElement.append(cover);
          }).observe(document.documentElement, { childList: true });
        </script>`,
      }),
    );
    const article = await openPanel(page, tabId);
    expect(await page.evaluate(() => document.getElementById('cover') !== null)).toBe(true);
    expect(await page.evaluate(() => document.elementFromPoint(innerWidth / 2, innerHeight / 2)?.id)).not.toBe('cover');
    await page.bringToFront();
    await clickPanelButton(page, await msg('copyAll'));
    await until(async () => (await clipboard()) === toText(goldArticle(gold, article)), 'the article on the clipboard');
    await page.close();
  });

  it('capture listeners the page adds on window swallow neither the panel’s clicks nor Esc, and see none of them', async () => {
    const { page, tabId } = await visit(
      'capture',
      hostile({
        head: `<script>
          window.__swallowed = 0;
          for (const type of ['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'auxclick', 'dblclick']) {
            window.addEventListener(type, (e) => {
              if (e.target === document.documentElement.lastElementChild && type === 'click') window.__swallowed++;
              e.stopImmediatePropagation();
            }, true);
          }
        </script>`,
      }),
    );
    const article = await openPanel(page, tabId);
    await page.bringToFront();
    await clickPanelButton(page, await msg('copyAll'));
    const expected = toText(goldArticle(gold, article));
    await until(async () => (await clipboard()) === expected, 'the article on the clipboard');
    expect(await page.evaluate(() => (window as unknown as { __swallowed: number }).__swallowed)).toBe(0);
    // From the keyboard too: Enter on the focused button (a click without coordinates).
    await reader.evaluate(() => navigator.clipboard.writeText(''));
    await page.bringToFront();
    const label = await msg('copyAll');
    await inPanel(page, `function (label) { [...this.querySelectorAll('button')].find((x) => x.textContent === label).focus(); }`, label);
    await page.keyboard.press('Enter');
    await until(async () => (await clipboard()) === expected, 'the article on the clipboard again');
    await page.bringToFront();
    await page.keyboard.press('Escape');
    await until(async () => (await inPanel(page, 'function () { return true; }')) === null, 'Esc to close the panel');
    // And a click beside the panel closes it.
    await openPanel(page, tabId);
    await page.bringToFront();
    await page.mouse.click(20, 400);
    await until(async () => (await inPanel(page, 'function () { return true; }')) === null, 'a click beside the panel to close it');
    await page.close();
  });

  it('a forged click on the format radios changes nothing; a real one does', async () => {
    await b.sw.evaluate(() => chrome.storage.sync.set({ copyFormat: 'text' }));
    const { page, tabId } = await visit('radios', ORIGINAL);
    await openPanel(page, tabId);
    await inPanel(page, `function () { this.querySelector('input[value=markdown]').click(); }`);
    await page.waitForTimeout(300);
    expect(await b.sw.evaluate(() => chrome.storage.sync.get('copyFormat'))).toEqual({ copyFormat: 'text' });
    await page.bringToFront();
    await clickInPanel(page, 'input[value=markdown]');
    await expect.poll(() => b.sw.evaluate(() => chrome.storage.sync.get('copyFormat'))).toEqual({ copyFormat: 'markdown' });
    // A click on a label's words (the browser then clicks the radio itself) works too.
    const words = await inPanel<{ x: number; y: number }>(
      page,
      `function () {
        const label = this.querySelector('input[value=text]').parentElement;
        const range = document.createRange();
        range.selectNodeContents(label.lastChild);
        const r = range.getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      }`,
    );
    await page.mouse.click(words!.x, words!.y);
    await expect.poll(() => b.sw.evaluate(() => chrome.storage.sync.get('copyFormat'))).toEqual({ copyFormat: 'text' });
    await page.close();
  });

  it('an element with id="__qingwenContent" (DOM clobbering) does not make the run-once flag look set', async () => {
    const { page, tabId } = await visit('clobber', hostile({ body: '<div id="__qingwenContent"></div>' }));
    // The check itself, in this page's own window, where the element is a named property: a
    // later injection (the extension updated under an open tab, or a click on a site it does
    // not know) meets the page as it is then, element included.
    const runs = await page.evaluate((src) => {
      const firstRun = new Function(`return ${src}`)() as (scope: object) => boolean;
      const clobbered = (window as unknown as Record<string, unknown>).__qingwenContent instanceof HTMLElement;
      return { clobbered, first: firstRun(window), second: firstRun(window) };
    }, firstRun.toString());
    expect(runs).toEqual({ clobbered: true, first: true, second: false });
    expect((await openPanel(page, tabId)).title).toBe(gold.title);
    await page.close();
  });

  it('a title too long for Chromium’s downloads still downloads, twice (the second as " (1)")', async () => {
    // 84 CJK characters: a 255-byte name with ".md", which Chromium cancels (its limit is 245).
    const title = '关于进一步加强和改进新时代学校思想政治教育工作的若干意见及实施方案'.repeat(3).slice(0, 84);
    const { page, tabId } = await visit('long', hostile({ title }));
    const download = () => b.sw.evaluate((id) => (globalThis as unknown as { qingwen: Qingwen }).qingwen.download(id), tabId);
    const first = await download();
    const second = await download();
    for (const { filename } of [first, second]) {
      expect(filename.startsWith(title.slice(0, 40))).toBe(true);
      expect(utf8Bytes(filename)).toBeLessThanOrEqual(245);
    }
    expect(second.filename).toBe(first.filename.replace(/\.md$/, ' (1).md'));
    const done = await b.sw.evaluate(async (names) => {
      const items = await chrome.downloads.search({ state: 'complete' });
      return names.map((n) => items.some((i) => i.filename.endsWith(`/${n}`)));
    }, [first.filename, second.filename]);
    expect(done).toEqual([true, true]);
    await page.close();
  });
});
