// The CLI with the real engine, on the shared corpus pages: the wiring (files next to the
// first page, URLs, folders) rather than the cleaning, which test/corpus.test.ts scores.

import { copyFile, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { memoryIo, tempDir } from './helpers.js';
import { pages, serve } from './server.js';

const CASE = 'test/corpus/xiaorob-school-speeches-paged';
const URL0 = 'https://xiaorob.com/zhuanti/fanwen/169108.html';

async function cli(argv: string[]) {
  const io = memoryIo();
  const code = await run(argv, io);
  return { code, out: io.out(), err: io.err() };
}

/** A copy of the paged case without the pages named in `drop`. */
async function copyCase(drop: string[] = []): Promise<string> {
  const dir = await tempDir();
  for (const name of await readdir(CASE)) if (name.endsWith('.html') && !drop.includes(name)) await copyFile(join(CASE, name), join(dir, name));
  return dir;
}

describe('qingwen with the engine', () => {
  it('merges all 9 pages of a saved article found next to the first page', async () => {
    const r = await cli([join(CASE, '169108.html'), '--url', URL0, '--format', 'json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const a = JSON.parse(r.out);
    expect(a.url).toBe(URL0);
    expect(a.pages).toBe(9);
    expect(a.pieces).toHaveLength(6);
    expect(a.failedPages).toEqual([]);
  });

  it('names a missing page on stderr and keeps the others', async () => {
    const dir = await copyCase(['169108_5.html']);
    const r = await cli([join(dir, '169108.html'), '--url', URL0, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.err).toBe(
      'qingwen: page 5 could not be loaded: https://xiaorob.com/zhuanti/fanwen/169108_5.html (no file 169108_5.html next to 169108.html)\n',
    );
    const a = JSON.parse(r.out);
    expect(a.pages).toBe(8);
    expect(a.failedPages).toEqual([{ page: 5, url: 'https://xiaorob.com/zhuanti/fanwen/169108_5.html', reason: 'no file 169108_5.html next to 169108.html' }]);
  });

  it('splits the article into one Markdown file per piece', async () => {
    const out = await tempDir();
    const r = await cli([join(CASE, '169108.html'), '--url', URL0, '--split', '--out', out]);
    expect(r.code).toBe(0);
    const names = (await readdir(out)).sort();
    expect(names).toHaveLength(6);
    expect(names[0]).toBe('2024年学校疫情防控讲话六篇-1-学校疫情防控讲话篇一.md');
    expect(await readFile(join(out, names[0]!), 'utf8')).toMatch(/^# 2024年学校疫情防控讲话六篇\n\n> 来源：<https:\/\/xiaorob\.com\/zhuanti\/fanwen\/169108\.html>\n\n## 学校疫情防控讲话篇一\n\n/);
  });

  it('reads a folder’s first page only and follows its pages', async () => {
    const r = await cli(['test/corpus/dede-student-union', '--format', 'json']);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.out);
    expect(list).toHaveLength(1);
    expect(list[0].pages).toBe(3);
  });

  it('fetches an article and its pages over HTTP', async () => {
    const map: Record<string, Uint8Array> = {};
    for (const name of await readdir(CASE)) if (name.endsWith('.html')) map[`/zhuanti/fanwen/${name}`] = await readFile(join(CASE, name));
    const s = await serve(pages(map));
    const r = await cli([`${s.origin}/zhuanti/fanwen/169108.html`, '--format', 'json']);
    expect(r.err).toBe('');
    const a = JSON.parse(r.out);
    expect(a.pages).toBe(9);
    expect(s.requests).toHaveLength(9);
    expect(s.requests.every((q) => q.userAgent?.startsWith('qingwen/'))).toBe(true);
  });

  it('reports a page without an article in one line', async () => {
    const dir = await tempDir({ 'x.html': '<html><head><title>空</title></head><body><nav><a href="/">首页</a></nav></body></html>' });
    const r = await cli([join(dir, 'x.html')]);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err.split('\n')).toHaveLength(2);
    expect(r.err).toMatch(/^qingwen: .*x\.html: .+\n$/);
  });

  it('a truncated "<html " (and other markup linkedom cannot build a tree from) gets a message in words, not a TypeError', async () => {
    const body = '<article><h1>标题</h1>' + '<p>这是一段足够长的正文，用来让清理程序认出文章的主体部分，而不是导航。</p>'.repeat(6) + '</article>';
    const dir = await tempDir({ 'cut.html': '<html ', 'cut2.html': '<!DOCTYPE html><HTML LANG="zh"', 'hidden.html': `<!-- <html --><title>标题</title>${body}` });
    for (const name of ['cut.html', 'cut2.html']) {
      const r = await cli([join(dir, name)]);
      expect(r, name).toEqual({ code: 1, out: '', err: `qingwen: ${join(dir, name)}: no article found on this page\n` });
    }
    // The same markup with text after it: the spec's parser builds the tree and the article comes through.
    const r = await cli([join(dir, 'hidden.html'), '--format', 'json']);
    expect(r.err).toBe('');
    expect(JSON.parse(r.out).pieces[0].paragraphs).toHaveLength(6);
  });
});
