/// <reference types="chrome" />
// Writing the clipboard from the background, so copy works on plain-http pages (no
// navigator.clipboard there) and whatever copy listeners the page installs.
// Chromium: a service worker has no DOM, so an offscreen document runs execCommand('copy').
// Firefox: the background page has a DOM and clipboardWrite, so it writes directly.
import browser from 'webextension-polyfill';
import { unwrap, type ToOffscreen } from '../messages.js';

/** Set per build ('chrome' | 'firefox'), so the Firefox bundle carries no offscreen code at all. */
declare const __QINGWEN_TARGET__: string;

const OFFSCREEN_URL = 'offscreen.html';
let creating: Promise<void> | null = null;

function hasOffscreen(): boolean {
  return typeof chrome !== 'undefined' && typeof chrome.offscreen?.createDocument === 'function';
}

async function ensureOffscreen(): Promise<void> {
  if (await chrome.offscreen.hasDocument()) return;
  // Two copies in quick succession must not both try to create the document.
  creating ??= chrome.offscreen
    .createDocument({ url: OFFSCREEN_URL, reasons: [chrome.offscreen.Reason.CLIPBOARD], justification: 'Copy the cleaned article to the clipboard' })
    .finally(() => {
      creating = null;
    });
  await creating;
}

/** execCommand on a textarea: works without a secure context, given clipboardWrite. */
export function copyWithTextarea(doc: Document, text: string): boolean {
  const area = doc.createElement('textarea');
  area.value = text;
  doc.body.append(area);
  area.select();
  try {
    return doc.execCommand('copy');
  } finally {
    area.remove();
  }
}

export async function writeClipboard(text: string): Promise<void> {
  // The constant folds at build time: the Firefox bundle drops this branch and its helpers.
  if (__QINGWEN_TARGET__ !== 'firefox' && hasOffscreen()) {
    await ensureOffscreen();
    const msg: ToOffscreen = { type: 'offscreen-copy', text };
    unwrap<true>(await browser.runtime.sendMessage(msg));
    return;
  }
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    if (typeof document === 'undefined' || !copyWithTextarea(document, text)) throw new Error('the clipboard could not be written');
  }
}
