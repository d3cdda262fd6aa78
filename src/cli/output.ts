// Where cleaned articles go: stdout, one file, or a folder of named files.

import { stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import type { Article } from '../engine/types.js';
import { articleJson, fileName, toJson, toMarkdown, toText } from '../format/index.js';
import type { OutputFormat } from './args.js';
import { escapeJsonControls, stripControls } from './controls.js';
import type { CliDeps, CliIo } from './io.js';
import { numberedName, writeFresh } from './write.js';

/** --split names: title, piece number, heading ("讲话六篇-01-学校疫情防控讲话篇一.md"). */
const SPLIT_PATTERN = '{title}-{index}-{heading}';

const EXT = { md: 'md', text: 'txt', json: 'json' } as const;

/** Separates documents printed one after another (Markdown or text) on stdout. */
export const DOCUMENT_SEPARATOR = '\n---\n\n';

/** The article, or its piece at 0-based `piece`, in the chosen format, with no control character a terminal would obey. */
export function render(article: Article, format: OutputFormat, piece?: number): string {
  if (format === 'json') return escapeJsonControls(toJson(article));
  return stripControls(format === 'md' ? toMarkdown(article, piece) : toText(article, piece));
}

/**
 * Hands out file names that are unique in one run, compared without case since macOS and
 * Windows folders ignore it: the second "X.md" becomes "X (2).md".
 */
export class NameBook {
  private readonly used = new Set<string>();

  claim(name: string): string {
    let candidate = name;
    for (let n = 2; this.has(candidate); n++) candidate = numberedName(name, n);
    this.add(candidate);
    return candidate;
  }

  has(name: string): boolean {
    return this.used.has(key(name));
  }

  add(name: string): void {
    this.used.add(key(name));
  }
}

function key(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

export interface Sink {
  /** Takes one article; returns the paths written (none for stdout). */
  put(article: Article): Promise<string[]>;
  /** Called once after the last article. */
  close(): void;
}

/** Prints to stdout: one document, or several separated; JSON of several inputs is one array. */
export class StdoutSink implements Sink {
  private count = 0;
  private readonly json: unknown[] = [];

  constructor(
    private readonly io: CliIo,
    private readonly format: OutputFormat,
    private readonly several: boolean,
    private readonly aside: (write: () => void) => void,
  ) {}

  async put(article: Article): Promise<string[]> {
    if (this.format === 'json' && this.several) {
      this.json.push(articleJson(article));
      return [];
    }
    const text = render(article, this.format);
    const sep = this.count++ > 0 ? DOCUMENT_SEPARATOR : '';
    this.aside(() => this.io.stdout.write(sep + text));
    return [];
  }

  close(): void {
    if (this.format === 'json' && this.several) this.aside(() => this.io.stdout.write(escapeJsonControls(JSON.stringify(this.json, null, 2)) + '\n'));
  }
}

/**
 * Writes each article (or each piece with `split`) to its own named file in `dir`. A name
 * taken by this run or by anything already in the folder gets the next free number.
 */
export class FolderSink implements Sink {
  private readonly names = new NameBook();

  constructor(
    private readonly dir: string,
    private readonly format: OutputFormat,
    private readonly split: boolean,
    private readonly createFile: CliDeps['createFile'],
  ) {}

  async put(article: Article): Promise<string[]> {
    const ext = EXT[this.format];
    const jobs = this.split
      ? // Split files are numbered so a folder listing shows the pieces in order (篇二 sorts before 篇三 otherwise only by luck).
        article.pieces.map((p, i) => ({ name: fileName(article, i, { ext, pattern: p.heading ? SPLIT_PATTERN : '{title}-{index}' }), text: render(article, this.format, i) }))
      : [{ name: fileName(article, undefined, { ext }), text: render(article, this.format) }];
    const written: string[] = [];
    for (const job of jobs) {
      const path = await writeFresh(this.dir, job.name, job.text, this.createFile, (n) => this.names.has(n));
      this.names.add(basename(path));
      written.push(path);
    }
    return written;
  }

  close(): void {}
}

/** Writes the one article to the file the user named, or beside it as "X (2).md" when that name is taken. */
export class FileSink implements Sink {
  constructor(
    private readonly path: string,
    private readonly format: OutputFormat,
    private readonly createFile: CliDeps['createFile'],
    private readonly say: (message: string) => void,
  ) {}

  async put(article: Article): Promise<string[]> {
    const path = await writeFresh(dirname(this.path), basename(this.path), render(article, this.format), this.createFile);
    if (basename(path) !== basename(this.path)) this.say(`${this.path} exists and is kept; wrote ${path}`);
    return [path];
  }

  close(): void {}
}

/** True when --out names a folder: it exists as one, or ends with a path separator. */
export async function isFolderPath(path: string): Promise<boolean> {
  if (/[/\\]$/.test(path)) return true;
  const s = await stat(path).catch(() => null);
  return s?.isDirectory() ?? false;
}
