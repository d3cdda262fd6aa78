import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach } from 'vitest';
import type { Article, ExtractOptions } from '../../src/engine/types.js';
import { QingwenError } from '../../src/engine/errors.js';
import type { CliIo } from '../../src/cli/run.js';

/** Captures what the CLI writes. */
export function memoryIo(tty = false): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (s: string) => void (out += s) },
    stderr: { write: (s: string) => void (err += s) },
    stdoutIsTTY: tty,
    stderrIsTTY: tty,
    out: () => out,
    err: () => err,
  };
}

const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** A fresh temp folder holding `files` (name → text or bytes), removed after the test. */
export async function tempDir(files: Record<string, string | Uint8Array> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'qingwen-cli-'));
  made.push(dir);
  for (const [name, body] of Object.entries(files)) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), body);
  }
  return dir;
}

/**
 * A minimal page: <h1> title, <p> paragraphs, and an <a class="next"> link to the next page.
 * `fakeExtract` reads exactly this, so CLI tests do not depend on the engine's rules.
 */
export function page(title: string, paragraphs: string[], next?: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1>${paragraphs
    .map((p) => `<p>${p}</p>`)
    .join('')}${next ? `<a class="next" href="${next}">下一页</a>` : ''}</body></html>`;
}

/** Stands in for the engine: one piece of <p> texts, next pages followed through fetchPage like the engine does. */
export async function fakeExtract(doc: Document, url: string, opts: ExtractOptions = {}): Promise<Article> {
  const paragraphs = (d: Document) => [...d.querySelectorAll('p')].map((p) => p.textContent ?? '');
  const first = paragraphs(doc);
  if (first.length === 0) throw new QingwenError('no article found on this page', 'no-article');
  const pageUrls = [url];
  const failedPages: Article['failedPages'] = [];
  const all = [...first];
  let current: Document | null = doc;
  let base = url;
  let n = 1;
  while (current && opts.fetchPage) {
    const href = current.querySelector('a.next')?.getAttribute('href');
    if (!href) break;
    const next = new URL(href, base).href;
    opts.onProgress?.({ page: ++n, total: null, url: next });
    try {
      current = await opts.fetchPage(next);
      pageUrls.push(next);
      all.push(...paragraphs(current));
      base = next;
    } catch (e) {
      failedPages.push({ page: n, url: next, reason: e instanceof Error ? e.message : String(e) });
      current = null;
    }
  }
  return {
    url,
    title: doc.querySelector('h1')?.textContent ?? '',
    byline: null,
    siteName: null,
    rule: 'fake',
    pages: pageUrls.length,
    pageUrls,
    failedPages,
    pieces: [{ heading: null, paragraphs: all }],
    removed: [],
  };
}

/** Splits the fake article's paragraphs at "篇N" markers into pieces, for --split tests. */
export async function fakeExtractPieces(doc: Document, url: string, opts?: ExtractOptions): Promise<Article> {
  const a = await fakeExtract(doc, url, opts);
  const pieces: Article['pieces'] = [];
  for (const p of a.pieces[0]!.paragraphs) {
    if (/^篇.$/.test(p)) pieces.push({ heading: p, paragraphs: [] });
    else (pieces.at(-1) ?? (pieces[pieces.length] = { heading: null, paragraphs: [] })).paragraphs.push(p);
  }
  return { ...a, pieces };
}
