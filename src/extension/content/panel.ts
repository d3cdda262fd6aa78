// The reader panel: a closed shadow root on one element appended to <html>. Page text is only
// ever set as text (textContent / text nodes), never parsed as HTML. Closing removes the element
// and every listener, so the page is exactly as it was before.
import browser from 'webextension-polyfill';
import type { Article, Progress } from '../../engine/index.js';
import { articleJson } from '../../format/json.js';
import { formatCount, t } from '../i18n.js';
import { toWire, unwrap, type Format, type ToBackground, type WireArticle } from '../messages.js';
import { loadSettings, saveSettings } from '../settings.js';
import { renderBlocks } from './blocks-view.js';
import { PANEL_CSS } from './panel-css.js';
import { splitPlaceholders } from './placeholders.js';
import type { Extraction } from './run.js';
import { onActivate, shieldPanel } from './shield.js';

/** Events from inside the panel must not reach the page's handlers (copy guards, shortcuts). */
const ISOLATED_EVENTS = ['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'keypress', 'copy', 'cut', 'selectstart', 'contextmenu', 'dragstart', 'input', 'change', 'focusin', 'focusout'];

type Tag = keyof HTMLElementTagNameMap;

function el<K extends Tag>(tag: K, props: { class?: string; text?: string } = {}, ...children: (Node | null)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (props.class) e.className = props.class;
  if (props.text !== undefined) e.textContent = props.text;
  for (const c of children) if (c) e.append(c);
  return e;
}

function button(label: string, onClick: () => void, cls?: string): HTMLButtonElement {
  const b = el('button', cls ? { class: cls, text: label } : { text: label });
  b.type = 'button';
  // Only the user's own clicks, taken before the page's listeners can swallow them (shield.ts).
  onActivate(b, () => onClick());
  return b;
}

/** A paragraph with template blanks highlighted: text nodes and <mark>s holding text. */
function paragraph(text: string): HTMLParagraphElement {
  const p = el('p');
  for (const run of splitPlaceholders(text)) {
    p.append(run.placeholder ? el('mark', { text: run.text }) : document.createTextNode(run.text));
  }
  return p;
}

export class Panel {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  private statusEl: HTMLElement | null = null;
  private format: Format = 'text';
  private wire: WireArticle | null = null;
  private previousFocus: Element | null = null;
  /** Progress subscriptions of pending open() calls, dropped on close. */
  private readonly unsubscribers = new Set<() => void>();
  private statusTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    shieldPanel(() => this.root, () => this.close());
  }

  get isOpen(): boolean {
    return this.host !== null;
  }

  /** Shows the panel at once (with progress) and fills it when the article is ready. */
  async open(run: Extraction): Promise<WireArticle> {
    if (!this.host) this.mount();
    const settingsReady = loadSettings().then((s) => (this.format = s.copyFormat));
    const show = (p: Progress): void => this.status(t('merging', p.page, p.total ?? '?'));
    if (run.progress) show(run.progress);
    run.onProgress.add(show);
    const unsubscribe = (): void => void run.onProgress.delete(show);
    this.unsubscribers.add(unsubscribe);
    try {
      const article = await run.article;
      await settingsReady;
      if (!this.root) throw new Error(t('closed'));
      this.wire = toWire(article, articleJson(article));
      this.render(article);
      return this.wire;
    } catch (e) {
      if (this.root) this.status(`${t('failed')}: ${e instanceof Error ? e.message : String(e)}`, true);
      throw e;
    } finally {
      unsubscribe();
      this.unsubscribers.delete(unsubscribe);
    }
  }

  close(): void {
    if (!this.host) return;
    for (const f of this.unsubscribers) f();
    this.unsubscribers.clear();
    clearTimeout(this.statusTimer);
    window.removeEventListener('keydown', this.onKey, true);
    this.host.remove();
    this.host = this.root = this.statusEl = null;
    this.wire = null;
    if (this.previousFocus instanceof HTMLElement && this.previousFocus.isConnected) this.previousFocus.focus({ preventScroll: true });
    this.previousFocus = null;
  }

  private readonly onKey = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || !e.isTrusted) return;
    e.stopImmediatePropagation();
    e.preventDefault();
    this.close();
  };

  private mount(): void {
    this.previousFocus = document.activeElement;
    // A plain <div> without attributes: a custom element name could be defined by the page,
    // whose constructor would then run on our host and reach the closed root (attachInternals).
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'closed' });
    for (const type of ISOLATED_EVENTS) host.addEventListener(type, (e) => e.stopPropagation());
    const style = el('style', { text: PANEL_CSS });
    const backdrop = el('div', { class: 'backdrop' });
    onActivate(backdrop, () => this.close());
    this.statusEl = el('div', { class: 'status' });
    this.statusEl.setAttribute('role', 'status');
    const closeBtn = button('×', () => this.close(), 'close');
    closeBtn.title = t('close');
    closeBtn.setAttribute('aria-label', t('close'));
    const header = el('header', {}, el('div', { class: 'top' }, el('h1', { text: t('loading') }), closeBtn), this.statusEl);
    const sheet = el('div', { class: 'sheet' }, header, el('main'));
    sheet.setAttribute('role', 'dialog');
    sheet.setAttribute('aria-modal', 'true');
    root.append(style, backdrop, sheet);
    document.documentElement.append(host);
    // The top layer: above anything the page stacks later at z-index 2147483647 to cover it or take its clicks.
    host.popover = 'manual';
    host.showPopover();
    window.addEventListener('keydown', this.onKey, true);
    this.host = host;
    this.root = root;
    closeBtn.focus({ preventScroll: true });
  }

  private status(text: string, error = false): void {
    if (!this.statusEl) return;
    clearTimeout(this.statusTimer);
    this.statusEl.textContent = text;
    this.statusEl.classList.toggle('error', error);
  }

  /** A short confirmation that fades after a few seconds. */
  private flash(text: string, error = false): void {
    this.status(text, error);
    this.statusTimer = setTimeout(() => this.status(''), 4000);
  }

  private async act(type: 'copy' | 'download', piece: number | undefined, as?: 'docx'): Promise<void> {
    if (!this.wire) return;
    const base: ToBackground = type === 'download' ? { type, article: this.wire, format: as ?? 'markdown' } : { type, article: this.wire, format: this.format };
    const msg: ToBackground = piece === undefined ? base : { ...base, piece };
    try {
      const reply = await browser.runtime.sendMessage(msg);
      if (type === 'copy') this.flash(t('copied', formatCount(unwrap<{ chars: number }>(reply).chars)));
      else this.flash(t('downloaded', unwrap<{ filename: string }>(reply).filename));
    } catch (e) {
      this.flash(`${t('failed')}: ${e instanceof Error ? e.message : String(e)}`, true);
    }
  }

  private render(article: Article): void {
    const root = this.root;
    if (!root) return;
    const sheet = root.querySelector('.sheet') as HTMLElement;
    const header = sheet.querySelector('header') as HTMLElement;
    const h1 = header.querySelector('h1') as HTMLElement;
    h1.textContent = article.title;
    for (const old of header.querySelectorAll('.meta, .bar')) old.remove();
    sheet.setAttribute('aria-label', article.title);

    const link = el('a', { text: article.siteName ? `${article.siteName} · ${article.url}` : article.url });
    link.href = article.url;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    const meta = el('p', { class: 'meta' }, document.createTextNode(`${t('source')}`), link, document.createTextNode(` · ${t('pageCount', article.pages)} · ${t('pieceCount', article.pieces.length)}`));

    const fmt = el('span', { class: 'fmt' });
    for (const f of ['text', 'markdown'] as const) {
      const input = el('input');
      input.type = 'radio';
      input.name = 'format';
      input.value = f;
      input.checked = this.format === f;
      input.addEventListener('change', (e) => {
        if (!e.isTrusted) return;
        this.format = f;
        void saveSettings({ copyFormat: f }).catch(() => {});
      });
      fmt.append(el('label', {}, input, document.createTextNode(t(f === 'text' ? 'formatText' : 'formatMarkdown'))));
    }
    const bar = el('div', { class: 'bar' }, button(t('copyAll'), () => void this.act('copy', undefined), 'primary'), button(t('downloadAll'), () => void this.act('download', undefined)), button(t('downloadWordAll'), () => void this.act('download', undefined, 'docx')), fmt);
    h1.parentElement?.after(meta, bar);

    const main = sheet.querySelector('main') as HTMLElement;
    main.replaceChildren();
    if (article.failedPages.length > 0) {
      const list = el('ul');
      for (const f of article.failedPages) list.append(el('li', { text: `${f.url} — ${f.reason}` }));
      main.append(el('div', { class: 'failed' }, el('strong', { text: t('failedPages', article.failedPages.length) }), list));
    }
    article.pieces.forEach((piece, i) => {
      const label = piece.heading !== null ? el('h2', { text: piece.heading }) : el('span', { class: 'hint', text: t('pieceN', i + 1) });
      const head = el('div', { class: 'ph-head' }, label, button(t('copy'), () => void this.act('copy', i)), button(t('downloadMd'), () => void this.act('download', i)), button(t('downloadWord'), () => void this.act('download', i, 'docx')));
      const section = el('section', {}, head);
      // Tables, lists and images as they are (blocks-view.ts); a piece without blocks paragraph by paragraph.
      if (piece.blocks) section.append(...renderBlocks(piece.blocks, paragraph));
      else for (const text of piece.paragraphs) section.append(paragraph(text));
      main.append(section);
    });
    sheet.dataset.state = 'ready';
    this.status('');
  }
}
