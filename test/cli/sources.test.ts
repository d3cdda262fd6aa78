import { readFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openFile, openUrl, siblingFileName, type SourceDeps } from '../../src/cli/sources.js';
import { page, tempDir } from './helpers.js';
import { pages, serve } from './server.js';

const deps: SourceDeps = {
  fetch: (input, init) => globalThis.fetch(input, init),
  readFile: async (p) => new Uint8Array(await readFile(p)),
  timeoutMs: 5000,
  userAgent: 'qingwen/test',
};
const noWarn = () => {};

describe('siblingFileName', () => {
  it('is the last path segment of the URL', () => {
    expect(siblingFileName('https://xiaorob.com/zhuanti/fanwen/169108_2.html')).toBe('169108_2.html');
    expect(siblingFileName('https://x.com/a/%E6%96%87_2.html#top')).toBe('文_2.html');
  });
  it('keeps a query string, as wget saves it', () => {
    expect(siblingFileName('https://x.com/list.php?page=2')).toBe('list.php?page=2');
    // A folder's page with a query: wget's index.html plus the query.
    expect(siblingFileName('https://x.com/?p=2318&page=2')).toBe('index.html?p=2318&page=2');
  });
  it('never leads out of the folder', () => {
    expect(() => siblingFileName('https://x.com/a/')).toThrow('no file name');
    expect(() => siblingFileName('https://x.com/a/..%2F..%2Fetc%2Fpasswd')).toThrow('no file name');
    expect(siblingFileName('https://x.com/a.php?u=%2F..%2Fx')).toBe('a.php?u=%2F..%2Fx');
  });
});

describe('openFile', () => {
  it('parses the page again on request: the engine changes the document it is given', async () => {
    const dir = await tempDir({ 'a.html': page('标题', ['第一段']) });
    const opened = await openFile(join(dir, 'a.html'), 'https://x.com/a.html', deps, noWarn);
    opened.doc.body.textContent = '';
    const again = opened.reparse();
    expect(again).not.toBe(opened.doc);
    expect(again.body.textContent).toContain('第一段');
  });
  it('uses --url, else the file:// URL of the file', async () => {
    const dir = await tempDir({ 'a.html': page('标题', ['一']) });
    const file = join(dir, 'a.html');
    expect((await openFile(file, 'https://x.com/a.html', deps, noWarn)).url).toBe('https://x.com/a.html');
    expect((await openFile(file, null, deps, noWarn)).url).toBe(pathToFileURL(file).href);
  });

  it('uses the canonical address, or the one the browser noted when saving', async () => {
    const dir = await tempDir({
      'c.html': '<html><head><link rel="canonical" href="https://x.com/c.html"></head><body><p>x</p></body></html>',
      's.html': '<!-- saved from url=(0024)https://y.com/s_1.html -->\n<html><head><link rel="canonical" href="https://x.com/c.html"></head><body><p>x</p></body></html>',
    });
    expect((await openFile(join(dir, 'c.html'), null, deps, noWarn)).url).toBe('https://x.com/c.html');
    expect((await openFile(join(dir, 's.html'), null, deps, noWarn)).url).toBe('https://y.com/s_1.html');
  });

  it('loads next pages from next to the file by the last segment of their URL', async () => {
    const dir = await tempDir({ '169108.html': page('标题', ['一']), '169108_2.html': page('标题', ['第二页']) });
    const first = await openFile(join(dir, '169108.html'), 'https://xiaorob.com/zhuanti/fanwen/169108.html', deps, noWarn);
    const second = await first.fetchPage('https://xiaorob.com/zhuanti/fanwen/169108_2.html');
    expect(second.querySelector('p')?.textContent).toBe('第二页');
  });

  it('rejects a missing next page, naming the file it looked for', async () => {
    const dir = await tempDir({ '169108.html': page('标题', ['一']) });
    const first = await openFile(join(dir, '169108.html'), 'https://xiaorob.com/zhuanti/fanwen/169108.html', deps, noWarn);
    await expect(first.fetchPage('https://xiaorob.com/zhuanti/fanwen/169108_3.html')).rejects.toThrow('no file 169108_3.html next to 169108.html');
  });

  it('rejects a next page that is not HTML', async () => {
    const dir = await tempDir({ 'a.html': page('标题', ['一']), 'a_2.html': '' });
    const first = await openFile(join(dir, 'a.html'), null, deps, noWarn);
    await expect(first.fetchPage('https://x.com/a_2.html')).rejects.toThrow('the page is empty');
  });

  it('reports charset warnings with the file’s name', async () => {
    const warnings: string[] = [];
    const dir = await tempDir({ 'a.html': '<meta charset="gbk"><p>中文</p>' }); // UTF-8 bytes under a GBK label
    await openFile(join(dir, 'a.html'), null, deps, (where, w) => warnings.push(`${where}: ${w}`));
    expect(warnings).toEqual([`${join(dir, 'a.html')}: the page declares gbk but its bytes are UTF-8; decoded as UTF-8`]);
  });

  it('names a missing first page', async () => {
    await expect(openFile('/nonexistent/x.html', null, deps, noWarn)).rejects.toThrow('no such file');
  });
});

