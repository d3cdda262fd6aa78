// run() with the engine replaced by fakeExtract (tests/cli/helpers.ts): what is tested here
// is the CLI — inputs, next-page lookup, outputs, errors — not the cleaning.

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { fakeExtract, fakeExtractPieces, memoryIo, page, tempDir } from './helpers.js';
import { pages, serve } from './server.js';

const deps = { extract: fakeExtract };

async function cli(argv: string[], over: Parameters<typeof run>[2] = deps, tty = false) {
  const io = memoryIo(tty);
  const code = await run(argv, io, over);
  return { code, out: io.out(), err: io.err() };
}

describe('run: one saved file', () => {
  it('prints Markdown on stdout, with next pages found next to the file', async () => {
    const dir = await tempDir({
      '169108.html': page('讲话', ['第一段'], '/zhuanti/fanwen/169108_2.html'),
      '169108_2.html': page('讲话', ['第二段'], '169108_3.html'),
      '169108_3.html': page('讲话', ['第三段']),
    });
    const r = await cli([join(dir, '169108.html'), '--url', 'https://xiaorob.com/zhuanti/fanwen/169108.html']);
    expect(r).toEqual({
      code: 0,
      out: '# 讲话\n\n> 来源：<https://xiaorob.com/zhuanti/fanwen/169108.html>\n\n第一段\n\n第二段\n\n第三段\n',
      err: '',
    });
  });

  it('prints the JSON shape', async () => {
    const dir = await tempDir({ 'a.html': page('标题', ['一', '二']) });
    const r = await cli([join(dir, 'a.html'), '--url', 'https://x.com/a.html', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({
      url: 'https://x.com/a.html',
      title: '标题',
      byline: null,
      siteName: null,
      rule: 'fake',
      pages: 1,
      failedPages: [],
      pieces: [{ heading: null, paragraphs: ['一', '二'], blocks: [{ type: 'paragraph', text: '一' }, { type: 'paragraph', text: '二' }] }],
    });
  });

  it('prints plain text', async () => {
    const dir = await tempDir({ 'a.html': page('标题', ['一']) });
    const r = await cli([join(dir, 'a.html'), '--url', 'https://x.com/a.html', '--format', 'text']);
    expect(r.out).toBe('标题\n\n来源：https://x.com/a.html\n\n一\n');
  });

  it('names a missing next page on stderr and keeps the rest', async () => {
    const dir = await tempDir({
      'a.html': page('标题', ['一'], 'a_2.html'),
    });
    const r = await cli([join(dir, 'a.html'), '--url', 'https://x.com/p/a.html', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('qingwen: page 2 could not be loaded: https://x.com/p/a_2.html (no file a_2.html next to a.html)\n');
    expect(JSON.parse(r.out).pieces[0].paragraphs).toEqual(['一']);
  });

  it('writes to the --out file, creating its folder', async () => {
    const dir = await tempDir({ 'a.html': page('标题', ['一']) });
    const out = join(dir, 'new/sub/result.md');
    const r = await cli([join(dir, 'a.html'), '--out', out]);
    expect(r).toMatchObject({ code: 0, out: '', err: '' });
    expect(await readFile(out, 'utf8')).toContain('# 标题\n');
  });

  it('writes into --out when it is a folder, named after the title', async () => {
    const dir = await tempDir({ 'a.html': page('标题: A/B', ['一']) });
    const r = await cli([join(dir, 'a.html'), '--out', `${dir}/`, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(await readFile(join(dir, '标题_ A_B.json'), 'utf8')).title).toBe('标题: A/B');
  });
});

describe('run: --split', () => {
  it('writes one file per piece, named from title, number and heading (in order in a listing)', async () => {
    const dir = await tempDir({ 'a.html': page('讲话六篇', ['篇一', '甲', '篇二', '乙', '篇二', '丙']) });
    const out = join(dir, 'out');
    const r = await cli([join(dir, 'a.html'), '--split', '--out', out], { extract: fakeExtractPieces });
    expect(r).toMatchObject({ code: 0, out: '' });
    expect((await readdir(out)).sort()).toEqual(['讲话六篇-1-篇一.md', '讲话六篇-2-篇二.md', '讲话六篇-3-篇二.md']);
    expect(await readFile(join(out, '讲话六篇-2-篇二.md'), 'utf8')).toMatch(/^# 讲话六篇\n\n> 来源：.*\n\n## 篇二\n\n乙\n$/);
  });

  it('writes text files into the current folder without --out', async () => {
    const dir = await tempDir({ 'a.html': page('单篇', ['正文']) });
    const r = await cli([join(dir, 'a.html'), '--split', '--format', 'text'], { extract: fakeExtractPieces, cwd: () => join(dir, 'cwd') });
    expect(r.code).toBe(0);
    expect(await readdir(join(dir, 'cwd'))).toEqual(['单篇-1.txt']);
  });
});

describe('run: a folder and several inputs', () => {
  const folder = () =>
    tempDir({
      'a.html': page('甲文', ['甲一'], 'a_2.html'),
      'a_2.html': page('甲文', ['甲二']),
      'b.htm': page('乙文', ['乙一']),
      'bad.html': '\u0000\u0001binary',
      'notes.txt': 'not a page',
    });

  it('cleans every first page, skipping _2 pages, and names a bad file without stopping', async () => {
    const dir = await folder();
    const r = await cli([dir, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`qingwen: ${join(dir, 'bad.html')}: not an HTML page (binary data)\n`);
    const list = JSON.parse(r.out) as { title: string; pieces: { paragraphs: string[] }[] }[];
    expect(list.map((a) => a.title)).toEqual(['甲文', '乙文']);
    expect(list[0]!.pieces[0]!.paragraphs).toEqual(['甲一', '甲二']);
  });

  it('prints a JSON array for a folder even with a single page', async () => {
    const dir = await tempDir({ 'a.html': page('甲文', ['甲一']) });
    const r = await cli([dir, '--format', 'json']);
    expect(JSON.parse(r.out)).toHaveLength(1);
  });

  it('prints Markdown documents one after another, separated by a --- line', async () => {
    const dir = await tempDir({ 'a.html': page('甲文', ['甲一']), 'b.html': page('乙文', ['乙一']) });
    const r = await cli([join(dir, 'a.html'), join(dir, 'b.html')]);
    expect(r.out).toBe(
      `# 甲文\n\n> 来源：<file://${join(dir, 'a.html')}>\n\n甲一\n\n---\n\n# 乙文\n\n> 来源：<file://${join(dir, 'b.html')}>\n\n乙一\n`,
    );
  });

  it('writes one file per input into --out', async () => {
    const dir = await folder();
    const out = join(dir, 'out');
    const r = await cli([dir, '--out', out, '--format', 'text']);
    expect(r.code).toBe(1);
    expect((await readdir(out)).sort()).toEqual(['乙文.txt', '甲文.txt'].sort());
    expect(await readFile(join(out, '甲文.txt'), 'utf8')).toContain('甲一\n\n甲二\n');
  });

  it('shows a progress bar on a terminal and nothing otherwise', async () => {
    const dir = await tempDir({ 'a.html': page('甲文', ['甲一']), 'b.html': page('乙文', ['乙一']) });
    const quiet = await cli([dir, '--out', join(dir, 'o1')]);
    expect(quiet.err).toBe('');
    const tty = await cli([dir, '--out', join(dir, 'o2')], deps, true);
    expect(tty.err).toContain(`[#####     ] 1/2 ${join(dir, 'a.html')}`);
    expect(tty.err).toContain('[##########] 2/2');
    expect(tty.err.endsWith('\r\x1b[K')).toBe(true); // the bar is cleared at the end
  });

  it('shows the pages of a single paged article on a terminal', async () => {
    const dir = await tempDir({ 'a.html': page('甲文', ['甲一']) });
    const r = await cli([join(dir, 'a.html'), '--url', 'https://x.com/a.html'], {
      extract: async (doc, url, opts) => {
        opts?.onProgress?.({ page: 2, total: 4, url: 'https://x.com/a_2.html' });
        return fakeExtract(doc, url);
      },
    }, true);
    expect(r.err).toContain('[#####     ] 2/4 https://x.com/a_2.html');
    expect(r.err.endsWith('\r\x1b[K')).toBe(true);
  });

  it('keeps going past a missing input and fails at the end', async () => {
    const dir = await tempDir({ 'a.html': page('甲文', ['甲一']) });
    const r = await cli([join(dir, 'missing.html'), join(dir, 'a.html'), '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`qingwen: ${join(dir, 'missing.html')}: no such file or folder\n`);
    expect(JSON.parse(r.out)).toHaveLength(1);
  });
});

describe('run: bad input', () => {
  const cases: [string, string | Uint8Array, string][] = [
    ['empty.html', '', 'the page is empty'],
    ['blank.html', '  \n ', 'the page is empty'],
    ['image.html', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), 'not an HTML page (binary data)'],
    ['notes.html', 'no tags in here at all', 'not an HTML page (no tags)'],
    ['none.html', '<html><body><div>nothing</div></body></html>', 'no article found on this page'],
  ];
  it.each(cases)('%s: one line on stderr, exit 1', async (name, body, message) => {
    const dir = await tempDir({ [name]: body });
    const r = await cli([join(dir, name)]);
    expect(r).toEqual({ code: 1, out: '', err: `qingwen: ${join(dir, name)}: ${message}\n` });
  });

  it('a missing file or folder', async () => {
    expect(await cli(['/nonexistent/page.html'])).toEqual({ code: 1, out: '', err: 'qingwen: /nonexistent/page.html: no such file or folder\n' });
    expect((await cli(['/nonexistent/dir/'])).err).toBe('qingwen: /nonexistent/dir/: no such file or folder\n');
  });

  it('an unexpected engine failure is still one line', async () => {
    const dir = await tempDir({ 'a.html': page('x', ['y']) });
    const r = await cli([join(dir, 'a.html')], {
      extract: () => {
        throw new TypeError('Cannot read properties of undefined\n    at somewhere (x.js:1:1)');
      },
    });
    expect(r).toEqual({ code: 1, out: '', err: `qingwen: ${join(dir, 'a.html')}: Cannot read properties of undefined\n` });
  });

  it('prints the stack of an unexpected error with QINGWEN_DEBUG=1 only', async () => {
    const dir = await tempDir({ 'a.html': page('x', ['y']) });
    const boom = () => {
      throw new Error('boom');
    };
    expect((await cli([join(dir, 'a.html')], { extract: boom, debug: true })).err).toMatch(/^qingwen: .*: boom\nError: boom\n\s+at /);
    expect((await cli([join(dir, 'a.html')], { extract: boom, debug: false })).err.split('\n')).toHaveLength(2);
  });

  it('an article without any text is an error', async () => {
    const dir = await tempDir({ 'a.html': page('x', ['y']) });
    const r = await cli([join(dir, 'a.html')], { extract: async (d, u) => ({ ...(await fakeExtract(d, u)), pieces: [{ heading: null, paragraphs: [] }] }) });
    expect(r.err).toContain('no article text found on this page');
    expect(r.code).toBe(1);
  });

  it('unknown flags print the usage line and exit 2', async () => {
    const r = await cli(['a.html', '--frobnicate']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('qingwen: unknown option --frobnicate\nusage: qingwen FILE|DIR|URL… [--url URL] [--format md|text|json|html|docx] [--out PATH] [--split]\n');
  });

  it('--help prints the usage on stdout', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.out.startsWith('usage: qingwen FILE|DIR|URL…')).toBe(true);
  });
});

describe('run: a URL', () => {
  it('fetches the page and its next pages from the same site', async () => {
    const s = await serve(pages({ '/a/1.html': page('网页', ['一'], '1_2.html'), '/a/1_2.html': page('网页', ['二'], '1_3.html') }));
    const r = await cli([`${s.origin}/a/1.html`, '--format', 'json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.url).toBe(`${s.origin}/a/1.html`);
    expect(json.pieces[0].paragraphs).toEqual(['一', '二']);
    expect(r.err).toBe(`qingwen: page 3 could not be loaded: ${s.origin}/a/1_3.html (HTTP 404 Not Found)\n`);
    expect(s.requests.every((q) => q.userAgent?.startsWith('qingwen/'))).toBe(true);
  });

  it('fails with one line when the server answers with an error', async () => {
    const s = await serve(pages({}));
    const r = await cli([`${s.origin}/missing.html`]);
    expect(r).toEqual({ code: 1, out: '', err: `qingwen: ${s.origin}/missing.html: HTTP 404 Not Found\n` });
  });
});
