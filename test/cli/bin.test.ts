// The built command (`npm test` builds first): its first line, its mode, and that errors
// come out as one line without a stack trace.

import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './helpers.js';

const BIN = 'dist/cli/qingwen.js';

function qingwen(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, QINGWEN_DEBUG: '', ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('dist/cli/qingwen.js', () => {
  it('starts with a node shebang and is executable', () => {
    expect(readFileSync(BIN, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(BIN).mode & 0o111).not.toBe(0);
  });

  it('runs directly through its shebang', () => {
    const r = spawnSync(BIN, ['--version'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^qingwen \d+\.\d+\.\d+\n$/);
  });

  it('prints one line and no stack trace for bad input', async () => {
    const dir = await tempDir({ 'empty.html': '', 'binary.html': new Uint8Array([0, 1, 2, 3, 255, 254]), 'none.html': '<html><body></body></html>' });
    for (const name of ['empty.html', 'binary.html', 'none.html', 'missing.html']) {
      const r = qingwen([join(dir, name)]);
      expect(r.code, name).toBe(1);
      expect(r.out, name).toBe('');
      expect(r.err, name).toMatch(/^qingwen: [^\n]+\n$/);
      expect(r.err, name).not.toMatch(/\bat .+:\d+:\d+/);
    }
  });

  it('exits 2 with the usage line for an unknown flag', () => {
    const r = qingwen(['--nope']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('qingwen: unknown option --nope\nusage: qingwen FILE|DIR|URL… [--url URL] [--format md|text|json|html|docx] [--out PATH] [--split]\n');
  });

  it('writes the sample article to stdout', () => {
    const r = qingwen(['test/corpus/xiaorob-school-speeches-paged/169108.html', '--url', 'https://xiaorob.com/zhuanti/fanwen/169108.html']);
    expect(r.code).toBe(0);
    expect(r.out.startsWith('# 2024年学校疫情防控讲话六篇\n')).toBe(true);
    expect(r.out.match(/^## /gm)).toHaveLength(6);
  });

  it('stops quietly when the reader closes the pipe', () => {
    // Far more output than a pipe buffers, so writing goes on after `head` has left.
    const corpus = 'test/corpus/*/ '.repeat(4);
    const r = spawnSync('sh', ['-c', `"${process.execPath}" ${BIN} ${corpus} | head -n 1; exit 0`], { encoding: 'utf8' });
    expect(r.stdout).toMatch(/^# .+\n$/);
    expect(r.stderr).toBe('');
  });
});

describe('dist/cli/qingwen.js --format docx', () => {
  it('writes a Word file from a saved page (the docx package resolved from node_modules)', async () => {
    const dir = await tempDir();
    const out = join(dir, 'lesson.docx');
    const page = join(import.meta.dirname, '..', 'corpus-structure', 'ruiwen-lesson-plan-gbk', '7102334.html');
    const r = qingwen([page, '--url', 'https://www.ruiwen.com/jiaoan/7102334.html', '--format', 'docx', '--out', out]);
    expect(r).toMatchObject({ code: 0, err: '' });
    const bytes = readFileSync(out);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
  });
});
