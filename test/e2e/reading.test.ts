/// <reference types="chrome" />
// Reading comfortably (issue 10) and Word options (issue 8), in headless Chromium with the real
// panel: the table of contents (jump, the piece being read marked), the place in the text kept
// over a close and reopen, reading settings (theme, font, size, width) remembered, Word options
// applied to the downloaded .docx, a selection copied clean, and 简/繁 with a converter injected
// only when it is asked for — also what copy and download write.
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Converter as toSimplified } from 'opencc-js/t2cn';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanHtml } from '../../src/index.js';
import type { ArticleJson } from '../../src/format/index.js';
import { docxParts } from '../helpers/docx.js';
import { gzipSync } from 'node:zlib';
import { CHROME_DIST, clickInPanel, hasChromium, inPanel, launch, tabIdOf, until, type Browser } from './helpers/chromium.js';
import { CORPUS, loadCase, servedUrl, startServer, type TestServer } from './helpers/server.js';

type Qingwen = { openReader(tabId: number): Promise<ArticleJson> };
const PAGED = 'xiaorob-school-speeches-paged';
const ARTIFACTS = resolve(import.meta.dirname, '../../test-artifacts');

describe.skipIf(!hasChromium)('reading in the panel (Chromium)', () => {
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

  async function close(page: Page): Promise<void> {
    await page.bringToFront();
    await page.keyboard.press('Escape');
    await until(async () => (await inPanel(page, 'function () { return true; }')) === null, 'the panel to close');
  }

  async function clipboard(): Promise<string> {
    await reader.bringToFront();
    return reader.evaluate(() => navigator.clipboard.readText());
  }

  async function downloaded(since: number): Promise<string> {
    const item = await until(
      () => b.sw.evaluate(async (t) => (await chrome.downloads.search({ startedAfter: new Date(t).toISOString(), state: 'complete' }))[0], since),
      'a completed download',
    );
    return item.filename;
  }

  const status = (page: Page) => inPanel<string>(page, `function () { return this.querySelector('.status').textContent; }`);

  /** The piece marked in the contents, and the piece whose section is at the top of the text. */
  const where = (page: Page) =>
    inPanel<{ current: number[]; top: number; scroll: number; summary: string }>(
      page,
      `function () { const main = this.querySelector('main'); const mt = main.getBoundingClientRect().top;
        const secs = [...main.querySelectorAll(':scope > section')];
        return { current: [...this.querySelectorAll('.toc li button')].flatMap((b, i) => b.getAttribute('aria-current') === 'true' ? [i] : []),
          top: secs.findIndex((s) => Math.abs(s.getBoundingClientRect().top - mt) < 2), scroll: main.scrollTop,
          summary: this.querySelector('.toc summary').textContent }; }`,
    ).then((w) => w!);

  it('contents: every piece listed, a click jumps to it, the piece being read is marked while scrolling', async () => {
    const { page, article } = await open(servedUrl(loadCase(PAGED).info));
    const entries = await inPanel<{ names: string[]; hidden: boolean; label: string | null }>(
      page,
      `function () { const toc = this.querySelector('.toc'); return { names: [...toc.querySelectorAll('li button')].map((b) => b.textContent),
        hidden: toc.hidden, label: toc.querySelector('nav').getAttribute('aria-label') }; }`,
    );
    expect(entries).toEqual({ names: article.pieces.map((p) => p.heading), hidden: false, label: await msg('toc') });
    expect((await where(page)).current).toEqual([0]);

    await clickInPanel(page, '.toc summary'); // the real mouse opens the disclosure …
    await clickInPanel(page, '.toc li:nth-child(4) button'); // … and jumps to piece 4
    await until(async () => (await where(page)).top === 3, 'piece 4 at the top of the text');
    const w = await where(page);
    expect(w.current).toEqual([3]);
    expect(w.summary).toBe(await msg('tocAt', 4, article.pieces.length, article.pieces[3]!.heading!));
    expect(await inPanel<string>(page, 'function () { return this.activeElement?.tagName; }')).toBe('MAIN');

    // Scrolling marks the piece then read: back to the top, into piece 2, to the very end.
    const scrollTo = (to: 'top' | 'end' | number) =>
      inPanel(page, `function (to) { const main = this.querySelector('main');
        if (to === 'top') main.scrollTop = 0; else if (to === 'end') main.scrollTop = main.scrollHeight;
        else { const s = main.querySelectorAll(':scope > section')[to]; main.scrollTop += s.getBoundingClientRect().top - main.getBoundingClientRect().top + 40; } }`, to);
    await scrollTo('top');
    await until(async () => (await where(page)).current[0] === 0, 'piece 1 marked again at the top');
    await scrollTo(1);
    await until(async () => (await where(page)).current[0] === 1, 'piece 2 marked after scrolling into it');
    await scrollTo('end');
    await until(async () => (await where(page)).current[0] === article.pieces.length - 1, 'the last piece marked at the end');
  });

  it('the place in the text is kept when the panel is closed and reopened on the same page, not on another page', async () => {
    const { page } = await open(servedUrl(loadCase(PAGED).info));
    await inPanel(page, `function () { const main = this.querySelector('main'); const s = main.querySelectorAll(':scope > section')[2];
      main.scrollTop += s.getBoundingClientRect().top - main.getBoundingClientRect().top + 123; }`);
    // The contents mark the piece being read after the scroll event: read the place once they have.
    await until(async () => (await where(page)).current[0] === 2, 'piece 3 marked after scrolling into it');
    const before = await where(page);
    expect(before.scroll).toBeGreaterThan(500);
    await close(page);
    await open(page.url(), page);
    const after = await where(page);
    expect(Math.abs(after.scroll - before.scroll)).toBeLessThan(2);
    expect(after.current).toEqual(before.current);

    // Another page (the same article opened anew in another tab) starts at the top.
    const { page: other } = await open(servedUrl(loadCase('xiaorob-eco-proposal-paged').info));
    expect((await where(other)).scroll).toBe(0);
  });

  it('one piece: no contents', async () => {
    const { page } = await open(servedUrl(loadCase('xiaorob-my-mother-single').info));
    expect(await inPanel<boolean>(page, `function () { return this.querySelector('.toc').hidden && !this.querySelector('.toc').checkVisibility(); }`)).toBe(true);
  });

  it('reading settings: labelled controls, sepia, 宋体, size and width applied at once and remembered', async () => {
    const { page } = await open(servedUrl(loadCase(PAGED).info));
    const look = () =>
      inPanel<{ bg: string; font: string; size: string; width: number; scheme: string }>(
        page,
        `function () { const sheet = this.querySelector('.sheet'), p = this.querySelector('section p'); const cs = getComputedStyle(sheet);
          return { bg: cs.backgroundColor, font: getComputedStyle(p).fontFamily, size: getComputedStyle(p).fontSize, width: sheet.getBoundingClientRect().width, scheme: cs.colorScheme }; }`,
      ).then((x) => x!);
    const plain = await look();
    expect(plain.size).toBe('16px');
    expect(plain.font).toMatch(/Microsoft YaHei/);

    // The settings box opens from its button, says so (aria-expanded), and every control has a label.
    expect(await inPanel<boolean>(page, `function () { return this.querySelector('.prefs').checkVisibility(); }`)).toBe(false);
    await clickInPanel(page, 'button[aria-controls=qw-prefs]');
    const a11y = await inPanel<{ expanded: string | null; groups: (string | null)[]; unlabelled: string[] }>(
      page,
      `function () { const box = this.querySelector('.prefs'); return { expanded: this.querySelector('button[aria-controls=qw-prefs]').getAttribute('aria-expanded'),
        groups: [...box.querySelectorAll('[role=radiogroup]')].map((g) => g.getAttribute('aria-label')),
        unlabelled: [...box.querySelectorAll('select, input[type=checkbox]')].filter((c) => !c.labels.length).map((c) => c.name || c.id) }; }`,
    );
    expect(a11y).toEqual({ expanded: 'true', groups: [await msg('prefsTheme'), await msg('prefsFont')], unlabelled: [] });

    await clickInPanel(page, 'input[name=theme][value=sepia]');
    await clickInPanel(page, 'input[name=font][value=serif]');
    // The keyboard: a select steps with the arrow keys.
    await inPanel(page, `function () { this.querySelector('select[name=readSize]').focus(); }`);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await inPanel(page, `function () { this.querySelector('select[name=readWidth]').focus(); }`);
    await page.keyboard.press('ArrowUp');
    const styled = await look();
    expect(styled.bg).toBe('rgb(244, 236, 216)');
    expect(styled.scheme).toBe('light');
    expect(styled.font).toMatch(/SimSun/);
    expect(styled.font).toMatch(/serif$/);
    expect(styled.size).toBe('20px');
    expect(styled.width).toBeLessThan(plain.width);
    await expect.poll(() => b.sw.evaluate(() => chrome.storage.sync.get(null))).toMatchObject({ readTheme: 'sepia', readFont: 'serif', readSize: 20, readWidth: 'narrow' });
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'panel-reading-settings.png') });

    // Remembered: a new panel (another page) opens with them.
    const { page: again } = await open(servedUrl(loadCase('xiaorob-eco-proposal-paged').info));
    const kept = await inPanel<{ theme: string; size: string; checked: string[] }>(
      again,
      `function () { return { theme: this.querySelector('.sheet').dataset.theme, size: getComputedStyle(this.querySelector('section p')).fontSize,
        checked: [...this.querySelectorAll('.prefs input:checked')].map((i) => i.value) }; }`,
    );
    expect(kept).toEqual({ theme: 'sepia', size: '20px', checked: ['sepia', 'serif', 'on'] });
    // Dark chosen by hand is dark whatever the system says.
    await clickInPanel(again, 'button[aria-controls=qw-prefs]');
    await clickInPanel(again, 'input[name=theme][value=dark]');
    expect(await inPanel<string>(again, `function () { return getComputedStyle(this.querySelector('main')).colorScheme; }`)).toBe('dark');
  });

  it('Word options chosen in the panel are remembered and set the downloaded .docx: font, size, line spacing, indent', async () => {
    const { page } = await open(servedUrl(loadCase(PAGED).info));
    await clickInPanel(page, 'button[aria-controls=qw-prefs]');
    const pick = (name: string, value: string) =>
      inPanel(page, `function (n, v) { const s = this.querySelector('select[name=' + n + ']'); s.focus(); return [...s.options].findIndex((o) => o.value === v) - s.selectedIndex; }`, name, value);
    // By keyboard, as a user would: focus the select, arrow to the option.
    for (const [name, value] of [['docxFont', '黑体'], ['docxSize', '三号'], ['docxLineSpacing', '2']] as const) {
      const steps = (await pick(name, value)) as number;
      for (let i = 0; i < Math.abs(steps); i++) await page.keyboard.press(steps > 0 ? 'ArrowDown' : 'ArrowUp');
    }
    await clickInPanel(page, '#qw-docxIndent');
    await expect.poll(() => b.sw.evaluate(() => chrome.storage.sync.get(null))).toMatchObject({ docxFont: '黑体', docxSize: '三号', docxLineSpacing: 2, docxIndent: false });

    const since = Date.now();
    await clickInPanel(page, '.bar button:nth-of-type(3)'); // 下载全部 (Word)
    const parts = docxParts(new Uint8Array(readFileSync(await downloaded(since))));
    expect(parts['word/styles.xml']).toMatch(/<w:docDefaults>.*<w:rFonts w:ascii="Arial" w:eastAsia="黑体" w:hAnsi="Arial"\/>.*<w:sz w:val="32"\/>/s);
    expect(parts['word/styles.xml']).toMatch(/<w:spacing w:line="480" w:lineRule="auto"\/>/);
    expect(parts['word/document.xml']).not.toContain('firstLineChars');
    expect(parts['word/document.xml']).toContain('同志们');
  });

  it('a selection in the panel copies clean: no button labels, no page copy tail, headings kept; as Markdown when chosen', async () => {
    const { info } = loadCase(PAGED);
    const { page, article } = await open(servedUrl(info));
    // The page's own copy tail ("——本文来自…"), as these sites add them.
    await page.evaluate(() =>
      document.addEventListener('copy', (e) => {
        (window as unknown as { tailed: boolean }).tailed = true;
        e.clipboardData?.setData('text/plain', `${String(document.getSelection())}\n——本文来自小六范文网，转载请注明出处`);
        e.preventDefault();
      }),
    );
    const [one, two] = article.pieces;
    // From the start of piece 1's last paragraph to the end of piece 2's second one.
    await inPanel(
      page,
      `function () { const secs = this.querySelectorAll('main > section'); const a = [...secs[0].querySelectorAll('p')].at(-1), b = secs[1].querySelectorAll('p')[1];
        document.getSelection().setBaseAndExtent(a.firstChild, 0, b.lastChild, b.lastChild.length); this.querySelector('main').focus({ preventScroll: true }); }`,
    );
    await page.keyboard.press('Control+c');
    await until(async () => (await status(page))?.startsWith((await msg('copiedSelection', 0)).split('0')[0]!), 'the copy confirmed');
    const expected = [one!.paragraphs.at(-1), two!.heading, ...two!.paragraphs.slice(0, 2)].join('\n\n') + '\n';
    expect(await clipboard()).toBe(expected);
    expect(await page.evaluate(() => (window as unknown as { tailed?: boolean }).tailed ?? false)).toBe(false);

    await page.bringToFront();
    await clickInPanel(page, 'input[name=format][value=markdown]');
    await inPanel(
      page,
      `function () { const secs = this.querySelectorAll('main > section'); const a = secs[1].querySelectorAll('p')[0], b = secs[1].querySelectorAll('p')[1];
        document.getSelection().setBaseAndExtent(secs[1].querySelector('h2').firstChild, 0, b.lastChild, b.lastChild.length); }`,
    );
    await page.keyboard.press('Control+c');
    await until(async () => (await clipboard()).startsWith('## '), 'the Markdown copy');
    expect(await clipboard()).toBe(`## ${two!.heading}\n\n${two!.paragraphs[0]}\n\n${two!.paragraphs[1]}\n`);
  });

  it('简/繁: one click converts the article in the panel, and what copy and download write; the converter is loaded only then', async () => {
    // A traditional-Chinese corpus page (Big5), served on a host the extension knows.
    server.routes.set('xiaorob.com/hanzi/778812.html', ['text/html', readFileSync(`${CORPUS}/oh100-honglou-traditional/778812.html`)]);
    const url = 'http://xiaorob.com/hanzi/778812.html';
    const { page, article } = await open(url);
    const tabId = await tabIdOf(b.sw, url);
    const loaded = () =>
      b.sw.evaluate(async (id) => {
        const [r] = await chrome.scripting.executeScript({ target: { tabId: id }, func: () => Object.keys((globalThis as { __qingwenConverters?: object }).__qingwenConverters ?? {}) });
        return r?.result as string[];
      }, tabId);
    expect(await loaded()).toEqual([]); // nothing of it at start-up or on open
    const shownText = () => inPanel<{ h1: string; heading: string; p: string }>(page, `function () { return { h1: this.querySelector('h1').textContent, heading: this.querySelector('section h2').textContent, p: this.querySelector('section p').textContent }; }`).then((x) => x!);
    const original = await shownText();
    expect(original.p).toBe(article.pieces[0]!.paragraphs[0]);

    await clickInPanel(page, 'input[name=script][value=cn]');
    const cn = toSimplified({ from: 'tw', to: 'cn' });
    await until(async () => (await shownText()).p === cn(original.p), 'the simplified text');
    expect(await shownText()).toEqual({ h1: cn(original.h1), heading: cn(original.heading), p: cn(original.p) });
    expect(cn(original.p)).not.toBe(original.p);
    expect(await loaded()).toEqual(['cn']);

    // Copy and download write what the panel shows.
    await page.bringToFront();
    await clickInPanel(page, '.bar button.primary');
    await until(async () => (await clipboard()).includes(cn(original.p)), 'the simplified copy');
    expect(await clipboard()).toMatch(new RegExp(`^${cn(article.title).replace(/[()（）《》]/g, '.')}\\n`));
    const since = Date.now();
    await page.bringToFront();
    await clickInPanel(page, '.bar button:nth-of-type(2)'); // 下载全部 (.md)
    const md = readFileSync(await downloaded(since), 'utf8');
    expect(md).toContain(cn(article.pieces[3]!.paragraphs.at(-1)!));
    expect(md).not.toContain(article.pieces[0]!.paragraphs[0]);

    // Back to traditional (the other converter, loaded now), and to the page's own text.
    await clickInPanel(page, 'input[name=script][value=tw]');
    await until(async () => (await loaded()).includes('tw'), 'the traditional converter');
    await until(async () => (await shownText()).h1 !== cn(original.h1), 'the traditional text');
    await clickInPanel(page, 'input[name=script][value=original]');
    await until(async () => (await shownText()).p === original.p, 'the original text');
  });

  it('the badge counts again after the site’s own pushState to another article while the reader is closed', async () => {
    const url = servedUrl(loadCase(PAGED).info);
    const page = await b.ctx.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(b.sw, url);
    const badge = () => b.sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    const before = await until(badge, 'the first badge');
    const nextUrl = new URL('/zhuanti/zuowen/990001.html', url).href;
    await page.evaluate(
      ([to, text]) => {
        history.pushState({}, '', to);
        document.title = '我的爸爸_小六范文网';
        const h = document.querySelector('h1');
        if (h) h.textContent = '我的爸爸';
        const body = document.querySelector('#content, .content, article') ?? document.body;
        // Three pieces, each under its marker ("篇一" …), where page 1 of the paged article shows fewer.
        body.replaceChildren(
          ...['一', '二', '三'].flatMap((n) => [
            Object.assign(document.createElement('p'), { innerHTML: `<strong>我的爸爸篇${n}</strong>` }),
            ...[1, 2].map((i) => Object.assign(document.createElement('p'), { textContent: `${text}，这是第${n}篇的第${i}段。` })),
          ]),
        );
      },
      [nextUrl, '爸爸每天很早就出门上班，晚上回来还要辅导我写作业，他从来没有说过一句累'] as const,
    );
    const expected = String(cleanHtml(await page.content(), nextUrl).pieces.length);
    expect(expected).not.toBe(before);
    await until(async () => (await badge()) === expected, `the badge to count the new article (${expected})`);
  });

  it('what is injected: the converters and the docx writer are in no script a page gets on load or on open', () => {
    const file = (name: string) => readFileSync(join(CHROME_DIST, name), 'utf8');
    const [content, panel, t2s, s2t] = ['content.js', 'panel.js', 'opencc-t2s.js', 'opencc-s2t.js'].map(file) as [string, string, string, string];
    // opencc-js's own error text, and the docx package's XML, mark their code.
    for (const startUp of [content, panel]) {
      expect(startUp).not.toContain('Invalid dictionary entry');
      expect(startUp).not.toContain('w:eastAsia');
    }
    // Readability too is a bundle of its own, injected when the user asks for a reading.
    const readability = file('readability.js');
    for (const startUp of [content, panel]) expect(startUp).not.toContain('readability-page');
    expect(readability).toContain('readability-page');
    expect(t2s).toContain('Invalid dictionary entry');
    expect(s2t).toContain('Invalid dictionary entry');
    const gz = (code: string) => gzipSync(code, { level: 9 }).length;
    console.log(`[e2e] gzipped: content.js ${(gz(content) / 1024).toFixed(1)} KB at start-up, + panel.js ${(gz(panel) / 1024).toFixed(1)} KB on open; on demand opencc-t2s.js ${(gz(t2s) / 1024).toFixed(1)} KB, opencc-s2t.js ${(gz(s2t) / 1024).toFixed(1)} KB`);
    expect(gz(content)).toBeLessThan(42 * 1024); // budget: 40 KB until stop 21 (41.7 KB now; see README)
  });
});
