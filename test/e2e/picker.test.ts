/// <reference types="chrome" />
// The picker ("在页面上选择要去除的内容", issue 10) in headless Chromium with the real mouse and
// keyboard: the element under the pointer is outlined, a click picks it (and never reaches the
// page), "扩大到上一级" widens it, the selector and its matches are shown, the choice is saved as
// the host's rule — and the next reader open on that host follows it. Esc leaves everything as it was.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleJson } from '../../src/format/index.js';
import { clickInPanel, hasChromium, inPanel, launch, tabIdOf, until, type Browser } from './helpers/chromium.js';
import { startServer, type TestServer } from './helpers/server.js';

const P = [
  '春天来了，校园里的花都开了，同学们在操场上快乐地奔跑，老师们站在一旁微笑着看着大家。',
  '我们班组织了一次春游活动，大家带着自己准备的食物，来到了城外的小山上，一起登高望远。',
];
const LEAK = '另外，学校食堂下周一起调整开放时间，请同学们留意班级群里的通知。';
const KEEP = '附：我们在山顶上合影留念，这张照片至今还挂在教室的墙上，欢迎大家去看看。';
const URL = 'http://xiaorob.com/zhuanti/test/779.html';
const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>春游_小六范文网</title></head><body>
<div class="article"><h1>春游</h1><div id="content">
<p>${P[0]}</p><div class="note-x">${LEAK}<a id="lnk" href="/zhuanti/test/elsewhere.html">详情</a></div>
<div class="pdfdown">${KEEP}</div><p>${P[1]}</p></div></div></body></html>`;

/** What the picker shows: null when it is not on the page. */
const picker = (page: Page) =>
  inPanel<{ message: string; selector: string; box: { display: string; left: number; top: number }; buttons: string[] }>(
    page,
    `function () {
      const box = this.querySelector('.box');
      if (!box) return null;
      return { message: this.querySelector('.message').textContent, selector: this.querySelector('.selector')?.textContent ?? '',
        box: { display: box.style.display, left: parseFloat(box.style.left), top: parseFloat(box.style.top) },
        buttons: [...this.querySelectorAll('button')].map((b) => b.className) };
    }`,
  );

if (!hasChromium) console.warn('[e2e] /usr/bin/chromium not found: picker tests skipped (CI installs it).');

describe.skipIf(!hasChromium)('the picker (Chromium, real mouse and keys)', () => {
  let server: TestServer;
  let b: Browser;

  beforeAll(async () => {
    server = await startServer();
    server.routes.set('xiaorob.com/zhuanti/test/779.html', ['text/html; charset=utf-8', PAGE]);
    b = await launch(server.port, server.hosts);
  }, 60_000);
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  const msg = (key: string, ...subs: (string | number)[]): Promise<string> =>
    b.sw.evaluate(([k, s]) => chrome.i18n.getMessage(k, s), [key, subs.map(String)] as const);
  const stored = () => b.sw.evaluate(async () => (await chrome.storage.sync.get('rule:xiaorob.com'))['rule:xiaorob.com']);

  async function open(): Promise<{ page: Page; tabId: number }> {
    const page = await b.ctx.newPage();
    await page.goto(URL);
    return { page, tabId: await tabIdOf(b.sw, URL) };
  }
  const startPicker = (tabId: number) => b.sw.evaluate((id) => (globalThis as unknown as { qingwen: { pick(id: number): Promise<void> } }).qingwen.pick(id), tabId);
  const reader = (tabId: number) =>
    b.sw.evaluate(async (id) => (await (globalThis as unknown as { qingwen: { openReader(id: number): Promise<ArticleJson> } }).qingwen.openReader(id)).pieces.flatMap((p) => p.paragraphs), tabId);
  async function hover(page: Page, selector: string): Promise<void> {
    const r = (await page.locator(selector).boundingBox())!;
    await page.mouse.move(r.x + 5, r.y + r.height / 2, { steps: 4 });
  }

  it('outlines under the pointer, picks with a click the page never gets, widens, saves "remove"; the reader follows', async () => {
    const { page, tabId } = await open();
    await startPicker(tabId);
    await until(async () => (await picker(page))?.message === (await msg('pickerHint')), 'the picker');
    await hover(page, '#lnk');
    const link = (await page.locator('#lnk').boundingBox())!;
    await until(async () => (await picker(page))?.box.display === 'block', 'the outline');
    expect((await picker(page))!.box.left).toBeCloseTo(link.x, 0);

    await page.mouse.click(link.x + 5, link.y + link.height / 2);
    await until(async () => (await picker(page))?.selector === '#lnk', 'the link picked');
    expect(page.url()).toBe(URL); // the page's link was not followed
    await clickInPanel(page, 'button.parent');
    await until(async () => (await picker(page))?.selector === 'div.note-x', 'widened to the box');
    expect((await picker(page))!.message).toBe(await msg('pickerMatches', 'div.note-x', 1));

    await clickInPanel(page, 'button.remove');
    await until(async () => (await picker(page))?.message === (await msg('pickerSaved', 'xiaorob.com')), 'saved');
    expect(await stored()).toEqual({ hosts: ['xiaorob.com'], remove: ['div.note-x'], keep: [] });
    await clickInPanel(page, 'button.done');
    await until(async () => (await picker(page)) === null, 'the picker gone');
    expect(await reader(tabId)).toEqual([P[0], P[1]]);
    await page.close();
  });

  it('Enter picks what is under the pointer; "always keep" brings back what the engine drops; Esc changes nothing', async () => {
    const { page, tabId } = await open();
    await startPicker(tabId);
    await until(async () => (await picker(page))?.message === (await msg('pickerHint')), 'the picker');
    await hover(page, '.pdfdown');
    await until(async () => (await picker(page))?.box.display === 'block', 'the outline');
    await page.keyboard.press('Enter');
    await until(async () => (await picker(page))?.selector === 'div.pdfdown', 'picked by Enter');
    await clickInPanel(page, 'button.keep');
    await until(async () => (await picker(page))?.message === (await msg('pickerSaved', 'xiaorob.com')), 'saved');
    expect(await stored()).toEqual({ hosts: ['xiaorob.com'], remove: ['div.note-x'], keep: ['div.pdfdown'] });
    await clickInPanel(page, 'button.done');
    expect(await reader(tabId)).toEqual([P[0], KEEP, P[1]]);
    await page.close();

    const again = await open();
    await startPicker(again.tabId);
    await until(async () => (await picker(again.page)) !== null, 'the picker');
    await hover(again.page, 'h1');
    await again.page.keyboard.press('Escape');
    await until(async () => (await picker(again.page)) === null, 'the picker gone');
    expect(await stored()).toEqual({ hosts: ['xiaorob.com'], remove: ['div.note-x'], keep: ['div.pdfdown'] });
    await again.page.close();
  });
});
