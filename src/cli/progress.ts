// Everything the CLI says on stderr: one-line messages, and a progress bar when stderr is
// a terminal. A message clears the bar first and redraws it after, so lines never mix.

import { escapeControls } from './controls.js';
import type { CliIo } from './io.js';

const BAR_WIDTH = 10;
const LABEL_MAX = 48;

export class Reporter {
  private bar: string | null = null;

  constructor(private readonly io: CliIo) {}

  /** Prints `qingwen: <message>` as one line. */
  line(message: string): void {
    this.clear();
    this.io.stderr.write(`qingwen: ${escapeControls(message.replace(/\s*\n\s*/g, ' '))}\n`);
    this.redraw();
  }

  /** Shows "[#####     ] 3/9 name" (terminal only; elsewhere progress is noise in a log). */
  progress(done: number, total: number, label: string): void {
    if (!this.io.stderrIsTTY) return;
    const filled = total > 0 ? Math.round((done / total) * BAR_WIDTH) : 0;
    const safe = escapeControls(label);
    const name = safe.length > LABEL_MAX ? `…${safe.slice(-(LABEL_MAX - 1))}` : safe;
    this.clear();
    this.bar = `[${'#'.repeat(filled)}${' '.repeat(BAR_WIDTH - filled)}] ${done}/${total} ${name}`;
    this.redraw();
  }

  /** Removes the bar for good (before the final output or exit). */
  finish(): void {
    this.clear();
    this.bar = null;
  }

  /** Runs a write to stdout without the bar in the way when both share a terminal. */
  aside(write: () => void): void {
    if (this.io.stdoutIsTTY) this.clear();
    write();
    if (this.io.stdoutIsTTY) this.redraw();
  }

  private clear(): void {
    if (this.bar !== null) this.io.stderr.write('\r\x1b[K');
  }

  private redraw(): void {
    if (this.bar !== null) this.io.stderr.write(this.bar);
  }
}
