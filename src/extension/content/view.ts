// Building the panel's content from an article, as text only (textContent / text nodes, never
// page HTML). Sections are keyed by their content, so filling in a page as it arrives replaces
// only the pieces that changed and leaves the rest (and the user's selection in it) alone.
import type { Article, PageFailure } from '../../engine/index.js';
import { t } from '../i18n.js';
import { splitPlaceholders } from './placeholders.js';
import { renderBlocks } from './blocks-view.js';
import { onActivate } from './shield.js';

type Tag = keyof HTMLElementTagNameMap;

export function el<K extends Tag>(tag: K, props: { class?: string; text?: string } = {}, ...children: (Node | null)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (props.class) e.className = props.class;
  if (props.text !== undefined) e.textContent = props.text;
  for (const c of children) if (c) e.append(c);
  return e;
}

export function button(label: string, onClick: () => void, cls?: string, ariaLabel?: string): HTMLButtonElement {
  const b = el('button', cls ? { class: cls, text: label } : { text: label });
  b.type = 'button';
  if (ariaLabel) b.setAttribute('aria-label', ariaLabel);
  // Only the user's own clicks, taken before the page's listeners can swallow them (shield.ts).
  onActivate(b, () => onClick());
  return b;
}

/** Han, kana or hangul: a paragraph without any is not indented the Chinese way. */
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/;

/** A paragraph with template blanks highlighted: text nodes and <mark>s holding text. */
export function paragraph(text: string): HTMLParagraphElement {
  const p = el('p', CJK.test(text) ? {} : { class: 'latin' });
  for (const run of splitPlaceholders(text)) {
    p.append(run.placeholder ? el('mark', { text: run.text }) : document.createTextNode(run.text));
  }
  return p;
}

/** "共 9 页 · 6 篇" / "9 pages · 6 pieces" / "1 page · 1 piece". */
export function counts(pages: number, pieces: number): string {
  return `${t(pages === 1 ? 'pageCountOne' : 'pageCount', pages)} · ${t(pieces === 1 ? 'pieceCountOne' : 'pieceCount', pieces)}`;
}

/** The name a piece's buttons say they act on: its heading, else "第 2 篇". */
export function pieceName(article: Article, i: number): string {
  return article.pieces[i]?.heading ?? t('pieceN', i + 1);
}

export interface PieceActions {
  copy(piece: number): void;
  download(piece: number): void;
  downloadWord(piece: number): void;
}

/** One piece's section. A single-piece article has no label row and no second pair of buttons. */
function section(article: Article, i: number, actions: PieceActions): HTMLElement {
  const piece = article.pieces[i]!;
  const s = el('section');
  if (article.pieces.length > 1) {
    const name = pieceName(article, i);
    const label = piece.heading !== null ? el('h2', { text: piece.heading }) : el('span', { class: 'hint', text: name });
    s.append(
      el(
        'div',
        { class: 'ph-head' },
        label,
        button(t('copy'), () => actions.copy(i), undefined, t('copyPiece', name)),
        button(t('downloadMd'), () => actions.download(i), undefined, t('downloadPiece', name)),
        button(t('downloadWord'), () => actions.downloadWord(i), undefined, t('downloadWordPiece', name)),
      ),
    );
  } else if (piece.heading !== null) {
    s.append(el('div', { class: 'ph-head' }, el('h2', { text: piece.heading })));
  }
  // Tables, lists and images as they are (blocks-view.ts); a piece without blocks paragraph by paragraph.
  if (piece.blocks) s.append(...renderBlocks(piece.blocks, paragraph));
  else for (const text of piece.paragraphs) s.append(paragraph(text));
  return s;
}

/** Puts the article's pieces into `main`, reusing the sections whose content did not change. */
export function renderPieces(main: HTMLElement, article: Article, actions: PieceActions): void {
  const old = [...main.querySelectorAll<HTMLElement>(':scope > section')];
  const single = article.pieces.length === 1;
  article.pieces.forEach((piece, i) => {
    const key = JSON.stringify([single, piece.heading, piece.blocks ?? piece.paragraphs]);
    const existing = old[i];
    if (existing?.dataset.key === key) return;
    const fresh = section(article, i, actions);
    fresh.dataset.key = key;
    if (existing) existing.replaceWith(fresh);
    else main.append(fresh);
  });
  for (const extra of old.slice(article.pieces.length)) extra.remove();
}

/** The pages that could not be loaded, each with its retry button; null when there are none. */
export function failedBox(failed: PageFailure[], retry: (page: number) => void): HTMLElement | null {
  if (failed.length === 0) return null;
  const list = el('ul');
  for (const f of failed) {
    const again = button(t('retry'), () => retry(f.page), undefined, t('retryPage', f.page));
    list.append(el('li', {}, document.createTextNode(`${t('pageN', f.page)} · ${f.url} — ${f.reason} `), again));
  }
  const box = el('div', { class: 'failed' }, el('strong', { text: t('failedPages', failed.length) }), list);
  box.setAttribute('role', 'alert');
  return box;
}
