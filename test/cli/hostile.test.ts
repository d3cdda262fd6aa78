// Hostile pages and servers against the CLI (issue 11): outputs never replace a file, saved
// siblings are capped regular files, bodies are capped as they stream, redirects are checked
// hop by hop, and nothing the page chose reaches the terminal as a control character.

import { execFileSync } from 'node:child_process';
import { lstat, readFile, readdir, readlink, symlink, truncate, writeFile } from 'node:fs/promises';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createGzip, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { openUrl, type SourceDeps } from '../../src/cli/sources.js';
import { readPageBytes } from '../../src/cli/read.js';
import { fakeExtract, memoryIo, page, tempDir } from './helpers.js';
import { serve } from './server.js';

async function cli(argv: string[], over: Parameters<typeof run>[2] = { extract: fakeExtract }) {
  const io = memoryIo();
  const code = await run(argv, io, over);
  return { code, out: io.out(), err: io.err() };
}

const deps: SourceDeps = {
  fetch: (input, init) => globalThis.fetch(input, init),
  readFile: (p) => readPageBytes(p),
  timeoutMs: 10_000,
  userAgent: 'qingwen/test',
};
const noWarn = () => {};
/** Any control character but \t and \n (C0, DEL, C1). */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** A page the real engine takes for an article (for the built command). */
function articlePage(title: string, word: string): string {
  const paragraphs = Array.from({ length: 6 }, (_, i) => `<p>${word}${i}：这是一段足够长的正文，用来让清理程序认出文章的主体部分，而不是导航或者广告。</p>`).join('');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1>${paragraphs}</article></body></html>`;
}

describe('outputs never replace a file the run did not create', () => {
  const planted = async () => {
    const dir = await tempDir({
      'package.json': '{"name":"mine"}\n',
      'README.md': '# mine\n',
      'victim.txt': 'keep me\n',
      'in/package.html': articlePage('package', '甲'),
      'in/README.html': articlePage('README', '乙'),
      'in/link.html': articlePage('link', '丙'),
    });
    // A symlink planted at the name the third page will get, pointing out of the folder.
    await symlink(join(dir, 'victim.txt'), join(dir, 'link.md'));
    return dir;
  };

  it('a folder --out: taken names get " (2)", a planted symlink is neither followed nor replaced', async () => {
    const dir = await planted();
    const md = await cli([join(dir, 'in'), '--out', dir]);
    expect(md.code).toBe(0);
    const json = await cli([join(dir, 'in/package.html'), '--out', dir, '--format', 'json']);
    expect(json.code).toBe(0);
    expect(await readFile(join(dir, 'package.json'), 'utf8')).toBe('{"name":"mine"}\n');
    expect(await readFile(join(dir, 'README.md'), 'utf8')).toBe('# mine\n');
    expect(await readFile(join(dir, 'victim.txt'), 'utf8')).toBe('keep me\n');
    expect((await lstat(join(dir, 'link.md'))).isSymbolicLink()).toBe(true);
    expect(await readlink(join(dir, 'link.md'))).toBe(join(dir, 'victim.txt'));
    expect(await readFile(join(dir, 'README (2).md'), 'utf8')).toContain('乙');
    expect(await readFile(join(dir, 'link (2).md'), 'utf8')).toContain('丙');
    expect(JSON.parse(await readFile(join(dir, 'package (2).json'), 'utf8')).title).toBe('package');
  });

  it('the built command with --out . in a folder holding package.json and README.md', async () => {
    const dir = await planted();
    const bin = join(process.cwd(), 'dist/cli/qingwen.js');
    execFileSync(process.execPath, [bin, 'in/package.html', 'in/README.html', 'in/link.html', '--out', '.', '--format', 'json'], { cwd: dir });
    execFileSync(process.execPath, [bin, 'in/README.html', 'in/link.html', '--out', '.'], { cwd: dir });
    expect(await readFile(join(dir, 'package.json'), 'utf8')).toBe('{"name":"mine"}\n');
    expect(await readFile(join(dir, 'README.md'), 'utf8')).toBe('# mine\n');
    expect(await readFile(join(dir, 'victim.txt'), 'utf8')).toBe('keep me\n');
    expect((await lstat(join(dir, 'link.md'))).isSymbolicLink()).toBe(true);
    expect((await readdir(dir)).sort()).toEqual(
      ['README (2).md', 'README.json', 'README.md', 'in', 'link (2).md', 'link.json', 'link.md', 'package (2).json', 'package.json', 'victim.txt'].sort(),
    );
  });

  it('an input is never overwritten by its own output; a second run never replaces the first', async () => {
    const dir = await tempDir({ 'a.html': page('标题', ['一']) });
    const before = await readFile(join(dir, 'a.html'), 'utf8');
    const r = await cli([join(dir, 'a.html'), '--out', join(dir, 'a.html')]);
    expect(r.code).toBe(0);
    expect(r.err).toBe(`qingwen: ${join(dir, 'a.html')} exists and is kept; wrote ${join(dir, 'a (2).html')}\n`);
    expect(await readFile(join(dir, 'a.html'), 'utf8')).toBe(before);
    expect(await readFile(join(dir, 'a (2).html'), 'utf8')).toContain('# 标题');
    await cli([join(dir, 'a.html'), '--out', join(dir, 'out.md')]);
    await writeFile(join(dir, 'out.md'), 'edited by hand\n');
    await cli([join(dir, 'a.html'), '--out', join(dir, 'out.md')]);
    expect(await readFile(join(dir, 'out.md'), 'utf8')).toBe('edited by hand\n');
    expect(await readFile(join(dir, 'out (2).md'), 'utf8')).toContain('# 标题');
    // A name without an extension gets the number and nothing else.
    await cli([join(dir, 'a.html'), '--out', join(dir, 'notes')]);
    await cli([join(dir, 'a.html'), '--out', join(dir, 'notes')]);
    expect((await readdir(dir)).filter((n) => n.startsWith('notes')).sort()).toEqual(['notes', 'notes (2)']);
  });

  it('a symlink at the exact --out file is not written through', async () => {
    const dir = await tempDir({ 'a.html': page('标题', ['一']), 'victim.txt': 'keep me\n' });
    await symlink(join(dir, 'victim.txt'), join(dir, 'out.md'));
    await symlink(join(dir, 'nowhere.txt'), join(dir, 'dangling.md'));
    expect((await cli([join(dir, 'a.html'), '--out', join(dir, 'out.md')])).code).toBe(0);
    expect((await cli([join(dir, 'a.html'), '--out', join(dir, 'dangling.md')])).code).toBe(0);
    expect(await readFile(join(dir, 'victim.txt'), 'utf8')).toBe('keep me\n');
    await expect(lstat(join(dir, 'nowhere.txt'))).rejects.toThrow();
    expect(await readFile(join(dir, 'out (2).md'), 'utf8')).toContain('# 标题');
    expect(await readFile(join(dir, 'dangling (2).md'), 'utf8')).toContain('# 标题');
  });
});

describe('saved siblings: regular files only, capped', () => {
  /** The CLI on a.html whose next page is a_2.html; what it says about page 2. */
  async function secondPage(prepare: (path: string) => Promise<void>): Promise<string> {
    const dir = await tempDir({ 'a.html': page('标题', ['一'], 'a_2.html') });
    await prepare(join(dir, 'a_2.html'));
    const r = await cli([join(dir, 'a.html'), '--url', 'https://x.com/a.html']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('一');
    return r.err;
  }

  it('a next page that is a FIFO fails at once instead of hanging', async () => {
    const err = await secondPage(async (p) => void execFileSync('mkfifo', [p]));
    expect(err).toBe('qingwen: page 2 could not be loaded: https://x.com/a_2.html (not a regular file (a pipe, device or socket))\n');
  });

  it('a next page that is a symlink to /dev/zero is refused without reading it', async () => {
    const err = await secondPage((p) => symlink('/dev/zero', p));
    expect(err).toContain('(not a regular file (a pipe, device or socket))');
  });

  it('a saved page past 20 MB is refused by its size', async () => {
    const err = await secondPage(async (p) => {
      await writeFile(p, '<p>x</p>');
      await truncate(p, 20 * 1024 * 1024 + 1); // sparse: no 20 MB written
    });
    expect(err).toContain('(the file is larger than 20 MB)');
  });

  it('a FIFO or device given as the page itself is refused in one line', async () => {
    const dir = await tempDir();
    execFileSync('mkfifo', [join(dir, 'pipe.html')]);
    await symlink('/dev/zero', join(dir, 'zero.html'));
    for (const name of ['pipe.html', 'zero.html']) {
      const r = await cli([join(dir, name)]);
      expect(r, name).toEqual({ code: 1, out: '', err: `qingwen: ${join(dir, name)}: not a regular file (a pipe, device or socket)\n` });
    }
  });

  it('a symlink to a regular page is still read', async () => {
    const err = await secondPage(async (p) => {
      await writeFile(`${p}.real`, page('标题', ['二']));
      await symlink(`${p}.real`, p);
    });
    expect(err).toBe('');
  });
});

describe('HTTP bodies are capped as they stream', () => {
  const zeros = () =>
    new Readable({
      read() {
        this.push(Buffer.alloc(64 * 1024));
      },
    });

  it('an endless chunked body stops at 20 MB with one line', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      zeros().pipe(res);
    });
    await expect(openUrl(`${s.origin}/a.html`, deps, noWarn)).rejects.toThrow(/^the page is larger than 20 MB$/);
  });

  it('an endless gzip stream (a decompression bomb) stops at 20 MB decoded', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      zeros().pipe(createGzip()).pipe(res);
    });
    await expect(openUrl(`${s.origin}/a.html`, deps, noWarn)).rejects.toThrow(/^the page is larger than 20 MB$/);
  });

  it('a small gzip body that inflates past 20 MB is refused, while a normal gzip page decodes', async () => {
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20));
    const s = await serve((req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip', 'content-length': String(req.url === '/ok.html' ? okBody.length : bomb.length) });
      res.end(req.url === '/ok.html' ? okBody : bomb);
    });
    const okBody = gzipSync(Buffer.from(page('网页', ['正文'])));
    expect((await openUrl(`${s.origin}/ok.html`, deps, noWarn)).doc.querySelector('p')?.textContent).toBe('正文');
    await expect(openUrl(`${s.origin}/bomb.html`, deps, noWarn)).rejects.toThrow(/^the page is larger than 20 MB$/);
  });
});

describe('redirects are checked before each hop', () => {
  it('a next page redirected to another origin sends nothing there', async () => {
    const elsewhere = await serve((_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end('<p>evil</p>'));
    const s = await serve((req, res) => {
      if (req.url === '/a.html') res.writeHead(200, { 'content-type': 'text/html' }).end('<p>1</p>');
      else if (req.url === '/a_2.html') res.writeHead(302, { location: `${elsewhere.origin}/steal` }).end();
      else res.writeHead(302, { location: '/hop' }).end();
    });
    const first = await openUrl(`${s.origin}/a.html`, deps, noWarn);
    await expect(first.fetchPage(`${s.origin}/a_2.html`)).rejects.toThrow(`redirected away from ${s.origin}`);
    expect(elsewhere.requests).toEqual([]);
    await expect(first.fetchPage(`${s.origin}/loop`)).rejects.toThrow('more than 10 redirects');
  });

  it('the first page may redirect to another site, but only to a web address', async () => {
    const other = await serve((_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end('<p>there</p>'));
    const s = await serve((req, res) => {
      res.writeHead(301, { location: req.url === '/moved' ? `${other.origin}/new.html` : 'file:///etc/passwd' }).end();
    });
    expect((await openUrl(`${s.origin}/moved`, deps, noWarn)).url).toBe(`${other.origin}/new.html`);
    await expect(openUrl(`${s.origin}/file`, deps, noWarn)).rejects.toThrow('redirected to a non-web address (file:)');
  });
});

describe('control characters never reach the terminal raw', () => {
  // As a page carries them: raw bytes (a few, among text) and character references.
  const evil = 'A\u001b]52;c;cHduZWQ=\u0007B\u001bcC\rD\u009b2JE\u0008F';
  const html = (s: string) => s.replace('\u0008', '&#8;');

  it('output text loses them; JSON keeps them escaped', async () => {
    const dir = await tempDir({ 'a.html': page(`标题${html(evil)}`, [`段落${html(evil)}`, '第二\t段', '正文'.repeat(500)]) });
    for (const format of ['md', 'text']) {
      const r = await cli([join(dir, 'a.html'), '--url', 'https://x.com/a.html', '--format', format]);
      expect(r.out, format).not.toMatch(RAW_CONTROL);
      expect(r.out, format).toMatch(/段落A\\?\]52;c;cHduZWQ=BcC/);
      expect(r.out, format).toContain('D2JEF');
      expect(r.out, format).toContain('第二\t段');
    }
    const json = await cli([join(dir, 'a.html'), '--url', 'https://x.com/a.html', '--format', 'json']);
    expect(json.out).not.toMatch(RAW_CONTROL);
    expect(JSON.parse(json.out).pieces[0].paragraphs[0]).toBe(`段落${evil}`);
    const written = await cli([join(dir, 'a.html'), '--out', join(dir, 'o.md')]);
    expect(written.code).toBe(0);
    expect(await readFile(join(dir, 'o.md'), 'utf8')).not.toMatch(RAW_CONTROL);
  });

  it('messages show them escaped: an HTTP reason phrase, a decoded sibling file name', async () => {
    const raw = createNetServer((sock) => sock.once('data', () => sock.end('HTTP/1.1 404 Not\x1b]0;pwned\x07Found\r\ncontent-length: 0\r\n\r\n')));
    await new Promise<void>((r) => raw.listen(0, '127.0.0.1', r));
    try {
      const r = await cli([`http://127.0.0.1:${(raw.address() as AddressInfo).port}/a.html`]);
      expect(r.err).toMatch(/HTTP 404 Not\\x1b\]0;pwned\\x07Found\n$/);
      expect(r.err.slice(0, -1)).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    } finally {
      raw.close();
    }
    const dir = await tempDir({ 'a.html': page('标题', ['一'], 'a%1B%5D0%3Bpwned%07_2.html') });
    const r = await cli([join(dir, 'a.html'), '--url', 'https://x.com/a.html']);
    expect(r.err).toContain('(no file a\\x1b]0;pwned\\x07_2.html next to a.html)');
    expect(r.err.slice(0, -1)).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });
});
