// The × that removes a block by hand: one button for the whole text, not one per block, so the
// blocks hold their text alone (what selection, tests and screen readers read). It follows the
// mouse to the block under it; from the keyboard, Tab reaches it right after the text, it
// starts at the first block in view, ↑/↓ move it from block to block, Enter or Space removes.
import { t } from '../i18n.js';
import { button } from './view.js';

/** The blocks of the text: the elements the view marked with their index (blocks-view.ts). */
const BLOCK = 'main > section > [data-b]';
/** Characters of a block's text in the button's label, so a screen reader says which block. */
const EXCERPT = 24;

export class Cross {
  readonly el: HTMLButtonElement;
  private target: HTMLElement | null = null;
  /** Where the target stood (section, position among the blocks), to go on from there after a render. */
  private at: [number, number] | null = null;
  private readonly watched = new WeakSet<HTMLElement>();

  /** `remove` takes the block out of the article (its section and its index there). */
  constructor(private readonly remove: (section: number, block: number) => void) {
    this.el = button('×', () => this.fire(), 'qw-x', t('removeBlock'));
    this.el.title = t('removeBlock');
    this.el.setAttribute('aria-keyshortcuts', 'ArrowUp ArrowDown');
    this.el.addEventListener('keydown', (e) => {
      if (!e.isTrusted || (e.key !== 'ArrowDown' && e.key !== 'ArrowUp')) return;
      e.preventDefault();
      this.step(e.key === 'ArrowDown' ? 1 : -1);
    });
    this.el.addEventListener('focus', () => {
      // From the keyboard (focus-visible): the first block in view; from a click, the block the mouse is on.
      if (!this.target?.isConnected || this.el.matches(':focus-visible')) this.point(this.firstInView());
      this.el.dataset.on = '';
    });
    this.el.addEventListener('blur', () => delete this.el.dataset.on);
  }

  /** After every render: first thing in the text, watching the pointer, and back on a block after the one it took out. */
  attach(main: HTMLElement): void {
    if (main.firstElementChild !== this.el) main.prepend(this.el);
    if (!this.watched.has(main)) {
      this.watched.add(main);
      main.addEventListener('pointerover', (e) => {
        if (e.target === this.el) return;
        const block = e.target instanceof Element ? e.target.closest<HTMLElement>(BLOCK) : null;
        if (block) this.point(block);
        if (block) this.el.dataset.on = '';
        else if (document.activeElement !== this.el) delete this.el.dataset.on;
      });
    }
    if (this.target?.isConnected) return this.point(this.target);
    const blocks = this.blocks();
    const again = this.at && blocks.filter((b) => this.place(b)[0] === this.at![0]);
    // Never hidden while there is a block: Tab must reach it.
    this.point(again?.[Math.min(this.at![1], again.length - 1)] ?? this.firstInView());
  }

  private blocks(): HTMLElement[] {
    const main = this.el.parentElement;
    return main ? [...main.querySelectorAll<HTMLElement>(':scope > section > [data-b]')] : [];
  }

  /** A block's section and its position among that section's blocks. */
  private place(b: HTMLElement): [number, number] {
    const section = b.parentElement!;
    const sections = [...section.parentElement!.querySelectorAll(':scope > section')];
    return [sections.indexOf(section), [...section.querySelectorAll(':scope > [data-b]')].indexOf(b)];
  }

  private point(block: HTMLElement | null): void {
    this.target = block;
    this.at = block ? this.place(block) : null;
    this.el.hidden = block === null;
    if (!block) return;
    // Right of the block, in the text's margin; main is the positioned box both are placed in.
    this.el.style.top = `${block.offsetTop}px`;
    this.el.style.left = `${block.offsetLeft + block.offsetWidth + 4}px`;
    const text = (block.textContent ?? '').replace(/\s+/g, ' ').trim();
    this.el.setAttribute('aria-label', t('removeBlockOf', text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text));
  }

  private inView(b: HTMLElement): boolean {
    const main = this.el.parentElement!;
    return b.offsetTop + b.offsetHeight > main.scrollTop && b.offsetTop < main.scrollTop + main.clientHeight;
  }

  private firstInView(): HTMLElement | null {
    const blocks = this.blocks();
    return blocks.find((b) => this.inView(b)) ?? blocks[0] ?? null;
  }

  private step(by: number): void {
    const blocks = this.blocks();
    const next = blocks[Math.max(0, Math.min(blocks.length - 1, (this.target ? blocks.indexOf(this.target) : -1) + by))];
    if (!next) return;
    next.scrollIntoView({ block: 'nearest' });
    this.point(next);
  }

  private fire(): void {
    if (!this.target?.isConnected) return;
    const section = this.place(this.target)[0];
    const index = Number(this.target.dataset.b);
    this.target = null; // it leaves the text; attach() puts the × on the block that takes its place
    this.remove(section, index);
  }
}
