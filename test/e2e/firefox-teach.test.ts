// Teaching a site in headless Firefox: the picker (from the context menu's action and from the
// reader panel) and a host added to a known family. Input is WebDriver actions through
// Marionette: Firefox dispatches them as trusted mouse and key events through its own event
// handling (hit testing, focus, default actions), as for a user; only the OS is left out.
// What the closed shadow roots show is read in the content scripts' world, where Firefox gives
// add-ons `openOrClosedShadowRoot` (scripting.executeScript from the options page).
// Simulated: the Allow button of the browser's permission prompt for an added host is pressed
// with a DOM click from the browser's chrome (headless Firefox lays the doorhanger out nowhere a
// WebDriver pointer can reach); the request itself comes from a WebDriver click on the options page.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Runner } from 'web-ext';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import empirecms from '../../src/rules/empirecms.js';
import { extensionHost, hasFirefox, key, launchFirefox, mouse, newTab } from './helpers/firefox.js';
import type { Marionette } from './helpers/marionette.js';
import { runCase } from '../helpers/corpus-case.js';
import { CORPUS, loadCase, servedUrl, startServer, type TestServer } from './helpers/server.js';

const P = [
  '春天来了，校园里的花都开了，同学们在操场上快乐地奔跑，老师们站在一旁微笑着看着大家。',
  '我们班组织了一次春游活动，大家带着自己准备的食物，来到了城外的小山上，一起登高望远。',
];
const LEAK = '另外，学校食堂下周一起调整开放时间，请同学们留意班级群里的通知。';
const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>春游_小六范文网</title></head><body>
<div class="article"><h1>春游</h1><div id="content">
<p>${P[0]}</p><div class="note-x">${LEAK}<a id="lnk" href="/zhuanti/test/elsewhere.html">详情</a></div><p>${P[1]}</p></div></div></body></html>`;
const CLONE_HOST = 'www.clone-site.cn';
const CLONE_URL = `http://${CLONE_HOST}/zuowen/1.html`;
const CLONE = `<!doctype html><html><head><meta charset="utf-8"><title>一次难忘的春游_某某范文网</title></head><body>
<div class="article"><h1>一次难忘的春游</h1><div class="info">作者：佚名 时间：2024-03-01</div><div id="content">
<p>${P[0]}</p><p>${P[1]}</p></div></div></body></html>`;

interface Root {
  panel: boolean;
  message: string;
  selector: string;
  box: string;
  status: string;
  paragraphs: string[];
  rect: { x: number; y: number } | null;
}

