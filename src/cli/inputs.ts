// The command line's FILE|DIR|URL arguments → the list of first pages to clean.

import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isWebUrl } from './args.js';

export type Input = { kind: 'file'; path: string } | { kind: 'url'; url: string };

export interface Expanded {
  inputs: Input[];
  /** Arguments that could not be used, with the reason (one stderr line each). */
  problems: { label: string; message: string }[];
  /** A folder was given: each page goes to its own output even when the folder holds one. */
  sawFolder: boolean;
}

const PAGE_EXT = new Set(['.html', '.htm', '.shtml', '.xhtml']);
const naturally = new Intl.Collator('en', { numeric: true }).compare;

/** How a user names an input in messages. */
export function inputLabel(input: Input): string {
  return input.kind === 'file' ? input.path : input.url;
}

/**
 * The first pages among a folder's file names: "X_2.html" … are skipped when "X.html"
 * (same extension) is there too, since they are reached from it as next pages.
 */
export function firstPages(names: string[]): string[] {
  const pages = names.filter((n) => PAGE_EXT.has(extname(n).toLowerCase()));
  const present = new Set(pages);
  return pages
    .filter((n) => {
      const m = /^(.+)_\d+(\.[^.]+)$/.exec(n);
      return !(m && present.has(m[1]! + m[2]!));
    })
    .sort(naturally);
}

async function listFolder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names: string[] = [];
  for (const e of entries) {
    if (e.isFile()) names.push(e.name);
    else if (e.isSymbolicLink()) {
      const s = await stat(join(dir, e.name)).catch(() => null);
      if (s?.isFile()) names.push(e.name);
    }
  }
  return firstPages(names);
}

function statError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return `cannot read it (${err instanceof Error ? err.message : String(err)})`;
}

/** Classifies each argument; folders become their first pages. */
export async function expandInputs(args: string[]): Promise<Expanded> {
  const out: Expanded = { inputs: [], problems: [], sawFolder: false };
  for (const arg of args) {
    if (isWebUrl(arg)) {
      try {
        out.inputs.push({ kind: 'url', url: new URL(arg).href });
      } catch {
        out.problems.push({ label: arg, message: 'not a valid address' });
      }
      continue;
    }
    let path = arg;
    if (/^file:/i.test(arg)) {
      try {
        path = fileURLToPath(arg);
      } catch {
        out.problems.push({ label: arg, message: 'not a valid file address' });
        continue;
      }
    } else if (/^[a-z][a-z0-9+.-]+:\/\//i.test(arg)) {
      out.problems.push({ label: arg, message: 'only http(s) addresses, files and folders can be read' });
      continue;
    }
    try {
      const s = await stat(path);
      if (!s.isDirectory()) {
        out.inputs.push({ kind: 'file', path });
        continue;
      }
      out.sawFolder = true;
      const pages = await listFolder(path);
      if (pages.length === 0) out.problems.push({ label: path, message: 'no HTML pages (*.html, *.htm, *.shtml) in this folder' });
      for (const name of pages) out.inputs.push({ kind: 'file', path: join(path, name) });
    } catch (err) {
      out.problems.push({ label: path, message: statError(err) });
    }
  }
  return out;
}
