// A .docx of a structured page (lists, a table with merged cells, sub-headings) opens in
// LibreOffice: converted headless to PDF without error, its text all there. Skipped, with a
// warning, where LibreOffice is not installed (.ci/run installs libreoffice-writer-nogui).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cleanHtml, decodeHtml } from '../../src/index.js';
import { toDocx } from '../../src/format/docx.js';
import { tempDir } from '../cli/helpers.js';

const has = (cmd: string): boolean => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const SOFFICE = has('soffice');
if (!SOFFICE) console.warn('LibreOffice (soffice) is not installed: the .docx → PDF check is skipped');

describe('LibreOffice', () => {
  it.skipIf(!SOFFICE)('converts the Word file of a lesson plan to PDF', { timeout: 180_000 }, async () => {
    const file = join(import.meta.dirname, '..', 'corpus-structure', 'ruiwen-lesson-plan-gbk', '7102334.html');
    const article = cleanHtml(decodeHtml(new Uint8Array(readFileSync(file)), null).html, 'https://www.ruiwen.com/jiaoan/7102334.html');
    const dir = await tempDir();
    const docx = join(dir, 'lesson.docx');
    writeFileSync(docx, await toDocx(article));
    const profile = pathToFileURL(join(dir, 'profile')).href; // its own profile: runs never share one
    const r = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { encoding: 'utf8', timeout: 170_000 });
    expect(r.status, r.stderr).toBe(0);
    const pdf = join(dir, 'lesson.pdf');
    expect(existsSync(pdf)).toBe(true);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    if (has('pdftotext')) {
      const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, '');
      for (const s of ['一年级数学《认识钟表》教案', '教学环节', '二、探究新知', '钟面模型', '养成珍惜时间']) expect(text).toContain(s);
    }
  });
});
