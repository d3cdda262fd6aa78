import type { Article, ExtractOptions } from '../engine/types.js';

/** The streams the CLI writes to (process.stdout/stderr, or strings in tests). */
export interface CliIo {
  stdout: { write(s: string): void };
  stderr: { write(s: string): void };
  stdoutIsTTY?: boolean;
  stderrIsTTY?: boolean;
}

/** What the CLI needs from the outside world; tests replace any of it. */
export interface CliDeps {
  extract: (doc: Document, url: string, opts?: ExtractOptions) => Promise<Article>;
  fetch: typeof globalThis.fetch;
  /** A saved page (or a rules file, with its own limit), regular files only. */
  readFile: (path: string, maxBytes?: number) => Promise<Uint8Array>;
  /** Creates a new file (and its folder); rejects with code EEXIST when the name is taken, a symlink included. Text is written as UTF-8, bytes as they are (a .docx). */
  createFile: (path: string, data: string | Uint8Array) => Promise<void>;
  /** The folder --split writes to without --out. */
  cwd: () => string;
  /** Per HTTP request, in milliseconds (20 s). */
  timeoutMs: number;
  /** Print stacks of unexpected errors (QINGWEN_DEBUG=1). */
  debug: boolean;
}
