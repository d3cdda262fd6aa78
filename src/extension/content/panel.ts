// The reader panel: a closed shadow root on one element appended to <html>. Page text is only
// ever set as text (see view.ts), never parsed as HTML. It shows page 1 at once and fills in
// the other pages as they arrive; a failed page has a retry button, ↻ reads everything again.
// A modal dialog for the keyboard (focus kept inside, given back on close) and for screen
// readers (aria-busy and a live status while loading); printing prints the clean article.
// Closing removes the element and every listener, so the page is exactly as it was before.
// Reading: a table of contents (panel-toc.ts), the place in the text kept over a close and
// reopen on the same page, reading and Word settings (panel-prefs.ts), a selection copied clean
// (panel-selection.ts), and 简/繁 through a converter injected only when asked for. Teaching the
// site (the picker, a saved test case) is panel-teach.ts.
import { ext as browser } from '../browser.js';
import type { Article, Snapshot } from '../../engine/index.js';
import type { ArticleLoaderCore as ArticleLoader } from '../../engine/loader-core.js';
import { QingwenError } from '../../engine/errors.js';
import { articleJson } from '../../format/json.js';
import { convertArticle } from '../convert/article.js';
import { loadedConverters } from '../convert/install.js';
import { formatCount, t } from '../i18n.js';
import { toWire, unwrap, type Format, type Script, type ToBackground, type WireArticle } from '../messages.js';
import { loadSettings, saveSettings, type Settings } from '../settings.js';
import { addCss } from './guard.js';
import { PANEL_CSS, PRINT_PAGE_CSS } from './panel-css.js';
import { applyReading, prefsBox, radios } from './panel-prefs.js';
import { plainText, selectedRange, selectionPieces } from './panel-selection.js';
import { Teach, type RawPage } from './panel-teach.js';
import { readingPosition, restorePosition, Toc, type ReadingPosition } from './panel-toc.js';
import { onActivate } from './shield.js';
import { button, counts, el, failedBox, pieceName, renderPieces } from './view.js';
import { REMOVED_CSS, RemovedView } from './panel-removed.js';

/** Events from inside the panel must not reach the page's handlers (copy guards, shortcuts). */
const ISOLATED_EVENTS = ['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'keypress', 'copy', 'cut', 'selectstart', 'contextmenu', 'dragstart', 'input', 'change', 'focusin', 'focusout'];

/** Reads the page now; `fresh` forgets the pages fetched before (the ↻ button). */
export type Reader = (onChange: () => void, fresh: boolean) => Promise<ArticleLoader>;

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
  toc: Toc;
}

