/// <reference types="chrome" />
// See and undo (issue 10), in headless Chromium with the real panel and the real mouse: the
// switch shows what the engine removed, each in its place with its reason; 恢复 puts one back
// and copy, .md and Word then write it; × removes a kept block (also from the keyboard) and
// 撤销 brings it back; the choices outlast a close and reopen of the panel on the same page.
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleJson } from '../../src/format/index.js';
import { docxParts } from '../helpers/docx.js';
import { clickInPanel, hasChromium, inPanel, launch, tabIdOf, until, type Browser } from './helpers/chromium.js';
import { loadCase, servedUrl, startServer, type TestServer } from './helpers/server.js';

type Qingwen = { openReader(tabId: number): Promise<ArticleJson> };
const CASE = 'xiaorob-my-mother-single';
const ARTIFACTS = resolve(import.meta.dirname, '../../test-artifacts');

/** What the panel shows: each element of the piece in order, as [kind, text] (kind: the block's tag, or "removed:<reason>"). */
const SHOWN = `function () {
  return [...this.querySelectorAll('main > section > *')].flatMap((e) => {
    if (e.classList.contains('qw-rm')) return [['removed:' + e.dataset.reason, [...e.querySelectorAll('p')].map((p) => p.textContent).join('\\n'), e.querySelector('.qw-rm-label').textContent]];
    if (e.dataset.b === undefined) return [];
    return [[e.tagName, e.textContent]];
  });
}`;

