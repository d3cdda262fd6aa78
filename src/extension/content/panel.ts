// The reader panel: a closed shadow root on one element appended to <html>. Page text is only
// ever set as text (see view.ts), never parsed as HTML. It shows page 1 at once and fills in
// the other pages as they arrive; a failed page has a retry button, ↻ reads everything again.
// A modal dialog for the keyboard (focus kept inside, given back on close) and for screen
// readers (aria-busy and a live status while loading); printing prints the clean article.
// Closing removes the element and every listener, so the page is exactly as it was before.
import { ext as browser } from '../browser.js';
import type { ArticleLoader, Snapshot } from '../../engine/index.js';
import { QingwenError } from '../../engine/errors.js';
import { articleJson } from '../../format/json.js';
import { formatCount, t } from '../i18n.js';
import { toWire, unwrap, type Format, type ToBackground, type WireArticle } from '../messages.js';
import { loadSettings, saveSettings } from '../settings.js';
import { addCss } from './guard.js';
import { PANEL_CSS, PRINT_PAGE_CSS } from './panel-css.js';
import { onActivate } from './shield.js';
import { button, counts, el, failedBox, renderPieces } from './view.js';

/** Events from inside the panel must not reach the page's handlers (copy guards, shortcuts). */
const ISOLATED_EVENTS = ['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'keypress', 'copy', 'cut', 'selectstart', 'contextmenu', 'dragstart', 'input', 'change', 'focusin', 'focusout'];

/** Reads the page now; `fresh` forgets the pages fetched before (the ↻ button). */
export type Reader = (onChange: () => void, fresh: boolean) => ArticleLoader;

/** Pages arriving close together are shown together: at most one render per this many ms. */
const RENDER_EVERY_MS = 40;

/** What the user reads when there is no article: one line in the UI language, never an engine message. */
function problem(e: unknown): string {
  // By name and code, not instanceof: the engine that threw it is the content script's copy, this is panel.js.
  const noArticle = e instanceof Error && e.name === 'QingwenError' && (e as { code?: unknown }).code === 'no-article';
  return noArticle ? t('noArticle') : t('readFailed');
}

interface Parts {
  host: HTMLElement;
  root: ShadowRoot;
  sheet: HTMLElement;
  h1: HTMLElement;
  meta: HTMLElement;
  bar: HTMLElement;
  status: HTMLElement;
  main: HTMLElement;
  failed: HTMLElement;
}

export class Panel {
  private parts: Parts | null = null;
  private format: Format = 'text';
  private wire: WireArticle | null = null;
  private loader: ArticleLoader | null = null;
  private read: Reader | null = null;
  /** Bumped by every read and by close: updates of an older read are ignored. */
  private generation = 0;
  private previousFocus: Element | null = null;
  private removePrintCss: (() => void) | null = null;
  private statusTimer: ReturnType<typeof setTimeout> | undefined;

  /** The closed shadow root while open: the content script's shield (shield.ts) guards its events. */
  get root(): ShadowRoot | null {
    return this.parts?.root ?? null;
  }

  get isOpen(): boolean {
    return this.parts !== null;
  }

  /** Shows the panel at once and resolves with the article once every page has settled. */
  async open(read: Reader): Promise<WireArticle> {
    if (!this.parts) this.mount();
    this.read = read;
    this.format = (await loadSettings()).copyFormat;
    return this.start(false);
  }

  close(): void {
    const parts = this.parts;
    if (!parts) return;
    this.generation++;
    clearTimeout(this.statusTimer);
    window.removeEventListener('keydown', this.onKey, true);
    this.removePrintCss?.();
    this.removePrintCss = null;
    parts.host.remove();
    this.parts = null;
    this.wire = this.loader = this.read = null;
    if (this.previousFocus instanceof HTMLElement && this.previousFocus.isConnected) this.previousFocus.focus({ preventScroll: true });
    this.previousFocus = null;
  }

  /** A read of the page (the open, or ↻), shown as it goes. */
  private async start(fresh: boolean): Promise<WireArticle> {
    const gen = ++this.generation;
    const read = this.read;
    if (!read) throw new Error(t('closed'));
    this.wire = null;
    if (this.parts) this.parts.sheet.dataset.state = 'loading';
    this.setBusy(true, t('loading'));
    let loader: ArticleLoader;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const render = (): void => {
      timer = undefined;
      if (gen === this.generation) this.update(loader.snapshot());
    };
    try {
      loader = read(() => void (timer ??= setTimeout(render, RENDER_EVERY_MS)), fresh);
    } catch (e) {
      this.showProblem(e);
      throw e;
    }
    this.loader = loader;
    this.update(loader.snapshot());
    const s = await loader.whenDone();
    clearTimeout(timer); // shown below at once; later changes (a retry) schedule their own render
    timer = undefined;
    if (gen !== this.generation || !this.parts) throw new Error(t('closed'));
    this.update(s);
    if (!s.article) throw s.error ?? new QingwenError('no article', 'no-article');
    return toWire(s.article, articleJson(s.article));
  }

  /** Esc is taken by the shield (shield.ts); Tab here. */
  private readonly onKey = (e: KeyboardEvent): void => {
    if (e.isTrusted && this.parts && e.key === 'Tab') this.trapTab(e);
  };

  /** Tab and Shift+Tab go round the panel's controls, never to the page behind. */
  private trapTab(e: KeyboardEvent): void {
    const { root } = this.parts!;
    const focusable = [...root.querySelectorAll<HTMLElement>('button, input, a[href], main')].filter((x) => !(x as HTMLButtonElement).disabled && x.checkVisibility());
    if (!focusable.length) return;
    const inside = root.activeElement;
    const at = inside ? focusable.indexOf(inside as HTMLElement) : -1;
    const first = focusable[0]!;
    const last = focusable.at(-1)!;
    const wrap = at < 0 || (e.shiftKey && at === 0) || (!e.shiftKey && at === focusable.length - 1);
    if (!wrap) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    (at < 0 ? first : e.shiftKey ? last : first).focus();
  }

  private mount(): void {
    this.previousFocus = document.activeElement;
    // A plain <div> without attributes: a custom element name could be defined by the page,
    // whose constructor would then run on our host and reach the closed root (attachInternals).
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'closed' });
    for (const type of ISOLATED_EVENTS) host.addEventListener(type, (e) => e.stopPropagation());
    const backdrop = el('div', { class: 'backdrop' });
    onActivate(backdrop, () => this.close());
    const status = el('div', { class: 'status' });
    status.setAttribute('role', 'status'); // a polite live region: progress and confirmations are read out
    const closeBtn = button('×', () => this.close(), 'close', t('close'));
    closeBtn.title = t('close');
    const reload = button('↻', () => void this.start(true).catch(() => {}), 'icon', t('reload'));
    reload.title = t('reload');
    const print = button(t('print'), () => window.print());
    const h1 = el('h1', { text: t('loading') });
    h1.id = 'qingwen-title';
    const meta = el('p', { class: 'meta' });
    const bar = el('div', { class: 'bar' }, button(t('copyAll'), () => void this.act('copy', undefined), 'primary'), button(t('downloadAll'), () => void this.act('download', undefined)), button(t('downloadWordAll'), () => void this.act('download', undefined, 'docx')), this.formatGroup(), print);
    bar.hidden = true;
    const header = el('header', {}, el('div', { class: 'top' }, h1, reload, closeBtn), meta, bar, status);
    const failed = el('div');
    const main = el('main', {}, failed);
    main.tabIndex = 0; // the text scrolls from the keyboard (PageDown, Space, End)
    main.setAttribute('aria-labelledby', 'qingwen-title');
    const sheet = el('div', { class: 'sheet' }, header, main);
    sheet.setAttribute('role', 'dialog');
    sheet.setAttribute('aria-modal', 'true');
    sheet.setAttribute('aria-labelledby', 'qingwen-title');
    root.append(el('style', { text: PANEL_CSS }), backdrop, sheet);
    document.documentElement.append(host);
    // The top layer: above anything the page stacks later at z-index 2147483647 to cover it or take its clicks.
    host.popover = 'manual';
    host.showPopover();
    this.removePrintCss = addCss(PRINT_PAGE_CSS);
    window.addEventListener('keydown', this.onKey, true);
    this.parts = { host, root, sheet, h1, meta, bar, status, main, failed };
    main.focus({ preventScroll: true });
  }

  /** Plain text or Markdown for the copy buttons: a labelled radio group. */
  private formatGroup(): HTMLElement {
    const group = el('span', { class: 'fmt' }, el('span', { text: t('copyAs') }));
    group.setAttribute('role', 'radiogroup');
    group.setAttribute('aria-label', t('copyAs'));
    for (const f of ['text', 'markdown'] as const) {
      const input = el('input');
      input.type = 'radio';
      input.name = 'format';
      input.value = f;
      input.addEventListener('change', (e) => {
        if (!e.isTrusted) return;
        this.format = f;
        void saveSettings({ copyFormat: f }).catch(() => {});
      });
      group.append(el('label', {}, input, document.createTextNode(t(f === 'text' ? 'formatText' : 'formatMarkdown'))));
    }
    return group;
  }

  private update(s: Snapshot): void {
    const parts = this.parts;
    if (!parts) return;
    const article = s.article;
    if (!article) {
      if (s.done) this.showProblem(s.error);
      return;
    }
    // User Timing marks (DevTools' performance panel, and the e2e timings): first text, full panel.
    if (parts.sheet.dataset.state === 'loading') performance.mark('qingwen:first-text');
    if (s.done) performance.mark('qingwen:full');
    parts.h1.textContent = article.title;
    const link = el('a', { text: article.siteName ? `${article.siteName} · ${article.url}` : article.url });
    link.href = article.url;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    parts.meta.replaceChildren(document.createTextNode(t('source')), link, document.createTextNode(` · ${counts(article.pages, article.pieces.length)}`));
    for (const input of parts.bar.querySelectorAll('input')) input.checked = input.value === this.format;
    parts.bar.hidden = false;
    parts.failed.replaceChildren(failedBox(s.failed, (page) => void this.loader?.retry(page)) ?? '');
    renderPieces(parts.main, article, { copy: (i) => void this.act('copy', i), download: (i) => void this.act('download', i), downloadWord: (i) => void this.act('download', i, 'docx') });
    this.wire = s.done ? toWire(article, articleJson(article)) : null;
    parts.sheet.dataset.state = s.done ? 'ready' : 'partial';
    this.setBusy(!s.done, s.done ? '' : t('merging', s.settled, s.total));
  }

  /** aria-busy on the text while pages are still coming, and the progress line. */
  private setBusy(busy: boolean, text: string): void {
    const parts = this.parts;
    if (!parts) return;
    parts.main.setAttribute('aria-busy', String(busy));
    if (busy || !this.statusTimer) this.status(text);
  }

  private showProblem(e: unknown): void {
    const parts = this.parts;
    if (!parts) return;
    parts.h1.textContent = problem(e);
    parts.sheet.dataset.state = 'empty';
    parts.main.setAttribute('aria-busy', 'false');
    this.status('');
  }

  private status(text: string, error = false): void {
    const parts = this.parts;
    if (!parts) return;
    clearTimeout(this.statusTimer);
    this.statusTimer = undefined;
    parts.status.textContent = text;
    parts.status.classList.toggle('error', error);
  }

  /** A short confirmation that fades after a few seconds. */
  private flash(text: string, error = false): void {
    this.status(text, error);
    this.statusTimer = setTimeout(() => this.status(''), 4000);
  }

  /** Copy or download: of the whole article, so it waits for the pages still loading. */
  private async act(type: 'copy' | 'download', piece: number | undefined, as?: 'docx'): Promise<void> {
    const gen = this.generation;
    if (!this.wire) await this.loader?.whenDone();
    const wire = this.wire;
    if (!wire || gen !== this.generation) return;
    const base: ToBackground = type === 'download' ? { type, article: wire, format: as ?? 'markdown' } : { type, article: wire, format: this.format };
    const msg: ToBackground = piece === undefined ? base : { ...base, piece };
    try {
      const reply = await browser.runtime.sendMessage(msg);
      if (type === 'copy') this.flash(t('copied', formatCount(unwrap<{ chars: number }>(reply).chars)));
      else this.flash(t('downloaded', unwrap<{ filename: string }>(reply).filename));
    } catch {
      this.flash(t(type === 'copy' ? 'copyFailed' : 'downloadFailed'), true);
    }
  }
}