/** The script the article is shown in: as the page has it, or converted. */
type ShownScript = 'original' | Script;

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
  private snapshot: Snapshot | null = null;
  private script: ShownScript = 'original';
  /** Where the reading was when the panel closed, for a reopen on the same page (address). */
  private place: { url: string; at: ReadingPosition } | null = null;
  /** Set on open when there is a place to go back to; cleared once there (or once the user scrolls). */
  private restoring: ReadingPosition | null = null;
  /** Settings saves one after another: each reads and writes the whole set. */
  private saving: Promise<unknown> = Promise.resolve();
  private rawPage: RawPage | null = null;
  private readonly teach = new Teach({
    parts: () => this.parts,
    article: async () => (this.snapshot?.done ? this.snapshot.article : ((await this.loader?.whenDone())?.article ?? null)),
    reread: () => this.start(false),
    status: (text, error) => this.status(text, error),
    rawPage: () => this.rawPage,
  });
  /** What the engine removed, shown and put back, and the blocks the user removed (panel-removed.ts); kept over a close and reopen on the same page. */
  private readonly removed = new RemovedView(() => this.snapshot && this.update(this.snapshot));

  /** The closed shadow root while open: the content script's shield (shield.ts) guards its events. */
  get root(): ShadowRoot | null {
    return this.teach.aside ? null : (this.parts?.root ?? null);
  }

  get isOpen(): boolean {
    return this.parts !== null;
  }

  /** Shows the panel at once and resolves with the article once every page has settled. */
  async open(read: Reader, rawPage?: RawPage): Promise<WireArticle> {
    const settings = await loadSettings();
    if (!this.parts) this.mount(settings);
    this.read = read;
    this.rawPage = rawPage ?? null;
    this.format = settings.copyFormat;
    this.restoring = this.place?.url === location.href ? this.place.at : null;
    this.removed.forPage(location.href);
    return this.start(false);
  }

  close(): void {
    const parts = this.parts;
    if (!parts) return;
    this.generation++;
    this.teach.end();
    if (parts.sheet.dataset.state === 'ready' || parts.sheet.dataset.state === 'partial') this.place = { url: location.href, at: this.restoring ?? readingPosition(parts.main) };
    this.restoring = null;
    clearTimeout(this.statusTimer);
    window.removeEventListener('keydown', this.onKey, true);
    this.removePrintCss?.();
    this.removePrintCss = null;
    parts.host.remove();
    this.parts = null;
    this.wire = this.loader = this.read = this.snapshot = null;
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
      loader = await read(() => void (timer ??= setTimeout(render, RENDER_EVERY_MS)), fresh);
    } catch (e) {
      if (gen === this.generation) this.showProblem(e);
      throw e;
    }
    if (gen !== this.generation) throw new Error(t('closed'));
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
    const focusable = [...root.querySelectorAll<HTMLElement>('button, input, select, summary, a[href], main')].filter((x) => !(x as HTMLButtonElement).disabled && x.checkVisibility());
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

  private mount(settings: Settings): void {
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
    const sheet = el('div', { class: 'sheet' });
    applyReading(sheet, settings);
    const prefs = prefsBox(settings, (patch) => this.save(patch), (s) => applyReading(sheet, s));
    const prefsBtn = button('Aa', () => {
      prefs.hidden = !prefs.hidden;
      prefsBtn.setAttribute('aria-expanded', String(!prefs.hidden));
    }, undefined, t('prefs'));
    prefsBtn.title = t('prefs');
    prefsBtn.setAttribute('aria-controls', prefs.id);
    prefsBtn.setAttribute('aria-expanded', 'false');
    const scripts = radios('script', t('script'), ['original', 'cn', 'tw'] as const, (v) => t(v === 'original' ? 'scriptOriginal' : v === 'cn' ? 'scriptCn' : 'scriptTw'), this.script, (v) => void this.setScript(v), true);
    const bar = el('div', { class: 'bar' }, button(t('copyAll'), () => void this.act('copy', undefined), 'primary'), button(t('downloadAll'), () => void this.act('download', undefined)), button(t('downloadWordAll'), () => void this.act('download', undefined, 'docx')), this.formatGroup(), scripts, print, prefsBtn, ...this.teach.buttons(), this.removed.toggle);
    bar.hidden = true;
    const failed = el('div');
    const main = el('main', {}, failed);
    const toc = new Toc(main);
    // The user's own scrolling wins over going back to where the reading was.
    for (const type of ['wheel', 'keydown', 'pointerdown'] as const) main.addEventListener(type, () => (this.restoring = null), { passive: true });
    const header = el('header', {}, el('div', { class: 'top' }, h1, reload, closeBtn), meta, bar, prefs, toc.el, status, this.removed.undoLine);
    main.tabIndex = 0; // the text scrolls from the keyboard (PageDown, Space, End)
    main.setAttribute('aria-labelledby', 'qingwen-title');
    sheet.append(header, main);
    sheet.setAttribute('role', 'dialog');
    sheet.setAttribute('aria-modal', 'true');
    sheet.setAttribute('aria-labelledby', 'qingwen-title');
    root.append(el('style', { text: PANEL_CSS + REMOVED_CSS }), backdrop, sheet);
    document.documentElement.append(host);
    // The top layer: above anything the page stacks later at z-index 2147483647 to cover it or take its clicks.
    host.popover = 'manual';
    host.showPopover();
    this.removePrintCss = addCss(PRINT_PAGE_CSS);
    window.addEventListener('keydown', this.onKey, true);
    this.parts = { host, root, sheet, h1, meta, bar, status, main, failed, toc };
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

  /** Settings saved one after another (each save reads and writes the whole set). */
  private save(patch: Partial<Settings>): void {
    this.saving = this.saving.then(() => saveSettings(patch)).catch(() => {});
  }

  /** 原文 / 简体 / 繁體: the converter is injected by the background the first time it is needed. */
  private async setScript(to: ShownScript): Promise<void> {
    const before = this.script;
    if (to !== 'original' && typeof loadedConverters()[to] !== 'function') {
      this.status(t('converting'));
      try {
        unwrap(await browser.runtime.sendMessage({ type: 'load-converter', to } satisfies ToBackground));
        if (typeof loadedConverters()[to] !== 'function') throw new Error('no converter');
      } catch {
        this.flash(t('convertFailed'), true);
        for (const input of this.parts?.bar.querySelectorAll<HTMLInputElement>('input[name=script]') ?? []) input.checked = input.value === before;
        return;
      }
      this.status('');
    }
    this.script = to;
    if (this.snapshot) this.update(this.snapshot);
  }

  /** The article in the script chosen: what the panel shows, copies and downloads. */
  private shown(article: Article): Article {
    const convert = this.script === 'original' ? undefined : loadedConverters()[this.script];
    const edited = this.removed.apply(article); // the user's choices first: they are keyed by the page's own text
    return convert ? convertArticle(edited, convert) : edited;
  }

  /**
   * Ctrl+C (or the menu's Copy) on a selection in the panel, from the shield (shield.ts), before
   * any page listener: the selection as the chosen format, through the background's writers.
   */
  copySelection(e: ClipboardEvent): void {
    const parts = this.parts;
    const range = parts ? selectedRange(parts.root) : null;
    const base = this.wire;
    if (!parts || !range || !base) return;
    const pieces = selectionPieces(range);
    if (!pieces.length) return;
    // At once, in the event, so nothing else lands on the clipboard; the background then writes the formatted text and HTML.
    e.clipboardData?.setData('text/plain', plainText(pieces));
    e.preventDefault();
    const article: WireArticle = { ...base, pages: 1, pageUrls: [], failedPages: [], pieces };
    const gen = this.generation;
    void browser.runtime.sendMessage({ type: 'copy', article, format: this.format, bare: true } satisfies ToBackground).then(
      (reply) => gen === this.generation && this.flash(t('copiedSelection', formatCount(unwrap<{ chars: number }>(reply).chars))),
      () => gen === this.generation && this.flash(t('copyFailed'), true),
    );
  }

  private update(s: Snapshot): void {
    const parts = this.parts;
    if (!parts) return;
    this.snapshot = s;
    const article = s.article && this.shown(s.article);
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
    this.removed.decorate(parts.main);
    parts.toc.update(article.pieces.map((_, i) => pieceName(article, i)));
    this.wire = s.done ? toWire(article, articleJson(article)) : null;
    parts.sheet.dataset.state = s.done ? 'ready' : 'partial';
    this.setBusy(!s.done, s.done ? '' : t('merging', s.settled, s.total));
    // Back to where the reading was before the panel closed, once the pieces up to there are in.
    if (this.restoring && s.done && restorePosition(parts.main, this.restoring)) this.restoring = null;
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
