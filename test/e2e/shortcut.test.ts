/// <reference types="chrome" />
// As a user, with the real keyboard shortcut: a real Chromium window on a virtual X display
// (Xvfb), the key pressed with xdotool. On a site the extension does not know, the shortcut is
// what grants activeTab, so this is the only path that shows the reader opens there; on a
// browser page the toolbar button says the extension cannot run.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, inPanel, launch, until, type Browser } from './helpers/chromium.js';
import { CORPUS, startServer, type TestServer } from './helpers/server.js';

const hasX = existsSync('/usr/bin/Xvfb') && existsSync('/usr/bin/xdotool');
if (!hasX) console.warn('[e2e] Xvfb or xdotool missing: the real-shortcut test is skipped (apt-get install -y xvfb xdotool).');

describe.skipIf(!hasChromium || !hasX)('the real shortcut (Chromium window under Xvfb)', () => {
  let server: TestServer;
  let b: Browser;
  let xvfb: ChildProcess;
  const display = `:${200 + (process.pid % 500)}`;
  const env = { ...process.env, DISPLAY: display };

  /** Focuses the browser window and presses the extension's shortcut, as a person would. */
  function pressShortcut(attempt = 0): void {
    const found = spawnSync('xdotool', ['search', '--onlyvisible', '--class', 'chromium'], { env, encoding: 'utf8' });
    // Chromium may map more than one window; the last is the browser's as a rule, the others are
    // tried in turn when a press is lost.
    const wins = found.stdout.trim().split('\n').filter(Boolean);
    const win = wins[(wins.length - 1 - (attempt % Math.max(wins.length, 1)) + wins.length) % Math.max(wins.length, 1)];
    if (!win) throw new Error(`no Chromium window on ${display}: ${found.stderr}`);
    spawnSync('xdotool', ['windowfocus', '--sync', win], { env });
    const key = spawnSync('xdotool', ['key', '--clearmodifiers', 'alt+shift+q'], { env, encoding: 'utf8' });
    if (key.status !== 0) throw new Error(`xdotool key failed: ${key.stderr}`);
  }

  /**
   * Presses the shortcut until the browser has taken it. A key sent while a fresh window is
   * still settling (focus not yet given, commands not yet bound) is lost without a trace, as it
   * would be for a person, who presses again; `took` tells that the press arrived, so a slow
   * reader is waited for, never toggled shut by a second press.
   */
  async function pressUntil(took: () => Promise<boolean>, what: string): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      pressShortcut(attempt);
      try {
        await until(async () => (await took()) || null, what, 3_000);
        return;
      } catch (e) {
        if (attempt === 3) throw e;
      }
    }
  }
  beforeAll(async () => {
    xvfb = spawn('Xvfb', [display, '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
    await until(async () => existsSync(`/tmp/.X11-unix/X${display.slice(1)}`), 'Xvfb to start');
    server = await startServer();
    b = await launch(server.port, server.hosts, { display });
  }, 60_000);
  afterAll(async () => {
    await b?.close();
    await server?.close();
    xvfb?.kill();
  });

  it('a page on an unknown site: the shortcut opens the reader (activeTab), and closes it again', async () => {
    // A corpus page on loopback, a host the extension has no permission for.
    const html = readFileSync(join(CORPUS, 'xiaorob-my-mother-single', '168842.html'));
    server.routes.set('127.0.0.1/zuowen/168842.html', ['text/html', html]);
    const page = b.ctx.pages()[0] ?? (await b.ctx.newPage());
    await page.goto(`http://127.0.0.1:${server.port}/zuowen/168842.html`);
    await page.bringToFront();
    // activeTab granted is the sign the press arrived: the tab's address becomes visible.
    const url = page.url();
    await pressUntil(async () => (await b.sw.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.url)) === url, 'the shortcut to reach the extension');
    await until(() => inPanel<boolean>(page, `function () { return this.querySelector('.sheet')?.dataset.state === 'ready'; }`), 'the reader opened by the shortcut', 20_000).catch(async (e: Error) => {
      // Say what the user would have seen: no panel, or one in some other state.
      const seen = await inPanel<string>(page, `function () { const s = this.querySelector('.sheet'); return (s?.dataset.state ?? 'no sheet') + ': ' + (this.querySelector('.status')?.textContent ?? ''); }`);
      throw new Error(`${e.message} (panel: ${seen ?? 'none'})`);
    });
    const title = await inPanel<string>(page, `function () { return this.querySelector('h1').textContent; }`);
    expect(title).toBe(JSON.parse(readFileSync(join(CORPUS, 'xiaorob-my-mother-single', 'expected.json'), 'utf8')).title);
    await pressUntil(async () => (await inPanel(page, 'function () { return true; }')) === null, 'the shortcut to close the reader');
  });

  it('a browser page: the shortcut marks the toolbar button instead of doing nothing', async () => {
    const page = b.ctx.pages()[0]!;
    await page.goto('chrome://version/');
    await page.bringToFront();
    const id = (await b.sw.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id))!;
    await pressUntil(() => b.sw.evaluate((i) => chrome.action.getBadgeText({ tabId: i }), id).then((t) => t === '–'), 'the restricted mark');
    expect(await b.sw.evaluate((i) => chrome.action.getTitle({ tabId: i }), id)).toBe(await b.sw.evaluate(() => chrome.i18n.getMessage('restricted')));
  });
});
