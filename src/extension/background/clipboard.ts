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

/**
 * execCommand('copy') with our own copy listener: it sets both text/plain and text/html (a
 * textarea can only give text). Works without a secure context, given clipboardWrite.
 */
export function copyWithEvent(doc: Document, text: string, html: string): boolean {
  let set = false;
  const onCopy = (e: ClipboardEvent): void => {
    if (!e.clipboardData) return;
    e.clipboardData.setData('text/plain', text);
    e.clipboardData.setData('text/html', html);
    e.preventDefault();
    set = true;
  };
  doc.addEventListener('copy', onCopy, true);
  // execCommand needs a selection to fire the copy event in some engines.
  const area = doc.createElement('textarea');
  area.value = text;
  doc.body.append(area);
  area.select();
  try {
    return doc.execCommand('copy') && set;
  } finally {
    area.remove();
    doc.removeEventListener('copy', onCopy, true);
  }
}

/** Writes `text` as text/plain and, when given, `html` as text/html (Word, WPS and editors paste that). */
export async function writeClipboard(text: string, html?: string): Promise<void> {
  // The constant folds at build time: the Firefox bundle drops this branch and its helpers.
  if (__QINGWEN_TARGET__ !== 'firefox' && hasOffscreen()) {
    await ensureOffscreen();
    const msg: ToOffscreen = html === undefined ? { type: 'offscreen-copy', text } : { type: 'offscreen-copy', text, html };
    unwrap<true>(await browser.runtime.sendMessage(msg));
    return;
  }
  if (html !== undefined && typeof ClipboardItem === 'function') {
    try {
      await navigator.clipboard.write([new ClipboardItem({ 'text/plain': new Blob([text], { type: 'text/plain' }), 'text/html': new Blob([html], { type: 'text/html' }) })]);
      return;
    } catch {
      // fall through: text, then the copy event
    }
  }
  if (html !== undefined && typeof document !== 'undefined' && copyWithEvent(document, text, html)) return;
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    if (typeof document === 'undefined' || !copyWithTextarea(document, text)) throw new Error('the clipboard could not be written');
  }
}
