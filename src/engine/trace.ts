import { squash } from './text.js';
import { tagOf } from './dom.js';
import { anchorOf, linesOf } from './removed-places.js';
import type { Removal, RemovalAnchor } from './types.js';

/**
 * Work units one article may cost by default: an element visited by one step is a unit.
 * Ordinary pages spend a few thousand per page; the budget only ends pathological input
 * (hundreds of huge pages), which then returns what it has, with a note.
 */
export const DEFAULT_WORK_BUDGET = 20_000_000;

/** Prune reasons that name the box they took: a deliberate removal, not a guess about prose. */
const PRUNED_BY_NAME = new Set(['hidden', 'share, related or comment widget', 'pager, related list or comments', "readers' posts", 'table of contents', 'site rule', 'cookie or consent notice', 'signup form', 'reading list']);
/** Of those, the ones known by their shape as well as their name (a thread of posts, a sign-up form): never a wrong guess, however long. */
const PRUNED_BY_SHAPE = new Set(["readers' posts", 'signup form', 'cookie or consent notice', 'reading list']);

/** Collects what each step removed and why (Article.removed), and with a clock each step's time. */
export class Trace {
  readonly removed: Removal[] = [];
  readonly timings: Record<string, number> = {};
  /** What the engine could not do (Article.notes). */
  readonly notes: string[] = [];
  /** Work units spent so far (see DEFAULT_WORK_BUDGET). */
  work = 0;

  constructor(
    private readonly clock?: () => number,
    readonly budget = DEFAULT_WORK_BUDGET,
  ) {}

  spend(units: number): void {
    this.work += units;
  }

  /** True when `units` more would go past the budget. */
  cannotAfford(units: number): boolean {
    return this.work + units > this.budget;
  }

  /** Runs one step, adding its time under `name` when there is a clock. */
  time<T>(name: string, step: () => T): T {
    if (!this.clock) return step();
    const start = this.clock();
    try {
      return step();
    } finally {
      this.timings[name] = (this.timings[name] ?? 0) + this.clock() - start;
    }
  }

  /** A trace for a trial reading: it spends from the same budget, its removals stay apart. */
  fork(): Trace {
    const child = new Trace(this.clock, this.budget);
    child.work = this.work;
    return child;
  }

  /** Takes a trial's work (always spent) and, when its reading is the one kept, its removals and notes. */
  adopt(child: Trace, kept: boolean): void {
    this.work = Math.max(this.work, child.work);
    for (const [k, v] of Object.entries(child.timings)) this.timings[k] = (this.timings[k] ?? 0) + v;
    if (kept) {
      this.removed.push(...child.removed);
      this.prunedByName.push(...child.prunedByName);
      this.prunedByShape.push(...child.prunedByShape);
      this.notes.push(...child.notes);
    }
  }

  /** Whole texts of the boxes pruned by name (widgets, related lists, comments, hidden): what the floor discounts. */
  readonly prunedByName: string[] = [];
  /** The part of prunedByName known by shape too (see PRUNED_BY_SHAPE). */
  readonly prunedByShape: string[] = [];

  /** A removal: `where` tells its place (the text around it) and, when it is not just `text`, its whole text line by line. */
  add(step: string, reason: string, text: string, where?: { anchor?: RemovalAnchor; paragraphs?: string[]; inline?: true }): void {
    if (step === 'prune' && PRUNED_BY_NAME.has(reason)) {
      this.prunedByName.push(squash(text));
      if (PRUNED_BY_SHAPE.has(reason)) this.prunedByShape.push(squash(text));
    }
    const t = text.replace(/\s+/g, ' ').trim();
    if (!t) return;
    const removal: Removal = { step, reason, text: t.length > 200 ? `${t.slice(0, 200)}…` : t, paragraphs: where?.paragraphs ?? [t] };
    if (where?.anchor) removal.anchor = where.anchor;
    if (where?.inline) removal.inline = true;
    this.removed.push(removal);
  }

  /** An element about to be removed: its text, its lines and the text around it (read before it goes). */
  addElement(step: string, reason: string, el: Element): void {
    // A script's or stylesheet's text is code, not something the article lost: not traced (nor read).
    if (tagOf(el) === 'SCRIPT' || tagOf(el) === 'STYLE') return;
    const text = el.textContent ?? '';
    if (!text.trim()) return this.add(step, reason, text, { paragraphs: [] });
    this.add(step, reason, text, { anchor: anchorOf(el), paragraphs: linesOf(el, text) });
  }
}
