// The CLI's Word output with the real engine: --format docx --out FILE.docx, one file per piece
// with --split, one per article for a folder; images fetched and embedded, else linked.
import { copyFile, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { docxParts, PNG_1X1 } from '../helpers/docx.js';
import { memoryIo, tempDir } from './helpers.js';

const CASES = join(import.meta.dirname, '..', 'corpus-structure');
const RESUME = join(CASES, 'xiaorob-resume-forms', '175201.html');
const RESUME_URL = 'https://xiaorob.com/jianli/175201.html';
const IMAGES = join(CASES, 'dede-autumn-images-lazy', '3318.html');
const IMAGES_URL = 'https://www.fanwenku.net/a/zuowen/3318.html';

/** No network in the tests: every fetch fails unless a test says otherwise. */
const offline: typeof fetch = async () => {
  throw new Error('offline');
};

async function cli(argv: string[], fetch: typeof globalThis.fetch = offline) {
  const io = memoryIo();
  const code = await run(argv, io, { fetch, timeoutMs: 2000 });
  return { code, out: io.out(), err: io.err() };
}

describe('qingwen --format docx', () => {
  it('writes one .docx with the tables of the page', async () => {
    const dir = await tempDir();
    const out = join(dir, 'resume.docx');
    const r = await cli([RESUME, '--url', RESUME_URL, '--format', 'docx', '--out', out]);
    expect(r).toMatchObject({ code: 0, out: '' });
    const doc = docxParts(new Uint8Array(await readFile(out)))['word/document.xml']!;
    expect((doc.match(/<w:tbl>/g) ?? []).length).toBe(3);
    expect(doc).toContain('<w:gridSpan w:val="3"/>');
    expect(doc).toContain('<w:vMerge w:val="restart"/>');
    expect((doc.match(/<w:pStyle w:val="Heading2"\/>/g) ?? []).length).toBe(3);
  });

  it('writes one .docx per piece with --split, and one per article for a folder', async () => {
    const dir = await tempDir();
    const r = await cli([RESUME, '--url', RESUME_URL, '--format', 'docx', '--split', '--out', join(dir, 'pieces')]);
    expect(r.code).toBe(0);
    const names = (await readdir(join(dir, 'pieces'))).sort();
    expect(names).toHaveLength(3);
    expect(names.every((n) => n.endsWith('.docx'))).toBe(true);
    expect(docxParts(new Uint8Array(await readFile(join(dir, 'pieces', names[1]!))))['word/document.xml']).toContain('行政文员');

    const inputs = await tempDir();
    await copyFile(RESUME, join(inputs, '175201.html'));
    await copyFile(IMAGES, join(inputs, '3318.html'));
    const f = await cli([inputs, '--format', 'docx', '--out', join(dir, 'all')]);
    expect(f.code).toBe(0);
    expect((await readdir(join(dir, 'all'))).filter((n) => n.endsWith('.docx'))).toHaveLength(2);
  });

  it('embeds the images it can fetch and links the others', async () => {
    const dir = await tempDir();
    const asked: string[] = [];
    const fetch: typeof globalThis.fetch = async (input) => {
      const url = String(input);
      asked.push(url);
      if (url.endsWith('1-241015093Q1.jpg')) return new Response(PNG_1X1, { headers: { 'content-type': 'image/png' } });
      if (url.endsWith('1-241015093R7.jpg')) return new Response('<html>404</html>', { status: 404, headers: { 'content-type': 'text/html' } });
      throw new Error('offline');
    };
    const out = join(dir, 'a.docx');
    expect((await cli([IMAGES, '--url', IMAGES_URL, '--format', 'docx', '--out', out], fetch)).code).toBe(0);
    expect(asked.sort()).toEqual([
      'https://img.fanwenku.net/uploads/allimg/241016/2-24101614022K.jpg',
      'https://www.fanwenku.net/uploads/allimg/241015/1-241015093Q1.jpg',
      'https://www.fanwenku.net/uploads/allimg/241015/1-241015093R7.jpg',
    ]);
    const parts = docxParts(new Uint8Array(await readFile(out)));
    expect(Object.keys(parts).filter((n) => n.startsWith('word/media/'))).toHaveLength(1);
    expect(parts['word/document.xml']).toContain('[图片：校园里的菊花] https://www.fanwenku.net/uploads/allimg/241015/1-241015093R7.jpg');
  });

  it('prints HTML with the tables rebuilt, merged cells and all', async () => {
    const r = await cli([RESUME, '--url', RESUME_URL, '--format', 'html']);
    expect(r.code).toBe(0);
    expect(r.out.startsWith('<!DOCTYPE html>')).toBe(true);
    expect((r.out.match(/<table /g) ?? []).length).toBe(3);
    expect(r.out).toMatch(/<td colspan="3" [^>]*>xx师范大学<\/td>/);
    expect(r.out).not.toMatch(/<script|display:none/);
  });

  it('refuses docx on stdout', async () => {
    const r = await cli([RESUME, '--format', 'docx']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--format docx writes a file/);
  });
});
