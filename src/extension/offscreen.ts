// Chromium's offscreen document (reason CLIPBOARD): the one DOM the service worker can use to copy.
import browser from 'webextension-polyfill';
import { copyWithTextarea } from './background/clipboard.js';
import { fail, fromSelf, ok, parseToOffscreen } from './messages.js';

browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
  if (!fromSelf(sender, browser.runtime.id) || sender.tab) return undefined;
  const msg = parseToOffscreen(raw);
  if (!msg) return undefined; // messages for the background pass by here too
  return Promise.resolve(copyWithTextarea(document, msg.text) ? ok(true) : fail('execCommand("copy") failed'));
});
