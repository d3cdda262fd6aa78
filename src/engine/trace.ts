import type { Removal } from './types.js';

/** Collects what each step removed and why (Article.removed), and with a clock each step's time. */
export class Trace {
  readonly removed: Removal[] = [];
  readonly timings: Record<string, number> = {};

  constructor(private readonly clock?: () => number) {}

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
