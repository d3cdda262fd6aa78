// The extension API without the polyfill, for the script injected into pages (every byte there
// is paid on each page): Manifest V3 Chromium's `chrome.*` returns promises like Firefox's
// `browser.*`. The one thing the polyfill adds, a promise returned from an onMessage listener
// as the reply, is not used there: the content script replies through sendResponse.
import type Browser from 'webextension-polyfill';

const g = globalThis as unknown as { browser?: Browser.Browser; chrome?: Browser.Browser };

export const ext: Browser.Browser = (g.browser ?? g.chrome)!;
