// Firefox: the add-on linter on dist/firefox, and a headless `web-ext run`: the content script
// runs by itself on a known site and takes the page's copy guard apart (the page reports what
// it sees to the test server), and, through Marionette, the background's reader, copy and
// download on the 9-page article, and the removed view of the real panel with real clicks
// (Marionette pointer actions; the closed root read through openOrClosedShadowRoot). (Playwright cannot drive Firefox here.)
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import webExt, { type Runner } from 'web-ext';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countChars, fileName, toMarkdown, toText, type ArticleJson } from '../../src/format/index.js';
import { describeProblem } from '../../src/rules/user-messages.js';
import { docxParts } from '../helpers/docx.js';
import { FIREFOX, FIREFOX_DIST, geckoId, hasFirefox, launchFirefox } from './helpers/firefox.js';
import { goldArticle } from './helpers/gold.js';
import type { Marionette } from './helpers/marionette.js';
import { loadCase, servedUrl, startServer, type TestServer } from './helpers/server.js';

const GECKO_ID = geckoId();

describe('Firefox build', () => {
  it('passes web-ext lint with no errors', async () => {
    const result = await webExt.cmd.lint({ sourceDir: FIREFOX_DIST, output: 'none', boring: true }, { shouldExitProgram: false });
    for (const w of result.warnings) console.log(`[web-ext lint] warning ${w.code} ${w.file ?? ''}: ${w.message}`);
    expect(result.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`)).toEqual([]);
  }, 60_000);
});

/** A page with the guard template sites use, which reports every 300 ms whether the guard still works. */
function guardedPage(): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>guard</title>
<style>body,#content{-webkit-user-select:none;-moz-user-select:none;user-select:none}</style>
<script>document.oncontextmenu=function(){return false};document.onselectstart=function(){return false};
document.addEventListener("copy",function(e){e.clipboardData.setData("text/plain","复制需要登录，请先登录后再复制");e.preventDefault();});
document.addEventListener("keydown",function(e){if(e.ctrlKey&&(e.key==="c"||e.key==="C")){e.preventDefault();}});</script>
</head><body oncopy="return false"><div id="content"><p>　　这是一段需要复制的正文，用来检查复制限制是否已经解除。</p></div>
<script>
function check() {
  var el = document.getElementById('content');
  function fire(e) { el.dispatchEvent(e); return e.defaultPrevented; }
  var dt = new DataTransfer();
  var copy = new ClipboardEvent('copy', { clipboardData: dt, bubbles: true, cancelable: true });
  return {
    userSelect: getComputedStyle(el).userSelect,
    selectstart: fire(new Event('selectstart', { bubbles: true, cancelable: true })),
    contextmenu: fire(new MouseEvent('contextmenu', { bubbles: true, cancelable: true })),
    ctrlC: fire(new KeyboardEvent('keydown', { key: 'c', ctrlKey: true, bubbles: true, cancelable: true })),
    copyPrevented: fire(copy),
    copyData: dt.getData('text/plain')
  };
}
setInterval(function () { fetch('/qingwen-report', { method: 'POST', body: JSON.stringify(check()) }); }, 300);
</script></body></html>`;
}

describe.skipIf(!hasFirefox)('extension in headless Firefox (web-ext run)', () => {
  let server: TestServer;
  let runner: Runner | undefined;
  let m: Marionette | undefined;
  const downloads = mkdtempSync(join(tmpdir(), 'qingwen-firefox-dl-'));
  const paged = loadCase('xiaorob-school-speeches-paged');
  const pagedUrl = servedUrl(paged.info);

  beforeAll(async () => {
    server = await startServer();
    const page = guardedPage();
    server.routes.set('xiaorob.com/qingwen-guard.html', ['text/html; charset=utf-8', page]);
    server.routes.set('www.example.cn/qingwen-guard.html', ['text/html; charset=utf-8', page]);
    ({ runner, m } = await launchFirefox({ proxyPort: server.port, startUrl: ['http://xiaorob.com/qingwen-guard.html', 'http://www.example.cn/qingwen-guard.html', pagedUrl], downloads }));
  }, 90_000);

  afterAll(async () => {
    m?.close();
    await runner?.exit();
    await server?.close();
    rmSync(downloads, { recursive: true, force: true });
  });

  it('neutralises the copy guard on a known site, and only there', async () => {
    const report = (host: string) => {
      const r = server.routes.get(`POST ${host}/qingwen-report`);
      return r ? (JSON.parse(r[1].toString()) as Record<string, unknown>) : null;
    };
    const neutralised = { userSelect: 'text', selectstart: false, contextmenu: false, ctrlC: false, copyPrevented: false, copyData: '' };
    // The add-on is installed after Firefox starts, so the first reports may predate it.
    const end = Date.now() + 30_000;
    while (Date.now() < end && JSON.stringify(report('xiaorob.com')) !== JSON.stringify(neutralised)) await new Promise((r) => setTimeout(r, 200));
    expect(report('xiaorob.com')).toEqual(neutralised);
    while (Date.now() < end && !report('www.example.cn')) await new Promise((r) => setTimeout(r, 200));
    // The same page on an unknown site keeps its guard: the content script does not run there.
    expect(report('www.example.cn')).toMatchObject({ selectstart: true, contextmenu: true, ctrlC: true, copyPrevented: true });
  }, 60_000);

  it('paged article: reader, copy and download through the background page', async () => {
    const mn = m!;
    // The add-on's options page, in a tab: from there the background page's globalThis.qingwen is reachable.
    await mn.send('Marionette:SetContext', { value: 'chrome' });
    const host = await mn.run<string>(`arguments[0](WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)}).mozExtensionHostname)`);
    await mn.send('Marionette:SetContext', { value: 'content' });
    const tab = await mn.send<{ handle: string }>('WebDriver:NewWindow', { type: 'tab' });
    await mn.send('WebDriver:SwitchToWindow', { handle: tab.handle });
    await mn.send('WebDriver:Navigate', { url: `moz-extension://${host}/options.html` });
    const result = await mn.run<{ article: ArticleJson; badge: string; copied: { chars: number }; file: { filename: string }; sourceLabel: string } | string>(
      `const done = arguments[arguments.length - 1];
      (async () => {
        const b = (window.wrappedJSObject ?? window).browser;
        const tab = (await b.tabs.query({})).find((t) => t.url === ${JSON.stringify(pagedUrl)});
        const bg = await b.runtime.getBackgroundPage();
        const article = await bg.qingwen.openReader(tab.id);
        const badge = await b.action.getBadgeText({ tabId: tab.id });
        const copied = await bg.qingwen.copy(tab.id, { piece: 1, format: 'text' });
        const file = await bg.qingwen.download(tab.id, { piece: 2 });
        const sourceLabel = b.i18n.getMessage('source');
        return JSON.parse(JSON.stringify({ article, badge, copied, file, sourceLabel }));
      })().then(done, (e) => done('error: ' + e));`,
    );
    if (typeof result === 'string') throw new Error(result);
    const { article, badge, copied, file, sourceLabel } = result;
    expect(article.pages).toBe(paged.info.pages);
    expect(article.failedPages).toEqual([]);
    expect(article.title).toBe(paged.gold.title);
    expect(badge).toBe(String(paged.gold.pieces.length));
    const expected = goldArticle(paged.gold, article);

    // The clipboard, read from the browser's own (chrome) context.
    await mn.send('Marionette:SetContext', { value: 'chrome' });
    const clip = await mn.run<string>(`const done = arguments[0]; navigator.clipboard.readText().then(done, (e) => done('error: ' + e));`);
    // The source line is in the interface's language (Firefox here may run in English).
    expect(clip).toBe(toText(expected, 1, { sourceLabel }));
    expect(copied.chars).toBe(countChars(clip));
    // Beside the text, the piece as HTML (text/html), for pasting into Word or WPS.
    const html = await mn.run<string>(
      `const done = arguments[0]; navigator.clipboard.read().then(async (items) => { for (const i of items) if (i.types.includes('text/html')) return done(await (await i.getType('text/html')).text()); done(''); }, (e) => done('error: ' + e));`,
    );
    expect(html).toContain(`<h2>${expected.pieces[1]!.heading}</h2>`);

    expect(file.filename).toBe(fileName(expected, 2));
    const path = join(downloads, file.filename);
    const end = Date.now() + 10_000;
    while (Date.now() < end && !existsSync(path)) await new Promise((r) => setTimeout(r, 100));
    expect(readFileSync(path, 'utf8')).toBe(toMarkdown(expected, 2, { sourceLabel }));
  }, 60_000);

  it('user rules: a file imported on the options page (the real file input) changes the reader; a bad one is refused', async () => {
    const mn = m!;
    await mn.send('Marionette:SetContext', { value: 'content' }); // the test before ended in the chrome context
    const keep = '附：我们在山顶上合影留念，这张照片至今还挂在教室的墙上，欢迎大家去看看。';
    const leak = '另外，学校食堂下周一起调整开放时间，请同学们留意班级群里的通知安排。';
    const p = ['春天来了，校园里的花都开了，同学们在操场上快乐地奔跑，老师们站在一旁微笑着看着大家。', '我们班组织了一次春游活动，大家带着自己准备的食物，来到了城外的小山上，一起登高望远。'];
    const pageUrl = 'http://xiaorob.com/zhuanti/test/778.html';
    server.routes.set('xiaorob.com/zhuanti/test/778.html', [
      'text/html; charset=utf-8',
      `<!doctype html><html><head><meta charset="utf-8"><title>春游_小六范文网</title></head><body><div class="article"><h1>春游</h1><div id="content">
<p>${p[0]}</p><div class="note-x">${leak}</div><div class="pdfdown">${keep}</div><p>${p[1]}</p></div></div></body></html>`,
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'qingwen-firefox-rules-'));
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ qingwenRules: 1, rules: [{ hosts: ['xiaorob.com'], keep: ['div['] }] }));
    writeFileSync(join(dir, 'rules.json'), JSON.stringify({ qingwenRules: 1, rules: [{ hosts: ['xiaorob.com'], remove: ['.note-x'], keep: ['.pdfdown'] }] }));
    // On the options page (the tab the test before opened): the file input gets a real file.
    const text = (id: string) => mn.run<string>(`arguments[arguments.length - 1](document.getElementById(${JSON.stringify(id)}).textContent)`);
    const until = async (get: () => Promise<string>, want: string) => {
      const end = Date.now() + 10_000;
      let v = await get();
      while (v !== want && Date.now() < end) {
        await new Promise((r) => setTimeout(r, 100));
        v = await get();
      }
      return v;
    };
    const choose = async (file: string) => {
      const found = await mn.send<{ value: Record<string, string> }>('WebDriver:FindElement', { using: 'css selector', value: '#ruleImport' });
      await mn.send('WebDriver:ElementSendKeys', { id: Object.values(found.value)[0], text: join(dir, file) });
    };
    const reader = () =>
      mn.run<string[] | string>(
        `const done = arguments[arguments.length - 1];
        (async () => {
          const b = (window.wrappedJSObject ?? window).browser;
          const tab = await b.tabs.create({ url: ${JSON.stringify(pageUrl)}, active: false });
          const loaded = async () => { const t = await b.tabs.get(tab.id); return t.status === 'complete' && t.url === ${JSON.stringify(pageUrl)}; };
          for (let i = 0; i < 100 && !(await loaded()); i++) await new Promise((r) => setTimeout(r, 100));
          const bg = await b.runtime.getBackgroundPage();
          const article = await bg.qingwen.openReader(tab.id);
          await b.tabs.remove(tab.id);
          return JSON.parse(JSON.stringify(article.pieces.flatMap((x) => x.paragraphs)));
        })().then(done, (e) => done('error: ' + e));`,
      );
    try {
      expect(await reader()).toEqual([p[0], leak, p[1]]);
      const lang = (await mn.run<string>(`arguments[0]((window.wrappedJSObject ?? window).browser.i18n.getUILanguage())`)).startsWith('zh') ? 'zh' : 'en';
      await choose('bad.json');
      const refused = `bad.json: ${describeProblem({ code: 'selector', rule: 1, field: 'keep[1]', value: 'div[' }, lang)}`;
      expect(await until(() => text('rulesError'), refused)).toBe(refused);
      await choose('rules.json');
      const imported = await mn.run<string>(`arguments[0]((window.wrappedJSObject ?? window).browser.i18n.getMessage('rulesImported', ['1']))`);
      expect(await until(() => text('rulesStatus'), imported)).toBe(imported);
      expect(await reader()).toEqual([p[0], keep, p[1]]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('Word options from the settings set the .docx; the 简/繁 converter bundle runs in the content scripts’ world', async () => {
    const mn = m!;
    await mn.send('Marionette:SetContext', { value: 'chrome' });
    const host = await mn.run<string>(`arguments[0](WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)}).mozExtensionHostname)`);
    await mn.send('Marionette:SetContext', { value: 'content' });
    const tab = await mn.send<{ handle: string }>('WebDriver:NewWindow', { type: 'tab' });
    await mn.send('WebDriver:SwitchToWindow', { handle: tab.handle });
    await mn.send('WebDriver:Navigate', { url: `moz-extension://${host}/options.html` });
    const result = await mn.run<{ file: { filename: string }; before: unknown; converted: unknown } | string>(
      `const done = arguments[arguments.length - 1];
      (async () => {
        const b = (window.wrappedJSObject ?? window).browser;
        const tab = (await b.tabs.query({})).find((t) => t.url === ${JSON.stringify(pagedUrl)});
        const bg = await b.runtime.getBackgroundPage();
        await b.storage.sync.set({ docxFont: '楷体', docxSize: '四号', docxLineSpacing: 1.25, docxIndent: false });
        const file = await bg.qingwen.download(tab.id, { piece: 0, format: 'docx' });
        await b.storage.sync.clear();
        // Where the panel lives: the content scripts' world of the top frame (what 'load-converter' injects into).
        const probe = () => { const c = globalThis.__qingwenConverters; return c && typeof c.cn === 'function' ? c.cn('學校講話，這裡的頭髮') : null; };
        const [before] = await b.scripting.executeScript({ target: { tabId: tab.id }, func: probe });
        await b.scripting.executeScript({ target: { tabId: tab.id, frameIds: [0] }, files: ['opencc-t2s.js'] });
        const [after] = await b.scripting.executeScript({ target: { tabId: tab.id }, func: probe });
        return JSON.parse(JSON.stringify({ file, before: before.result, converted: after.result }));
      })().then(done, (e) => done('error: ' + e));`,
    );
    if (typeof result === 'string') throw new Error(result);
    expect(result.before).toBeNull();
    expect(result.converted).toBe('学校讲话，这里的头发');
    const path = join(downloads, result.file.filename);
    const end = Date.now() + 10_000;
    while (Date.now() < end && !existsSync(path)) await new Promise((r) => setTimeout(r, 100));
    await new Promise((r) => setTimeout(r, 300)); // the file is complete once Firefox renames it into place
    const parts = docxParts(new Uint8Array(readFileSync(path)));
    expect(parts['word/styles.xml']).toMatch(/<w:docDefaults>.*w:eastAsia="楷体".*<w:sz w:val="28"\/>/s);
    expect(parts['word/styles.xml']).toMatch(/<w:spacing w:line="300" w:lineRule="auto"\/>/);
    expect(parts['word/document.xml']).not.toContain('firstLineChars');
  }, 60_000);

  it('see and undo in the real panel, with real clicks: the removed view, 恢复 into the copy, × and 撤销', async () => {
    const mn = m!;
    const url = servedUrl(loadCase('xiaorob-my-mother-single').info);
    await mn.send('Marionette:SetContext', { value: 'chrome' });
    const host = await mn.run<string>(`arguments[0](WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)}).mozExtensionHostname)`);
    await mn.send('Marionette:SetContext', { value: 'content' });
    const options = await mn.send<{ handle: string }>('WebDriver:NewWindow', { type: 'tab' });
    await mn.send('WebDriver:SwitchToWindow', { handle: options.handle });
    await mn.send('WebDriver:Navigate', { url: `moz-extension://${host}/options.html` });
    // From the add-on's page: the background's reader, and the panel's closed root as the content scripts see it (openOrClosedShadowRoot).
    const ext = async <T,>(body: string): Promise<T> => {
      await mn.send('WebDriver:SwitchToWindow', { handle: options.handle });
      const r = await mn.run<{ ok: T } | string>(
        `const done = arguments[arguments.length - 1];
        (async () => { const b = (window.wrappedJSObject ?? window).browser; ${body} })().then((v) => done({ ok: JSON.parse(JSON.stringify(v ?? null)) }), (e) => done('error: ' + e));`,
      );
      if (typeof r === 'string') throw new Error(r);
      return r.ok;
    };
    const tabId = await ext<number>(`
      const tab = await b.tabs.create({ url: ${JSON.stringify(url)}, active: false });
      for (let i = 0; i < 100; i++) { const t = await b.tabs.get(tab.id); if (t.status === 'complete' && t.url === ${JSON.stringify(url)}) break; await new Promise((r) => setTimeout(r, 100)); }
      await (await b.runtime.getBackgroundPage()).qingwen.openReader(tab.id);
      return tab.id;`);
    const inPanel = <T,>(fn: string, arg: unknown = null) =>
      // The body is written into the injected function (no eval in the content scripts' world).
      ext<T>(`const [r] = await b.scripting.executeScript({ target: { tabId: ${tabId}, frameIds: [0] }, args: [${JSON.stringify(arg)}],
        func: function (arg) { const host = [...document.documentElement.children].find((e) => e.openOrClosedShadowRoot); return host ? (function (arg) { ${fn} }).call(host.openOrClosedShadowRoot, arg) : null; } });
        return r.result;`);
    const handles = await mn.send<{ value?: string[] } | string[]>('WebDriver:GetWindowHandles', {});
    let articleHandle = '';
    for (const h of Array.isArray(handles) ? handles : (handles.value ?? [])) {
      await mn.send('WebDriver:SwitchToWindow', { handle: h });
      const at = await mn.send<{ value: string }>('WebDriver:GetCurrentURL', {});
      if (at.value === url) articleHandle = h;
    }
    expect(articleHandle).not.toBe('');
    /** A real click (Marionette's pointer actions: trusted events) on the centre of what `selector` finds in the panel. */
    const click = async (selector: string) => {
      const p = await inPanel<{ x: number; y: number }>(`const e = this.querySelector(arg); e.scrollIntoView({ block: 'center' }); const r = e.getBoundingClientRect(); return { x: Math.round(r.x + r.width / 2), y: Math.round(r.y + r.height / 2) };`, selector);
      await mn.send('WebDriver:SwitchToWindow', { handle: articleHandle, focus: true });
      await mn.send('WebDriver:PerformActions', { actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [
        { type: 'pointerMove', x: p.x, y: p.y, origin: 'viewport', duration: 0 }, { type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 }] }] });
      await mn.send('WebDriver:ReleaseActions', {});
    };
    const waitFor = async (fn: string, what: string) => {
      const end = Date.now() + 10_000;
      while (Date.now() < end) {
        if (await inPanel<boolean>(fn)) return;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`timed out waiting for ${what}`);
    };
    const clipboard = async () => {
      await mn.send('Marionette:SetContext', { value: 'chrome' });
      const text = await mn.run<string>(`const done = arguments[0]; navigator.clipboard.readText().then(done, (e) => done('error: ' + e));`);
      await mn.run(`const done = arguments[0]; navigator.clipboard.writeText('').then(done, done);`);
      await mn.send('Marionette:SetContext', { value: 'content' });
      return text;
    };
    await waitFor(`return this.querySelector('.sheet')?.dataset.state === 'ready';`, 'the panel');
    await clipboard(); // empty it
    const label = await ext<string>(`return b.i18n.getMessage('removedShow', ['7']);`);
    expect(await inPanel<string>(`return this.querySelector('.qw-switch').textContent;`)).toBe(label);

    await click('input[name=showRemoved]');
    await waitFor(`return this.querySelectorAll('.qw-rm').length === 7;`, 'the removed view');
    // The source line stands before the first paragraph.
    expect(await inPanel<string[]>(`return [...this.querySelectorAll('main > section > *')].slice(0, 3).map((e) => e.dataset.reason ?? e.tagName);`)).toEqual(['site rule', 'source line', 'P']);
    await click('.qw-rm[data-reason="source line"] button');
    await waitFor(`return !this.querySelector('.qw-rm[data-reason="source line"]');`, 'the source line put back');
    await click('.bar button.primary');
    let copied = '';
    for (let i = 0; i < 50 && !copied; i++) {
      await new Promise((r) => setTimeout(r, 100));
      copied = await clipboard();
    }
    expect(copied).toContain('本文原地址：https://xiaorob.com/zuowen/168842.html');

    // × on the second paragraph, then 撤销.
    const second = await inPanel<string>(`return this.querySelector('section > p[data-b="2"]').firstChild.textContent;`);
    // Hovering the paragraph brings the × beside it (real pointer moves), then a real click on it.
    const over = await inPanel<{ x: number; y: number }>(`const r = this.querySelector('section > p[data-b="2"]').getBoundingClientRect(); return { x: Math.round(r.x + 40), y: Math.round(r.y + 8) };`);
    await mn.send('WebDriver:SwitchToWindow', { handle: articleHandle, focus: true });
    await mn.send('WebDriver:PerformActions', { actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [{ type: 'pointerMove', x: over.x, y: over.y, origin: 'viewport', duration: 0 }] }] });
    await waitFor(`const x = this.querySelector('main > .qw-x'), p = this.querySelector('section > p[data-b="2"]'); return x.hasAttribute('data-on') && Math.abs(x.getBoundingClientRect().top - p.getBoundingClientRect().top) < 2;`, 'the × beside the paragraph');
    await click('main > .qw-x');
    await waitFor(`return !![...this.querySelectorAll('.qw-rm[data-reason=user] p')].find((p) => p.textContent === arg);`.replace('arg', JSON.stringify(second)), 'the paragraph removed by you');
    await click('.qw-undo button');
    await waitFor(`return !this.querySelector('.qw-rm[data-reason=user]') && this.querySelector('section > p[data-b="2"]').firstChild.textContent === ${JSON.stringify(second)};`, 'the paragraph back');
    await ext(`await b.tabs.remove(${tabId});`);
  }, 90_000);
});

if (!hasFirefox) console.warn(`[e2e] ${FIREFOX} not found: the Firefox smoke test is skipped (CI installs firefox-esr).`);
