import type { Removal } from './types.js';

/**
 * Work units one article may cost by default: an element visited by one step is a unit.
 * Ordinary pages spend a few thousand per page; the budget only ends pathological input
 * (hundreds of huge pages), which then returns what it has, with a note.
 */
export const DEFAULT_WORK_BUDGET = 20_000_000;

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

  add(step: string, reason: string, text: string): void {
    const t = text.replace(/\s+/g, ' ').trim();
    if (t) this.removed.push({ step, reason, text: t.length > 200 ? `${t.slice(0, 200)}…` : t });
  }
}