describe('openUrl', () => {
  it('fetches with a qingwen User-Agent and decodes by the Content-Type charset', async () => {
    const gbk = new Uint8Array([...new TextEncoder().encode('<p>'), 0xd5, 0xfd, 0xce, 0xc4, ...new TextEncoder().encode('</p>')]);
    const s = await serve(pages({ '/a.html': gbk }, 'text/html; charset=GBK'));
    const first = await openUrl(`${s.origin}/a.html`, deps, noWarn);
    expect(first.doc.querySelector('p')?.textContent).toBe('正文');
    expect(first.url).toBe(`${s.origin}/a.html`);
    expect(s.requests[0]?.userAgent).toBe('qingwen/test');
  });

  it('follows redirects and takes the final address', async () => {
    const s = await serve((req, res) => {
      if (req.url === '/old') res.writeHead(301, { location: '/new.html' }).end();
      else res.writeHead(200, { 'content-type': 'text/html' }).end('<p>x</p>');
    });
    expect((await openUrl(`${s.origin}/old`, deps, noWarn)).url).toBe(`${s.origin}/new.html`);
  });

  it('fetches next pages from the same origin only', async () => {
    const s = await serve(pages({ '/a.html': '<p>1</p>', '/a_2.html': '<p>2</p>' }));
    const first = await openUrl(`${s.origin}/a.html`, deps, noWarn);
    expect((await first.fetchPage(`${s.origin}/a_2.html`)).querySelector('p')?.textContent).toBe('2');
    await expect(first.fetchPage('http://localhost:1/a_2.html')).rejects.toThrow(`not on ${s.origin}`);
    expect(s.requests.map((r) => r.path)).toEqual(['/a.html', '/a_2.html']);
  });

  it('turns HTTP errors, non-pages and timeouts into one-line errors', async () => {
    const s = await serve((req, res) => {
      if (req.url === '/img') res.writeHead(200, { 'content-type': 'image/png' }).end('x');
      else if (req.url === '/slow') setTimeout(() => res.writeHead(200).end('<p>late</p>'), 2000);
      else res.writeHead(404).end();
    });
    await expect(openUrl(`${s.origin}/gone`, deps, noWarn)).rejects.toThrow('HTTP 404 Not Found');
    await expect(openUrl(`${s.origin}/img`, deps, noWarn)).rejects.toThrow('not an HTML page (image/png)');
    await expect(openUrl(`${s.origin}/slow`, { ...deps, timeoutMs: 200 }, noWarn)).rejects.toThrow('timed out after 200 ms');
  });

  it('names the reason when nothing listens', async () => {
    // A port that was free a moment ago: nothing listens there.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise((resolve) => probe.close(resolve));
    await expect(openUrl(`http://127.0.0.1:${port}/a.html`, deps, noWarn)).rejects.toThrow(/could not load the page \(ECONNREFUSED\)/);
  });
});

describe('pages saved as a mirroring crawler saves them', () => {
  it('finds "2/" as 2/index.html and a query page by its full name', async () => {
    const { mirroredFileName } = await import('../../src/cli/sources.js');
    expect(mirroredFileName('https://x.cn/a/20240311/2/', 'https://x.cn/a/20240311/')).toBe('2/index.html');
    expect(mirroredFileName('https://x.cn/a/b/3.html', 'https://x.cn/a/index.html')).toBe('b/3.html');
    expect(mirroredFileName('https://x.cn/a/2.html', 'https://x.cn/a/1.html')).toBeNull(); // a plain sibling
    expect(mirroredFileName('https://y.cn/a/2/', 'https://x.cn/a/')).toBeNull();
    expect(mirroredFileName('https://x.cn/a/%2e%2e/2/', 'https://x.cn/a/')).toBeNull();
  });
});