describe.skipIf(!hasFirefox)('teaching a site in headless Firefox (WebDriver input)', () => {
  let server: TestServer;
  let runner: Runner | undefined;
  let m: Marionette;
  let options = '';
  const downloads = mkdtempSync(join(tmpdir(), 'qingwen-firefox-teach-'));

  beforeAll(async () => {
    server = await startServer();
    for (const n of ['783', '784', '785']) server.routes.set(`xiaorob.com/zhuanti/test/${n}.html`, ['text/html; charset=utf-8', PAGE]);
    server.routes.set(`${CLONE_HOST}/zuowen/1.html`, ['text/html; charset=utf-8', CLONE]);
    ({ runner, m } = await launchFirefox({ proxyPort: server.port, startUrl: ['about:blank'], downloads }));
    options = await newTab(m, `moz-extension://${await extensionHost(m)}/options.html`);
  }, 90_000);
  afterAll(async () => {
    m?.close();
    await runner?.exit();
    await server?.close();
    rmSync(downloads, { recursive: true, force: true });
  });

  /** Runs `body` (async, with `b` the extension API and `bg` the background page) on the options page; its JSON value. */
  async function ext<T>(body: string, args: unknown[] = []): Promise<T> {
    await m.send('WebDriver:SwitchToWindow', { handle: options });
    const r = await m.run<{ ok: T } | { error: string }>(
      `const done = arguments[arguments.length - 1]; const args = arguments;
      (async () => { const b = (window.wrappedJSObject ?? window).browser; const bg = await b.runtime.getBackgroundPage(); ${body} })()
        .then((v) => done({ ok: JSON.parse(JSON.stringify(v ?? null)) }), (e) => done({ error: String(e) }));`,
      args,
    );
    if ('error' in r) throw new Error(r.error);
    return r.ok;
  }
  const msg = (k: string, ...subs: (string | number)[]) => ext<string>('return b.i18n.getMessage(args[0], args[1]);', [k, subs.map(String)]);
  const tabOf = (url: string) => ext<number>('return (await b.tabs.query({})).find((t) => t.url === args[0]).id;', [url]);
  const stored = () => ext<unknown>(`return (await b.storage.sync.get('rule:xiaorob.com'))['rule:xiaorob.com'] ?? null;`);

  /** Our closed roots in the tab, in document order: the panel's and the picker's; `sel`'s centre in each. */
  const roots = (tabId: number, sel = '') =>
    ext<Root[]>(
      `const [r] = await b.scripting.executeScript({ target: { tabId: args[0] }, args: [args[1]], func: (sel) =>
        [...document.documentElement.children].filter((h) => h.openOrClosedShadowRoot).map((h) => {
          const r = h.openOrClosedShadowRoot;
          const e = sel ? r.querySelector(sel) : null;
          const box = e && e.getBoundingClientRect();
          return { panel: !!r.querySelector('main'), message: r.querySelector('.message')?.textContent ?? '', selector: r.querySelector('.selector')?.textContent ?? '',
            box: r.querySelector('.box')?.style.display ?? '', status: r.querySelector('.status')?.textContent ?? '',
            paragraphs: [...r.querySelectorAll('main section p')].map((p) => p.textContent), rect: box ? { x: box.x + box.width / 2, y: box.y + box.height / 2 } : null };
        }) });
      return r.result;`,
      [tabId, sel],
    );
  const picker = async (tabId: number, sel = '') => (await roots(tabId, sel)).find((r) => !r.panel) ?? null;
  const panel = async (tabId: number, sel = '') => (await roots(tabId, sel)).find((r) => r.panel) ?? null;
  async function until<T>(get: () => Promise<T>, what: string, timeout = 10_000): Promise<NonNullable<T>> {
    const end = Date.now() + timeout;
    for (;;) {
      const v = await get();
      if (v) return v as NonNullable<T>;
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  /** The real pointer at an element's centre in the tab `page` (viewport coordinates). */
  async function clickAt(page: string, at: { x: number; y: number }): Promise<void> {
    await m.send('WebDriver:SwitchToWindow', { handle: page });
    await mouse(m, [{ move: [at.x, at.y] }, 'click']);
  }
  async function linkCentre(page: string): Promise<{ x: number; y: number }> {
    await m.send('WebDriver:SwitchToWindow', { handle: page });
    const r = await m.send<{ value: { x: number; y: number; height: number } }>('WebDriver:ExecuteScript', { script: `const r = document.getElementById('lnk').getBoundingClientRect(); return { x: r.x, y: r.y, height: r.height };`, args: [] });
    return { x: r.value.x + 5, y: r.value.y + r.value.height / 2 };
  }
  const currentUrl = async (page: string) => {
    await m.send('WebDriver:SwitchToWindow', { handle: page });
    return (await m.send<{ value: string }>('WebDriver:GetCurrentURL')).value;
  };
  const reader = (tabId: number) => ext<string[]>('return (await bg.qingwen.openReader(args[0])).pieces.flatMap((p) => p.paragraphs);', [tabId]);

  it('the picker (context menu): outlines under the pointer, picks with a click the page never gets, widens, saves; the reader follows; Esc changes nothing', async () => {
    const url = 'http://xiaorob.com/zhuanti/test/783.html';
    const page = await newTab(m, url);
    const tabId = await tabOf(url);
    await ext('await bg.qingwen.pick(args[0]);', [tabId]);
    const hint = await msg('pickerHint');
    await until(async () => (await picker(tabId))?.message === hint, 'the picker');
    const link = await linkCentre(page);
    await m.send('WebDriver:SwitchToWindow', { handle: page });
    await mouse(m, [{ move: [link.x, link.y] }]);
    await until(async () => (await picker(tabId))?.box === 'block', 'the outline');
    await clickAt(page, link);
    await until(async () => (await picker(tabId))?.selector === '#lnk', 'the link picked');
    expect(await currentUrl(page)).toBe(url); // the link was not followed
    await clickAt(page, (await picker(tabId, 'button.parent'))!.rect!);
    await until(async () => (await picker(tabId))?.selector === 'div.note-x', 'widened to the box');
    expect((await picker(tabId))!.message).toBe(await msg('pickerMatches', 'div.note-x', 1));
    await clickAt(page, (await picker(tabId, 'button.remove'))!.rect!);
    const saved = await msg('pickerSaved', 'xiaorob.com');
    await until(async () => (await picker(tabId))?.message === saved, 'saved');
    expect(await stored()).toEqual({ hosts: ['xiaorob.com'], remove: ['div.note-x'], keep: [] });
    await clickAt(page, (await picker(tabId, 'button.done'))!.rect!);
    await until(async () => (await picker(tabId)) === null, 'the picker gone');
    expect(await reader(tabId)).toEqual(P);

    // Esc: the picker goes, the rule stays as it was.
    await ext('await b.storage.sync.clear();');
    const again = await newTab(m, url.replace('783', '784'));
    const againId = await tabOf(url.replace('783', '784'));
    await ext('await bg.qingwen.pick(args[0]);', [againId]);
    await until(async () => (await picker(againId)) !== null, 'the picker');
    await m.send('WebDriver:SwitchToWindow', { handle: again });
    await key(m, '\uE00C');
    await until(async () => (await picker(againId)) === null, 'the picker gone');
    expect(await stored()).toBeNull();
  }, 90_000);

  it('the picker from the reader panel: the panel steps aside, comes back without the element, and says what was added', async () => {
    const url = 'http://xiaorob.com/zhuanti/test/785.html';
    const page = await newTab(m, url);
    const tabId = await tabOf(url);
    expect(await reader(tabId)).toEqual([P[0], LEAK + '详情', P[1]]);
    await clickAt(page, (await panel(tabId, 'button.teach-pick'))!.rect!);
    await until(async () => (await picker(tabId))?.message === (await msg('pickerHint')), 'the picker');
    expect(await panel(tabId)).toBeNull(); // out of the page while the picker runs
    const link = await linkCentre(page);
    await mouse(m, [{ move: [link.x, link.y] }, 'click']);
    await until(async () => (await picker(tabId))?.selector === '#lnk', 'the link picked');
    await clickAt(page, (await picker(tabId, 'button.parent'))!.rect!);
    await until(async () => (await picker(tabId))?.selector === 'div.note-x', 'widened to the box');
    await clickAt(page, (await picker(tabId, 'button.remove'))!.rect!);
    const added = await msg('teachAdded', await msg('pickerRemove'), 'div.note-x', 1);
    const back = await until(async () => {
      const p = await panel(tabId);
      return p?.status === added ? p : null;
    }, 'the panel back with the rule at work', 15_000);
    expect(back.paragraphs).toEqual(P);
    expect(await picker(tabId)).toBeNull();
    expect(await stored()).toEqual({ hosts: ['xiaorob.com'], remove: ['div.note-x'], keep: [] });
  }, 90_000);

  it('"保存为测试页": the 9-page article as a corpus case, its pages byte for byte, perfect against itself', async () => {
    const { info } = loadCase('xiaorob-school-speeches-paged');
    const url = servedUrl(info);
    const page = await newTab(m, url);
    const tabId = await tabOf(url);
    await ext('await bg.qingwen.openReader(args[0]);', [tabId]);
    await clickAt(page, (await panel(tabId, 'button.save-case'))!.rect!);
    const file = 'qingwen-case-xiaorob-com-169108.zip';
    const saved = await msg('caseSaved', file);
    await until(async () => (await panel(tabId))?.status === saved, 'the case saved', 20_000);
    const path = join(downloads, file);
    await until(async () => existsSync(path), 'the zip on disk');
    await new Promise((r) => setTimeout(r, 300)); // complete once Firefox renames it into place
    const entries = unzipSync(new Uint8Array(readFileSync(path)));
    const cases = mkdtempSync(join(tmpdir(), 'qingwen-firefox-case-'));
    try {
      for (const [name, bytes] of Object.entries(entries)) {
        mkdirSync(dirname(join(cases, name)), { recursive: true });
        writeFileSync(join(cases, name), bytes);
        if (name.endsWith('.html')) expect(Buffer.from(bytes)).toEqual(readFileSync(join(CORPUS, info.name, name.split('/')[1]!)));
      }
      expect(Object.keys(entries)).toHaveLength(11);
      const r = await runCase(join(cases, 'qingwen-case-xiaorob-com-169108'));
      expect(r.meta).toMatchObject({ url, pages: 9 });
      expect(r.score).toMatchObject({ perfect: true, leakedChars: 0, lostChars: 0 });
    } finally {
      rmSync(cases, { recursive: true, force: true });
    }
  }, 60_000);

  it('a host added to a known family: access granted, the content script registered (badge, family rule), and removed again', async () => {
    // Without access to the host its tabs' URLs are hidden from the add-on: the new tab is the one not there before.
    const tabIds = () => ext<number[]>('return (await b.tabs.query({})).map((t) => t.id);');
    const badge = async () => {
      const before = await tabIds();
      const page = await newTab(m, CLONE_URL);
      await new Promise((r) => setTimeout(r, 800));
      const tabId = (await tabIds()).find((id) => !before.includes(id))!;
      const text = await ext<string>('return b.action.getBadgeText({ tabId: args[0] });', [tabId]);
      await m.send('WebDriver:SwitchToWindow', { handle: page });
      return { text, tabId, page };
    };
    const first = await badge();
    expect(first.text).toBe('');
    await m.send('WebDriver:CloseWindow');
    await m.send('WebDriver:SwitchToWindow', { handle: options });
    const find = async (css: string) => Object.values((await m.send<{ value: Record<string, string> }>('WebDriver:FindElement', { using: 'css selector', value: css })).value)[0]!;
    await m.send('WebDriver:ElementSendKeys', { id: await find('#siteHost'), text: CLONE_HOST });
    await m.run(`document.getElementById('siteFamily').value = arguments[0]; arguments[1]();`, [empirecms.name]);
    await m.send('WebDriver:ElementClick', { id: await find('#siteAdd') }); // a click: permissions.request needs the user's gesture
    // The browser's own prompt ("… requests additional permissions") is up; headless Firefox lays
    // out no popup a pointer could reach, so its Allow button is pressed from the browser's chrome
    // (a DOM click on the doorhanger's own button: the one simulated step).
    await m.send('Marionette:SetContext', { value: 'chrome' });
    await until(
      () => m.run<boolean>(`const n = document.getElementById('addon-webext-permissions-notification'); arguments[0](!!n && !n.hidden && PopupNotifications.panel.state === 'open');`),
      'the permission prompt',
    );
    await m.run(`document.getElementById('addon-webext-permissions-notification').button.click(); arguments[0]();`);
    await m.send('Marionette:SetContext', { value: 'content' });
    await until(async () => {
      await m.send('WebDriver:SwitchToWindow', { handle: options });
      return m.run<boolean>(`arguments[0](!!document.querySelector('#siteList li[data-host="${CLONE_HOST}"]'))`);
    }, 'the host listed');
    expect(await ext('return b.permissions.contains({ origins: ["http://*.www.clone-site.cn/*"] });')).toBe(true);
    expect(await ext('return (await b.storage.sync.get("extraSites")).extraSites;')).toEqual([{ host: CLONE_HOST, family: empirecms.name }]);

    const second = await until(async () => {
      const r = await badge();
      return r.text === '1' ? r : null;
    }, 'the badge on the added host', 20_000);
    const article = await ext<{ rule: string; title: string }>('const a = await bg.qingwen.openReader(args[0]); return { rule: a.rule, title: a.title };', [second.tabId]);
    expect(article).toEqual({ rule: empirecms.name, title: '一次难忘的春游' });

    await m.send('WebDriver:SwitchToWindow', { handle: options });
    await m.send('WebDriver:ElementClick', { id: await find(`#siteList li[data-host="${CLONE_HOST}"] button.remove`) });
    await until(async () => (await ext<unknown[]>('return b.scripting.getRegisteredContentScripts();')).length === 0, 'the content script unregistered');
    expect((await badge()).text).toBe('');
  }, 120_000);
});

if (!hasFirefox) console.warn('[e2e] /usr/bin/firefox-esr not found: the Firefox teaching tests are skipped (CI installs firefox-esr).');
