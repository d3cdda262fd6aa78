// Chromium's offscreen document (reason CLIPBOARD): the one DOM the service worker can use to copy.
import browser from 'webextension-polyfill';
import { copyWithEvent, copyWithTextarea } from './background/clipboard.js';
import { fail, fromSelf, ok, parseToOffscreen } from './messages.js';

browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
  if (!fromSelf(sender, browser.runtime.id) || sender.tab) return undefined;
  const msg = parseToOffscreen(raw);
  if (!msg) return undefined; // messages for the background pass by here too
  const copied = msg.html !== undefined ? copyWithEvent(document, msg.text, msg.html) : copyWithTextarea(document, msg.text);
  return Promise.resolve(copied ? ok(true) : fail('execCommand("copy") failed'));
});
