// `qingwen --save-case DIR FILE|URL`: the page saved as a corpus test case (format/test-case.ts),
// read back by the corpus loader and perfect against itself; never into an existing folder; a
// case with a page missing is not written; usage mistakes are refused.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { runCase } from '../helpers/corpus-case.js';
import { pages, serve } from './server.js';

const CASE = join(import.meta.dirname, '../corpus/dede-gb2312-teacher-paged');
const URL = 'https://www.zwfanwen.com/a/8812.html';
const tmp = mkdtempSync(join(tmpdir(), 'qingwen-save-case-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(args, { stdout: { write: (s: string) => void (out += s) }, stderr: { write: (s: string) => void (err += s) } });
  return { code, out, err };
}

describe('--save-case', () => {
  it('a saved page and its next pages: the files as they were, case.json, the result as the gold; a second save goes beside it', async () => {
    const dir = join(tmp, 'file');
    const r = await cli(['--save-case', dir, join(CASE, '8812.html'), '--url', URL]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const folder = join(dir, 'qingwen-case-zwfanwen-com-8812');
    expect(r.out).toBe(`${folder}\n`);
    expect(readdirSync(folder).sort()).toEqual(['8812.html', '8812_2.html', '8812_3.html', 'case.json', 'expected.json']);
    for (const f of ['8812.html', '8812_2.html', '8812_3.html']) expect(readFileSync(join(folder, f))).toEqual(readFileSync(join(CASE, f)));
    const back = await runCase(folder);
    expect(back.meta).toMatchObject({ url: URL, entry: '8812.html', pages: 3, encoding: 'gb18030' });
    expect(back.score).toMatchObject({ perfect: true, leakedChars: 0, lostChars: 0 });
    // The shared gold agrees: the engine reads this case perfectly.
    expect(JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')).pieces).toEqual(JSON.parse(readFileSync(join(CASE, 'expected.json'), 'utf8')).pieces);

    const again = await cli(['--save-case', dir, join(CASE, '8812.html'), '--url', URL]);
    expect(again.code).toBe(0);
    expect(again.out).toBe(`${folder} (2)\n`);
    expect(readFileSync(join(folder, 'expected.json'))).toEqual(readFileSync(join(`${folder} (2)`, 'expected.json')));
  });

  it('an address: the pages fetched over HTTP, as served', async () => {
    const bytes = (f: string) => new Uint8Array(readFileSync(join(CASE, f)));
    const server = await serve(pages({ '/a/8812.html': bytes('8812.html'), '/a/8812_2.html': bytes('8812_2.html'), '/a/8812_3.html': bytes('8812_3.html') }, 'text/html'));
    const dir = join(tmp, 'url');
    const r = await cli(['--save-case', dir, `${server.origin}/a/8812.html`]);
    expect(r.code, r.err).toBe(0);
    const folder = r.out.trim();
    expect(readdirSync(folder).sort()).toEqual(['8812.html', '8812_2.html', '8812_3.html', 'case.json', 'expected.json']);
    const back = await runCase(folder);
    expect(back.meta).toMatchObject({ url: `${server.origin}/a/8812.html`, pages: 3 });
    expect(back.score.perfect).toBe(true);
  });

  it('a page that cannot be read: no case written; usage mistakes refused', async () => {
    const lone = join(tmp, 'lone');
    rmSync(lone, { recursive: true, force: true });
    const src = mkdtempSync(join(tmp, 'src-'));
    copyFileSync(join(CASE, '8812.html'), join(src, '8812.html')); // its next pages are missing
    const r = await cli(['--save-case', lone, join(src, '8812.html'), '--url', URL]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('no test case saved');
    expect(existsSync(join(lone, 'qingwen-case-zwfanwen-com-8812'))).toBe(false);
    for (const args of [['--save-case', lone, 'a.html', 'b.html'], ['--save-case', lone, 'a.html', '--format', 'json'], ['--save-case', lone, 'a.html', '--out', 'x']]) {
      expect((await cli(args)).code).toBe(2);
    }
  });
});
