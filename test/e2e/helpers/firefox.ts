// Headless Firefox with the built add-on (web-ext run), the test server as its HTTP proxy (real
// host names, loopback only), and Marionette, Firefox's own automation protocol, to reach the
// add-on's pages and to send input: WebDriver actions, which Firefox dispatches as trusted
// events through its own event handling, as for a user's mouse and keys (no OS-level input).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import webExt, { type Runner } from 'web-ext';
import { Marionette } from './marionette.js';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_DIST = resolve(import.meta.dirname, '../../../dist/firefox');
export const hasFirefox = existsSync(FIREFOX);
export const geckoId = (): string =>
  (JSON.parse(readFileSync(join(FIREFOX_DIST, 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } }).browser_specific_settings.gecko.id;

export interface FirefoxOptions {
  proxyPort: number;
  startUrl: string[];
  downloads: string;
  /** More preferences. */
  pref?: Record<string, string | number | boolean>;
}

export async function launchFirefox(o: FirefoxOptions): Promise<{ runner: Runner; m: Marionette }> {
  const marionettePort = 20000 + Math.floor(Math.random() * 20000);
  process.env.MOZ_HEADLESS = '1';
  const runner = await webExt.cmd.run(
    {
      sourceDir: FIREFOX_DIST,
      firefox: FIREFOX,
      noInput: true,
      noReload: true,
      startUrl: o.startUrl,
      // Marionette (Firefox's automation protocol) reaches the add-on's pages for the functional test.
      args: ['--marionette', '-remote-allow-system-access'],
      pref: {
        'marionette.port': marionettePort,
        // The test server is Firefox's HTTP proxy: real host names, loopback only.
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': o.proxyPort,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
        // Plain http as the sites serve it: no HTTPS-first upgrade (https would bypass the proxy).
        'dom.security.https_first': false,
        'dom.security.https_first_schemeless': false,
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
        'browser.download.dir': o.downloads,
        'browser.download.folderList': 2,
        'browser.download.useDownloadDir': true,
        ...o.pref,
      },
    },
    { shouldExitProgram: false },
  );
  const m = await Marionette.connect(marionettePort);
  await m.send('WebDriver:NewSession', { capabilities: {} });
  return { runner, m };
}

/** The add-on's moz-extension:// host name (from the browser's chrome context). */
export async function extensionHost(m: Marionette): Promise<string> {
  await m.send('Marionette:SetContext', { value: 'chrome' });
  const host = await m.run<string>(`arguments[0](WebExtensionPolicy.getByID(${JSON.stringify(geckoId())}).mozExtensionHostname)`);
  await m.send('Marionette:SetContext', { value: 'content' });
  return host;
}

/** Opens `url` in a new tab and makes it Marionette's current window; its handle. */
export async function newTab(m: Marionette, url: string): Promise<string> {
  const tab = await m.send<{ handle: string }>('WebDriver:NewWindow', { type: 'tab' });
  await m.send('WebDriver:SwitchToWindow', { handle: tab.handle });
  await m.send('WebDriver:Navigate', { url });
  return tab.handle;
}

/** WebDriver pointer actions in the current window, at viewport coordinates. */
export async function mouse(m: Marionette, steps: ({ move: [number, number] } | 'down' | 'up' | 'click')[]): Promise<void> {
  const actions = steps.flatMap((s): object[] =>
    s === 'click'
      ? [{ type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 }]
      : s === 'down' || s === 'up'
        ? [{ type: s === 'down' ? 'pointerDown' : 'pointerUp', button: 0 }]
        : [{ type: 'pointerMove', x: Math.round(s.move[0]), y: Math.round(s.move[1]), origin: 'viewport', duration: 80 }],
  );
  await m.send('WebDriver:PerformActions', { actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions }] });
}

/** A key pressed in the current window ("\uE00C" Escape, "\uE007" Enter). */
export async function key(m: Marionette, value: string): Promise<void> {
  await m.send('WebDriver:PerformActions', { actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value }, { type: 'keyUp', value }] }] });
  await m.send('WebDriver:ReleaseActions');
}
