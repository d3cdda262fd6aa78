import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expandInputs, firstPages } from '../../src/cli/inputs.js';
import { tempDir } from './helpers.js';

describe('firstPages', () => {
  it('skips X_N pages whose X page is there, and non-pages', () => {
    expect(firstPages(['169108_2.html', '169108.html', '169108_10.html', 'case.json', 'a.htm', 'b.shtml', 'style.css'])).toEqual([
      '169108.html',
      'a.htm',
      'b.shtml',
    ]);
  });

  it('keeps an X_N page whose first page is missing', () => {
    expect(firstPages(['9527_2.htm', 'other_3.html', 'other.htm'])).toEqual(['9527_2.htm', 'other_3.html', 'other.htm']);
  });

  it('sorts numbers naturally', () => {
    expect(firstPages(['10.html', '9.html', '100.html'])).toEqual(['9.html', '10.html', '100.html']);
  });
});

describe('expandInputs', () => {
  it('lists a folder’s first pages and marks that a folder was seen', async () => {
    const dir = await tempDir({ 'a.html': '<p>', 'a_2.html': '<p>', 'b.HTM': '<p>', 'notes.txt': 'x', 'sub/c.html': '<p>' });
    const e = await expandInputs([dir]);
    expect(e.inputs).toEqual([
      { kind: 'file', path: join(dir, 'a.html') },
      { kind: 'file', path: join(dir, 'b.HTM') },
    ]);
    expect(e.sawFolder).toBe(true);
    expect(e.problems).toEqual([]);
  });

  it('takes a file as it is, also a _2 page, and a file: URL', async () => {
    const dir = await tempDir({ 'a_2.html': '<p>' });
    const file = join(dir, 'a_2.html');
    const e = await expandInputs([file, pathToFileURL(file).href]);
    expect(e.inputs).toEqual([
      { kind: 'file', path: file },
      { kind: 'file', path: file },
    ]);
    expect(e.sawFolder).toBe(false);
  });

  it('takes http(s) addresses as URLs', async () => {
    const e = await expandInputs(['https://xiaorob.com/zhuanti/fanwen/169108.html', 'HTTP://x.com']);
    expect(e.inputs).toEqual([
      { kind: 'url', url: 'https://xiaorob.com/zhuanti/fanwen/169108.html' },
      { kind: 'url', url: 'http://x.com/' },
    ]);
  });

  it('names what cannot be used and keeps the rest', async () => {
    const dir = await tempDir({ 'a.html': '<p>', 'empty/readme.txt': 'x' });
    const e = await expandInputs([join(dir, 'nope.html'), join(dir, 'missing-dir/'), join(dir, 'empty'), 'ftp://x.com/a.html', join(dir, 'a.html')]);
    expect(e.inputs).toEqual([{ kind: 'file', path: join(dir, 'a.html') }]);
    expect(e.problems.map((p) => p.message)).toEqual([
      'no such file or folder',
      'no such file or folder',
      'no HTML pages (*.html, *.htm, *.shtml) in this folder',
      'only http(s) addresses, files and folders can be read',
    ]);
  });
});
