/// <reference types="chrome" />
// "Teach a site" in headless Chromium (issue 10): a rules file imported on the options page
// changes what the reader shows on that host; an invalid file is refused with its message and
// stores nothing; the rule survives a browser restart (the same profile launched again); the
// options page edits (validated), exports and deletes it.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleJson } from '../../src/format/index.js';
import { describeProblem } from '../../src/rules/user-messages.js';
import { hasChromium, launch, tabIdOf, until, type Browser } from './helpers/chromium.js';
import { startServer, type TestServer } from './helpers/server.js';

type Qingwen = { openReader(tabId: number): Promise<ArticleJson> };

const P = [
  '春天来了，校园里的花都开了，同学们在操场上快乐地奔跑，老师们站在一旁微笑着看着大家。',
  '我们班组织了一次春游活动，大家带着自己准备的食物，来到了城外的小山上，一起登高望远。',
  '这次活动让我明白了团结的重要，也让我更加热爱我们这个温暖的集体，我会永远记住这一天。',
];
const LEAK = '另外，学校食堂下周一起调整开放时间，请同学们留意班级群里的通知安排。';
const RELATED = '附：我们在山顶上合影留念，这张照片至今还挂在教室的墙上，欢迎大家去看看。';
// A page on a known host (the content script is there), in the family's template (#content).
const URL_PATH = 'xiaorob.com/zhuanti/test/777.html';
const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>一次难忘的春游_小六范文网</title></head><body>
<div class="article"><h1>一次难忘的春游</h1><div id="content">
<p>${P[0]}</p><div class="note-x">${LEAK}</div><p>${P[1]}</p><div class="pdfdown">${RELATED}</div><p>${P[2]}</p>
</div></div></body></html>`;
const RULES = { qingwenRules: 1, rules: [{ hosts: ['xiaorob.com'], remove: ['.note-x'], keep: ['.pdfdown'] }] };
const BAD = { qingwenRules: 1, rules: [{ hosts: ['xiaorob.com'], remove: ['.note-x', 'div['] }] };

if (!hasChromium) console.warn('[e2e] /usr/bin/chromium not found: user-rule tests skipped (CI installs it).');

describe.skipIf(!hasChromium)('user site rules (Chromium)', () => {
  let server: TestServer;
  let b: Browser;
  const profile = mkdtempSync(join(tmpdir(), 'qingwen-rules-profile-'));

  beforeAll(async () => {
    server = await startServer();
    server.routes.set(URL_PATH, ['text/html; charset=utf-8', PAGE]);
    b = await launch(server.port, server.hosts, { profile });
  }, 60_000);

  afterAll(async () => {
    await b?.close();
    await server?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  const msg = (key: string, ...subs: (string | number)[]): Promise<string> =>
    b.sw.evaluate(([k, s]) => chrome.i18n.getMessage(k, s), [key, subs.map(String)] as const);

  /** The reader's article on the test page, opened as the toolbar does (a fresh tab each time). */
  async function readerParagraphs(): Promise<string[]> {
    const page = await b.ctx.newPage();
    await page.goto(`http://${URL_PATH}`);
    const tabId = await tabIdOf(b.sw, `http://${URL_PATH}`);
    const article = await b.sw.evaluate((id) => (globalThis as unknown as { qingwen: Qingwen }).qingwen.openReader(id), tabId);
    await page.close();
    return article.pieces.flatMap((p) => p.paragraphs);
  }

  async function optionsPage(): Promise<Page> {
    const page = await b.ctx.newPage();
    await page.goto(`chrome-extension://${b.extensionId}/options.html`);
    await until(async () => (await page.locator('#ruleList li').count()) > 0, 'the rule list');
    return page;
  }
  const storedRules = () => b.sw.evaluate(async () => Object.entries(await chrome.storage.sync.get(null)).filter(([k]) => k.startsWith('rule:')));

  it('imports a rules file on the options page; an invalid one is refused with its message and stores nothing', async () => {
    // The engine alone: the note leaks, the family's rule drops the .pdfdown box (there it holds a download button).
    expect(await readerParagraphs()).toEqual([P[0], LEAK, P[1], P[2]]);
    const options = await optionsPage();
    expect(await options.locator('#ruleList li').textContent()).toBe(await msg('rulesNone'));
    const lang = (await b.sw.evaluate(() => chrome.i18n.getUILanguage())).startsWith('zh') ? 'zh' : 'en';

    await options.locator('#ruleImport').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(BAD)) });
    const expected = `bad.json: ${describeProblem({ code: 'selector', rule: 1, field: 'remove[2]', value: 'div[' }, lang)}`;
    await until(async () => (await options.locator('#rulesError').textContent()) === expected, `the message ${expected}`);
    expect(await options.locator('#rulesError').getAttribute('role')).toBe('alert');
    expect(await storedRules()).toEqual([]);
    await options.locator('#ruleImport').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"qingwenRules": 1, rules: []}') });
    await until(async () => (await options.locator('#rulesError').textContent()) === `x.json: ${describeProblem({ code: 'not-json', rule: null, field: null }, lang)}`, 'not JSON');

    await options.locator('#ruleImport').setInputFiles({ name: 'rules.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(RULES)) });
    const imported = await msg('rulesImported', 1);
    await until(async () => (await options.locator('#rulesStatus').textContent()) === imported, imported);
    expect(await options.locator('#rulesError').textContent()).toBe('');
    await until(async () => (await options.locator('#ruleList li[data-site="xiaorob.com"]').count()) === 1, 'the site listed');
    expect(await storedRules()).toEqual([['rule:xiaorob.com', RULES.rules[0]]]);
    await options.close();

    // The reader on that host: the note removed, the box's text kept at its place.
    expect(await readerParagraphs()).toEqual([P[0], P[1], RELATED, P[2]]);
  });

  it('the rule survives a browser restart (the same profile)', async () => {
    await b.close();
    b = await launch(server.port, server.hosts, { profile });
    expect(await storedRules()).toEqual([['rule:xiaorob.com', RULES.rules[0]]]);
    expect(await readerParagraphs()).toEqual([P[0], P[1], RELATED, P[2]]);
  }, 60_000);

  it('edits (validated), exports and deletes a rule on the options page', async () => {
    const options = await optionsPage();
    const row = options.locator('#ruleList li[data-site="xiaorob.com"]');
    await row.locator('button.edit').click();
    const text = options.locator('#ruleText');
    expect(JSON.parse(await text.inputValue())).toEqual(RULES.rules[0]);
    await text.fill(JSON.stringify({ hosts: ['xiaorob.com'], remove: ['.note-x', 'p:nth-child('] }));
    await options.locator('#ruleSave').click();
    const lang = (await b.sw.evaluate(() => chrome.i18n.getUILanguage())).startsWith('zh') ? 'zh' : 'en';
    const expected = describeProblem({ code: 'selector', rule: 1, field: 'remove[2]', value: 'p:nth-child(' }, lang, 'rule');
    await until(async () => (await options.locator('#rulesError').textContent()) === expected, expected);
    expect(await text.getAttribute('aria-invalid')).toBe('true');
    expect(await storedRules()).toEqual([['rule:xiaorob.com', RULES.rules[0]]]);
    // Valid: only the removal now; the box goes again.
    await text.fill(JSON.stringify({ hosts: ['xiaorob.com'], remove: ['.note-x'] }));
    await options.locator('#ruleSave').click();
    await until(async () => (await options.locator('#rulesStatus').textContent()) === (await msg('rulesSavedOne', 'xiaorob.com')), 'saved');
    expect(await storedRules()).toEqual([['rule:xiaorob.com', { hosts: ['xiaorob.com'], remove: ['.note-x'], keep: [] }]]);
    expect(await readerParagraphs()).toEqual([P[0], P[1], P[2]]);

    // Export: the file format, as the CLI's --rules reads it.
    const since = new Date(Date.now() - 1000).toISOString();
    await options.bringToFront();
    await options.locator('#ruleExport').click();
    const item = await until(() => b.sw.evaluate(async (t) => (await chrome.downloads.search({ startedAfter: t, state: 'complete' }))[0], since), 'the exported file');
    expect(JSON.parse(readFileSync(item.filename, 'utf8'))).toEqual({ qingwenRules: 1, rules: [{ hosts: ['xiaorob.com'], remove: ['.note-x'], keep: [] }] });

    await row.locator('button.delete').click();
    await until(async () => (await options.locator('#ruleList li').textContent()) === (await msg('rulesNone')), 'the rule gone');
    expect(await storedRules()).toEqual([]);
    expect(await readerParagraphs()).toEqual([P[0], LEAK, P[1], P[2]]);
    await options.close();
  });
});