describe.skipIf(!hasChromium)('what was removed, seen and undone in the panel (Chromium)', () => {
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
  afterEach(async () => {
    for (const p of b.ctx.pages().slice(1)) await p.close();
    await b.sw.evaluate(() => chrome.storage.sync.clear());
  });

  const msg = (key: string, ...subs: (string | number)[]) => b.sw.evaluate(([k, s]) => chrome.i18n.getMessage(k, s), [key, subs.map(String)] as const);
  const ready = (page: Page) => until(() => inPanel<boolean>(page, `function () { return this.querySelector('.sheet')?.dataset.state === 'ready'; }`), 'a full panel');
  const shown = (page: Page) => inPanel<[string, string, string?][]>(page, SHOWN).then((x) => x!);
  const switchLabel = (page: Page) => inPanel<string>(page, `function () { return this.querySelector('.qw-switch').textContent; }`);

  async function open(url: string, page?: Page): Promise<{ page: Page; article: ArticleJson }> {
    if (!page) {
      page = await b.ctx.newPage();
      await page.goto(url);
    }
    const tabId = await tabIdOf(b.sw, page.url());
    const article = await b.sw.evaluate((id) => (globalThis as unknown as { qingwen: Qingwen }).qingwen.openReader(id), tabId);
    await ready(page);
    await page.bringToFront();
    return { page, article };
  }

  async function clipboard(): Promise<string> {
    await reader.bringToFront();
    return reader.evaluate(() => navigator.clipboard.readText());
  }

  /** Empties the clipboard, so a later read sees only the next copy. */
  async function clearClipboard(page: Page): Promise<void> {
    await reader.bringToFront();
    await reader.evaluate(() => navigator.clipboard.writeText(''));
    await page.bringToFront();
  }

  async function downloaded(since: number): Promise<string> {
    const item = await until(
      () => b.sw.evaluate(async (t) => (await chrome.downloads.search({ startedAfter: new Date(t).toISOString(), state: 'complete' }))[0], since),
      'a completed download',
    );
    return item.filename;
  }

  it('the switch shows each removal in its place with its reason; 恢复 puts one back, and copy, .md and Word write it', async () => {
    const { page, article } = await open(servedUrl(loadCase(CASE).info));
    const paragraphs = article.pieces[0]!.paragraphs;
    const source = (await shown(page)).length;
    expect(source).toBe(paragraphs.length); // nothing removed is shown before the switch is on
    // 4 hidden watermarks, the site rule's slogan, the source line, the outro (the scripts are no text to show).
    expect(await switchLabel(page)).toBe(await msg('removedShow', 7));
    expect(await inPanel<string | null>(page, `function () { return this.querySelector('input[name=showRemoved]').getAttribute('role'); }`)).toBe('switch');

    await clickInPanel(page, 'input[name=showRemoved]');
    await until(async () => (await shown(page)).length > paragraphs.length, 'the removed content shown');
    const view = await shown(page);
    const kinds = view.map(([kind]) => kind);
    // Before the first paragraph: the slogan and the source line; a watermark between each two paragraphs; the outro at the end.
    expect(kinds).toEqual(['removed:site rule', 'removed:source line', 'P', 'removed:hidden', 'P', 'removed:hidden', 'P', 'removed:hidden', 'P', 'removed:hidden', 'removed:outro']);
    expect(view.filter(([k]) => k === 'P').map(([, text]) => text)).toEqual(paragraphs);
    const sourceLine = view.find(([k]) => k === 'removed:source line')!;
    expect(sourceLine[1]).toMatch(/^本文原地址：https:\/\/xiaorob\.com\/zuowen\/168842\.html/);
    expect(sourceLine[2]).toBe(await msg('rmSource'));
    expect(view.find(([k]) => k === 'removed:outro')![2]).toBe(await msg('rmOutro'));
    expect(view.find(([k]) => k === 'removed:hidden')![2]).toBe(await msg('rmHidden'));
    // Greyed, and the page text in it is text: no element of the page's own made it in.
    const look = await inPanel<{ color: string; pColor: string; tags: string[] }>(
      page,
      `function () { const box = this.querySelector('.qw-rm'); return { color: getComputedStyle(box.querySelector('p')).color, pColor: getComputedStyle(this.querySelector('section > p')).color,
        tags: [...new Set([...this.querySelectorAll('.qw-rm *')].map((e) => e.tagName))].sort() }; }`,
    );
    expect(look!.color).not.toBe(look!.pColor);
    expect(look!.tags).toEqual(['BUTTON', 'DIV', 'P', 'SPAN']);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'panel-removed.png') });

    // 恢复 on the source line: it stands in the article, first, and the switch counts one less.
    await clickInPanel(page, '.qw-rm[data-reason="source line"] button');
    await until(async () => (await shown(page))[1]?.[0] === 'P', 'the source line put back');
    const restored = await shown(page);
    expect(restored.slice(0, 3).map(([k]) => k)).toEqual(['removed:site rule', 'P', 'P']);
    expect(restored[1]![1]).toBe(sourceLine[1]);
    expect(await switchLabel(page)).toBe(await msg('removedShow', 6));
    expect(await inPanel<string>(page, `function () { return this.querySelector('.qw-undo').textContent; }`)).toBe(`${await msg('restoredOne')}${await msg('undo')}`);

    await clearClipboard(page);
    await clickInPanel(page, '.bar button.primary'); // 复制全部
    await until(async () => (await clipboard()).includes('本文原地址'), 'the copy with the source line');
    const copied = await clipboard();
    expect(copied.indexOf(sourceLine[1])).toBeLessThan(copied.indexOf(paragraphs[0]!));
    expect(copied).not.toContain('更多 范文大全');

    await page.bringToFront();
    let since = Date.now();
    await clickInPanel(page, '.bar button:nth-of-type(2)'); // 下载全部 (.md)
    const md = readFileSync(await downloaded(since), 'utf8');
    expect(md).toContain(sourceLine[1]);
    await page.bringToFront();
    since = Date.now();
    await clickInPanel(page, '.bar button:nth-of-type(3)'); // 下载全部 (Word)
    const doc = docxParts(new Uint8Array(readFileSync(await downloaded(since))))['word/document.xml']!;
    expect(doc).toContain('本文原地址');
  });

  it('× removes a kept block (mouse or keyboard), 撤销 brings it back; the choices outlast a close and reopen on the same page', async () => {
    const { page, article } = await open(servedUrl(loadCase(CASE).info));
    const paragraphs = article.pieces[0]!.paragraphs;
    const second = paragraphs[1]!;
    const cross = () =>
      inPanel<{ label: string; opacity: string; top: number; right: number; blockTop: number; blockRight: number }>(
        page,
        `function () { const x = this.querySelector('main > button.qw-x'), r = x.getBoundingClientRect(); const b = this.querySelector('section > p[data-b="1"]').getBoundingClientRect();
          return { label: x.getAttribute('aria-label'), opacity: getComputedStyle(x).opacity, top: r.top, right: r.left, blockTop: b.top, blockRight: b.right }; }`,
      ).then((x) => x!);
    // One × for the text, not one per paragraph: the paragraphs hold their text alone.
    expect(await inPanel<number>(page, `function () { return this.querySelectorAll('section button').length + this.querySelectorAll('main button.qw-x').length; }`)).toBe(1);

    // On hover the × shows beside the paragraph under the mouse, named for it; a click removes the paragraph.
    const p = await inPanel<{ x: number; y: number }>(page, `function () { const r = this.querySelector('section > p[data-b="1"]').getBoundingClientRect(); return { x: r.x + 40, y: r.y + 8 }; }`);
    await page.mouse.move(p!.x, p!.y);
    const hovered = await cross();
    expect(hovered.opacity).toBe('1');
    expect(Math.abs(hovered.top - hovered.blockTop)).toBeLessThan(2);
    expect(hovered.right).toBeGreaterThanOrEqual(hovered.blockRight);
    expect(hovered.label).toBe(await msg('removeBlockOf', `${second.slice(0, 24)}…`));
    await clickInPanel(page, 'main > button.qw-x');
    await until(async () => !(await shown(page)).some(([, text]) => text === second), 'the paragraph removed');
    expect(await inPanel<string>(page, `function () { return this.querySelector('.qw-undo').textContent; }`)).toBe(`${await msg('removedOne')}${await msg('undo')}`);
    await clearClipboard(page);
    await clickInPanel(page, '.bar button.primary');
    await until(async () => (await clipboard()).includes(paragraphs[0]!), 'the copy');
    expect(await clipboard()).not.toContain(second);

    // In the removed view it shows in its place, as removed by you, and 恢复 there puts it back too.
    await page.bringToFront();
    await clickInPanel(page, 'input[name=showRemoved]');
    await until(async () => (await shown(page)).some(([k]) => k === 'removed:user'), 'the removed view');
    const view = await shown(page);
    const at = view.findIndex(([k]) => k === 'removed:user');
    expect(view[at]!.slice(1)).toEqual([second, await msg('rmByYou')]);
    expect(view.slice(0, at).filter(([k]) => k === 'P').map(([, t]) => t)).toEqual([paragraphs[0]]);

    // 撤销 in the status line.
    await clickInPanel(page, '.qw-undo button');
    await until(async () => (await shown(page)).some(([k, text]) => k === 'P' && text === second), 'the paragraph back');
    expect(await inPanel<boolean>(page, `function () { return this.querySelector('.qw-undo').hidden; }`)).toBe(true);

    // The keyboard: Tab from the text reaches the ×, on the first paragraph in view; ↓ twice moves it to the third; Enter removes that one.
    await inPanel(page, `function () { const m = this.querySelector('main'); m.scrollTop = 0; m.focus(); }`);
    await page.mouse.move(1, 1);
    await page.keyboard.press('Tab');
    expect(await inPanel<string | null>(page, `function () { return this.activeElement?.getAttribute('aria-label') ?? null; }`)).toBe(await msg('removeBlockOf', `${paragraphs[0]!.slice(0, 24)}…`));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await inPanel<string | null>(page, `function () { return this.activeElement?.getAttribute('aria-label') ?? null; }`)).toBe(await msg('removeBlockOf', `${paragraphs[2]!.slice(0, 24)}…`));
    await page.keyboard.press('Enter');
    await until(async () => !(await shown(page)).some(([k, text]) => k === 'P' && text === paragraphs[2]), 'the third paragraph removed by keyboard');

    // Closed and opened again on the same page: the third paragraph is still removed.
    await page.keyboard.press('Escape');
    await until(async () => (await inPanel(page, 'function () { return true; }')) === null, 'the panel to close');
    await open(page.url(), page);
    const again = await shown(page);
    expect(again.filter(([k]) => k === 'P').map(([, t]) => t)).toEqual([paragraphs[0], paragraphs[1], paragraphs[3]]);
    expect(again.some(([k]) => k === 'removed:user')).toBe(true); // the switch stayed on too
  });
});
