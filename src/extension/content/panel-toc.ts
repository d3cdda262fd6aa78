// The table of contents of an article of several pieces: a disclosure (<details>) in the header
// whose entries jump to a piece, the piece being read marked (aria-current) as the text scrolls.
// Also where the reader is in the text (a piece and an offset into it), so a reopened panel can
// go back there whatever the text size.
import { t } from '../i18n.js';
import { button, el } from './view.js';

const sections = (main: HTMLElement): HTMLElement[] => [...main.querySelectorAll<HTMLElement>(':scope > section')];

/** Where the reading is: the piece at the top of the text and how far into it (CSS pixels). */
export interface ReadingPosition {
  piece: number;
  offset: number;
}

export function readingPosition(main: HTMLElement): ReadingPosition {
  const top = main.getBoundingClientRect().top;
  let at: ReadingPosition = { piece: 0, offset: main.scrollTop };
  sections(main).forEach((s, i) => {
    const y = s.getBoundingClientRect().top - top;
    if (y <= 1) at = { piece: i, offset: -y };
  });
  return at;
}

/** Scrolls back to a position; false when that piece is not there (yet). */
export function restorePosition(main: HTMLElement, at: ReadingPosition): boolean {
  const s = sections(main)[at.piece];
  if (!s) return false;
  main.scrollTop += s.getBoundingClientRect().top - main.getBoundingClientRect().top + at.offset;
  return true;
}

export class Toc {
  readonly el: HTMLDetailsElement;
  private readonly summary: HTMLElement;
  private readonly list: HTMLOListElement;
  private names: string[] = [];
  private current = -1;
  private frame = 0;
  /** After a jump the piece jumped to stays marked while the text has not moved since (a short last piece never reaches the top). */
  private jumped: { piece: number; top: number } | null = null;

  constructor(private readonly main: HTMLElement) {
    this.summary = el('summary', { text: t('toc') });
    this.list = el('ol');
    this.el = el('details', { class: 'toc' }, this.summary, el('nav', {}, this.list));
    this.el.querySelector('nav')!.setAttribute('aria-label', t('toc'));
    this.el.hidden = true;
    main.addEventListener('scroll', this.onScroll, { passive: true });
  }

  /** The pieces' names; no contents for an article of one piece. */
  update(names: string[]): void {
    if (names.length === this.names.length && names.every((n, i) => n === this.names[i])) return this.mark(this.pieceAtTop());
    this.names = names;
    this.el.hidden = names.length < 2;
    this.list.replaceChildren(...names.map((name, i) => el('li', {}, button(name, () => this.jump(i)))));
    this.current = -1;
    this.mark(this.pieceAtTop());
  }

  jump(piece: number): void {
    const s = sections(this.main)[piece];
    if (!s) return;
    this.main.scrollTop += s.getBoundingClientRect().top - this.main.getBoundingClientRect().top;
    this.jumped = { piece, top: this.main.scrollTop };
    this.mark(piece);
    this.el.open = false;
    this.main.focus({ preventScroll: true }); // the keyboard reads on from there (PageDown, Space)
  }

  private readonly onScroll = (): void => {
    this.frame ||= requestAnimationFrame(() => {
      this.frame = 0;
      this.mark(this.pieceAtTop());
    });
  };

  /** The piece under the top quarter of the text; the last one at the very end. */
  private pieceAtTop(): number {
    const m = this.main;
    if (this.jumped && Math.abs(m.scrollTop - this.jumped.top) < 2) return this.jumped.piece;
    this.jumped = null;
    const all = sections(m);
    if (all.length && m.scrollTop > 0 && m.scrollTop + m.clientHeight >= m.scrollHeight - 2) return all.length - 1;
    const line = m.getBoundingClientRect().top + m.clientHeight / 4;
    let at = 0;
    all.forEach((s, i) => {
      if (s.getBoundingClientRect().top <= line) at = i;
    });
    return at;
  }

  private mark(piece: number): void {
    if (piece === this.current || this.names.length < 2) return;
    this.current = piece;
    [...this.list.querySelectorAll('button')].forEach((b, i) => b.setAttribute('aria-current', String(i === piece)));
    this.summary.textContent = t('tocAt', piece + 1, this.names.length, this.names[piece] ?? '');
  }
}
