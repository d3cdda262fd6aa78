import type { Removal } from './types.js';

/** Collects what each step removed and why (Article.removed). */
export class Trace {
  readonly removed: Removal[] = [];
  add(step: string, reason: string, text: string): void {
    const t = text.replace(/\s+/g, ' ').trim();
    if (t) this.removed.push({ step, reason, text: t.length > 200 ? `${t.slice(0, 200)}…` : t });
  }
}
