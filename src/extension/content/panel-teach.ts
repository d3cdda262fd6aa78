// Teaching a site from the reader panel (issue 10): "在页面上选择要去除的内容" steps the panel
// aside — taken out of the page, which is usable as before, its state, scroll and focus kept — and starts the
// picker (picker.js, through the background). The picker's outcome comes back as a message
// relayed by the background (only this extension's contexts can send one; checked here like
// every message): the panel returns, and after a saved rule reads the page again with it and
// says which rule it was and how many elements it matched. "保存为测试页" downloads the article
// and the pages it was read from as a corpus test case (format/test-case.ts, in the background).
import type { Runtime } from 'webextension-polyfill';
import type { Article } from '../../engine/index.js';
import { articleJson } from '../../format/json.js';
import { ext as browser } from '../browser.js';
import { formatCount, t } from '../i18n.js';
import { fromSelf, ok, parseToPanel, toWire, unwrap, type PickerOutcome, type ToBackground, type WirePage } from '../messages.js';
import type { FetchedPage } from './fetch.js';
import { button } from './view.js';

/** A page of the article as the server sent it (content/page-fetch.ts's rawPage). */
export type RawPage = (url: string) => Promise<FetchedPage>;

/** What the panel lends this module. */
export interface TeachPanel {
  /** The panel's host, shadow root and scrolling text while it is open. */
  parts(): { host: HTMLElement; root: ShadowRoot; main: HTMLElement } | null;
  /** The whole article as read (every page settled, not converted to 简/繁), or null. */
  article(): Promise<Article | null>;
  /** Reads the page again (the user's rules as stored now). */
  reread(): Promise<unknown>;
  /** One line in the status area. */
  status(text: string, error?: boolean): void;
  rawPage(): RawPage | null;
}

/** Base64 of the bytes is what crosses to the background; a page set larger than this is refused (messages stay well under Chromium's 64 MB). */
const MAX_CASE_BYTES = 32 * 1024 * 1024;

function base64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

const KIND_LABEL = { remove: 'pickerRemove', keep: 'pickerKeep', body: 'pickerBody' } as const;

export class Teach {
  /** True while the panel has stepped aside for the picker: the shield then leaves Esc and copy to the page and the picker. */
  aside = false;
  private comeBack: ((outcome: PickerOutcome) => void) | null = null;
  private readonly onMessage = ((raw: unknown, sender: Runtime.MessageSender, sendResponse: (r: unknown) => void) => {
    if (!fromSelf(sender, browser.runtime.id)) return undefined;
    const msg = parseToPanel(raw);
    const back = this.comeBack;
    if (!msg || !back) return undefined;
    sendResponse(ok(true));
    back(msg.outcome);
    return undefined;
  }) as unknown as Parameters<typeof browser.runtime.onMessage.addListener>[0];

  constructor(private readonly panel: TeachPanel) {}

  /** The panel's two buttons. */
  buttons(): HTMLButtonElement[] {
    return [button(t('teachPick'), () => void this.pick(), 'teach-pick'), button(t('saveCase'), () => void this.saveCase(), 'save-case')];
  }

  /** The panel closed: a picker still running no longer brings it back. */
  end(): void {
    this.comeBack = null;
    this.aside = false;
    browser.runtime.onMessage.removeListener(this.onMessage);
  }

  private async pick(): Promise<void> {
    const parts = this.panel.parts();
    if (!parts || this.aside) return;
    const restore = this.stepAside(parts);
    const outcome = new Promise<PickerOutcome>((resolve) => (this.comeBack = resolve));
    browser.runtime.onMessage.addListener(this.onMessage);
    try {
      unwrap(await browser.runtime.sendMessage({ type: 'start-picker' } satisfies ToBackground));
    } catch {
      this.end();
      restore();
      this.panel.status(t('teachPickFailed'), true);
      return;
    }
    const done = await outcome;
    const open = this.comeBack !== null && this.panel.parts()?.host === parts.host; // else the panel was closed meanwhile
    this.end();
    if (!open) return;
    restore();
    if (done.result !== 'saved') return;
    await this.panel.reread().catch(() => {});
    this.panel.status(t('teachAdded', t(KIND_LABEL[done.kind]), done.selector, formatCount(done.matches)));
  }

  /**
   * Out of the page altogether (the page is as it was before the panel: nothing of ours covers
   * it or is hit by the pointer); the shadow tree and all its state stay as they are, and come
   * back where they were, scroll and focus included.
   */
  private stepAside(parts: { host: HTMLElement; root: ShadowRoot; main: HTMLElement }): () => void {
    const { host, root, main } = parts;
    const scroll = main.scrollTop;
    const focused = root.activeElement;
    const parent = host.parentNode;
    this.aside = true;
    host.remove();
    return () => {
      this.aside = false;
      if (!parent?.isConnected) return;
      parent.appendChild(host);
      host.showPopover();
      main.scrollTop = scroll;
      (focused instanceof HTMLElement ? focused : main).focus({ preventScroll: true });
    };
  }

  private async saveCase(): Promise<void> {
    const raw = this.panel.rawPage();
    const article = await this.panel.article();
    if (!raw || !article) return;
    if (article.failedPages.length) return this.panel.status(t('caseFailedPages'), true);
    this.panel.status(t('caseSaving'));
    try {
      const pages: WirePage[] = [];
      let size = 0;
      // The first page is the address read (pageUrls[0]); then every further page merged, in order.
      for (const url of article.pageUrls.length ? article.pageUrls : [article.url]) {
        const page = await raw(url);
        size += page.bytes.length;
        if (size > MAX_CASE_BYTES) return this.panel.status(t('caseTooLarge', MAX_CASE_BYTES / 1024 / 1024), true);
        pages.push({ url, contentType: page.contentType, data: base64(page.bytes) });
      }
      const msg: ToBackground = { type: 'save-case', article: toWire(article, articleJson(article)), pages };
      const { filename } = unwrap<{ filename: string }>(await browser.runtime.sendMessage(msg));
      this.panel.status(t('caseSaved', filename));
    } catch (e) {
      this.panel.status(t('caseFailed', e instanceof Error ? e.message : String(e)), true);
    }
  }
}
