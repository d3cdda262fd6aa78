// Writing output files without ever replacing one: every file is created exclusively
// (O_CREAT|O_EXCL, "wx"), which also refuses a symlink at that name, dangling or not, so a
// link planted in the output folder is never written through. A name that is taken gets
// the next free " (2)", " (3)" … as a browser's download does.

import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { MAX_NAME_BYTES } from '../format/filename.js';
import { truncateUtf8, utf8Length } from '../format/graphemes.js';

/** Creates `path` with `text`; rejects with code EEXIST when anything is there already. */
export async function createFile(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text, { encoding: 'utf8', flag: 'wx' });
}

/** "X.md" → "X (n).md" (n ≥ 2), the stem cut so the name stays within 255 bytes. */
export function numberedName(name: string, n: number): string {
  if (n < 2) return name;
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const ext = dot > 0 ? name.slice(dot) : '';
  const tag = ` (${n})`;
  return truncateUtf8(stem, MAX_NAME_BYTES - utf8Length(tag) - utf8Length(ext)).replace(/[. ]+$/, '') + tag + ext;
}

/** Past this many taken names something else is wrong (a folder full of our own names). */
const MAX_TRIES = 1000;

export type Create = (path: string, text: string) => Promise<void>;

/**
 * Writes `text` to `dir`/`name`, or to the first free numbered variant of it; `skip` says
 * which names this run has already handed out. Returns the path written.
 */
export async function writeFresh(dir: string, name: string, text: string, create: Create, skip: (name: string) => boolean = () => false): Promise<string> {
  for (let n = 1; n <= MAX_TRIES; n++) {
    const candidate = numberedName(name, n);
    if (skip(candidate)) continue;
    const path = join(dir, candidate);
    try {
      await create(path, text);
      return path;
    } catch (err) {
      if ((err as NodeJS.ErrnoException | null)?.code !== 'EEXIST') throw err;
    }
  }
  throw new Error(`no free file name for ${name} in ${dir}`);
}
