// Shared helpers for the bad-input tests: run the CLI in-process or as the built bin,
// temp folders, and a template page (the xiaorob/EmpireCMS theme) around given content.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect } from 'vitest';
import { run, type CliDeps } from '../../src/cli/run.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const CORPUS = join(ROOT, 'test', 'corpus');
export const BIN = join(ROOT, 'dist', 'cli', 'qingwen.js');

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

/** The CLI in this process (src/cli/run.ts). */
export async function cli(args: string[], overrides: Partial<CliDeps> = {}): Promise<CliResult> {
  let out = '';
  let err = '';
  const code = await run(args, { stdout: { write: (s: string) => void (out += s) }, stderr: { write: (s: string) => void (err += s) } }, overrides);
  return { code, out, err };
}

/** The built bin as a user runs it (npm test builds before vitest); null when not built. */
export function bin(args: string[], cwd = ROOT): CliResult | null {
  if (!existsSync(BIN)) return null;
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 60_000, env: { ...process.env, QINGWEN_DEBUG: '' } });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

const made: string[] = [];
// Registered when a test file imports this module (each file gets its own instance).
afterAll(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A fresh temp folder, removed after the importing test file's tests. */
export function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'qingwen-robust-'));
  made.push(d);
  return d;
}

/** A failure as the issue asks: non-zero exit, `lines` line(s) on stderr, no stack trace anywhere. */
export function expectCleanFailure(r: CliResult, lines = 1): void {
  expect(r.code, r.err).not.toBe(0);
  expect(r.err).not.toContain('    at ');
  expect(r.out).not.toContain('    at ');
  const errLines = r.err.trimEnd().split('\n');
  expect(errLines, r.err).toHaveLength(lines);
  for (const l of errLines) expect(l.trim().length).toBeGreaterThan(0);
}

export const corpusFile = (c: string, f: string): Buffer => readFileSync(join(CORPUS, c, f));
export const corpusGold = (c: string): { title: string; pieces: { heading: string | null; paragraphs: string[] }[] } =>
  JSON.parse(readFileSync(join(CORPUS, c, 'expected.json'), 'utf8'));

/** Text as the corpus scorer compares it: NFKC, no white space. */
export const norm = (s: string | null | undefined): string => (s ?? '').normalize('NFKC').replace(/[\s\u00a0\u3000\u200b\ufeff]+/gu, '');

/** A page of the xiaorob.com (EmpireCMS · ECMS帝国之家) theme around `content` (HTML of #content). */
export function xiaorobPage(title: string, content: string, extra = ''): string {
  return `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>${title}_小六范文网</title>
<link href="/skin/ecmsdg/css/style.css" rel="stylesheet" type="text/css">
</head>
<body class="showpage">
<div class="header"><div class="wrap"><a class="logo" href="https://www.xiaorob.com/">小六范文网</a>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zuowen/">作文大全</a></li></ul></div></div>
<div class="wrap main"><div class="left"><div class="article">
<h1>${title}</h1>
<div class="info">作者：佚名 来源：网友投稿 时间：2024-03-11</div>
<div class="content" id="content">
${content}
</div>
${extra}
</div></div></div>
<div class="footer"><p>Copyright &copy; 2018-2024 小六范文网 xiaorob.com 版权所有</p></div>
</body>
</html>
`;
}

/** A deterministic pseudo-random generator (mulberry32), so generated pages are the same on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HAN = '学校教师同学工作总结思想认真努力提高成绩发展活动管理课堂知识能力经验习惯家长孩子安全健康责任集体生活理解方法问题进步学习计划目标任务时间';
/** A Chinese sentence of about `len` characters ending in 。, from `rand`. */
export function sentence(rand: () => number, len = 30): string {
  let s = '';
  for (let i = 0; i < len; i++) {
    s += HAN[Math.floor(rand() * HAN.length)];
    if (i > 0 && i % 9 === 0 && i < len - 2) s += '，';
  }
  return `${s}。`;
}
