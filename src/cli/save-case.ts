// `qingwen --save-case DIR FILE|URL`: the page read as usual, then saved as a test case in the
// corpus format (format/test-case.ts, the builder the extension's "保存为测试页" uses): the pages
// as they were read (bytes and charset kept), case.json and the result as a starting
// expected.json, in a new folder DIR/qingwen-case-<slug> — never into an existing one ("… (2)").
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../engine/types.js';
import { buildTestCase, type CasePage } from '../format/test-case.js';
import { numberedName, type Create } from './write.js';

/** Past this many taken folder names something else is wrong. */
const MAX_TRIES = 1000;

/** Pages by the address the engine asked for, as `onPage` heard of them. */
export class PageRecorder {
  private readonly pages = new Map<string, CasePage>();
  readonly onPage = (url: string, bytes: Uint8Array, contentType: string | null): void => void this.pages.set(url, { url, bytes, contentType });

  /** The article's pages in order (the first page first); throws when one was not read. */
  inOrder(article: Article): CasePage[] {
    return (article.pageUrls.length ? article.pageUrls : [article.url]).map((u, i) => {
      const page = this.pages.get(u) ?? (i === 0 ? this.pages.get(article.url) : undefined);
      if (!page) throw new Error(`page ${i + 1} was not read: ${u}`);
      return page;
    });
  }
}

/** Writes the case for `article` into a new folder in `dir`; returns its path. */
export async function saveCase(dir: string, article: Article, pages: CasePage[], create: Create): Promise<string> {
  if (article.failedPages.length) throw new Error(`page ${article.failedPages[0]!.page} could not be loaded: no test case saved`);
  const c = buildTestCase(article, pages);
  await mkdir(dir, { recursive: true });
  for (let n = 1; n <= MAX_TRIES; n++) {
    const folder = join(dir, numberedName(c.folder, n));
    try {
      await mkdir(folder);
    } catch (err) {
      if ((err as NodeJS.ErrnoException | null)?.code === 'EEXIST') continue;
      throw err;
    }
    for (const f of c.files) await create(join(folder, f.name), f.bytes);
    return folder;
  }
  throw new Error(`no free folder name for ${c.folder} in ${dir}`);
}
