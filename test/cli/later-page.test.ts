// Opened on a later page (where a search engine lands people), the CLI reads the article from
// page 1, found through the pager: the same article as when opened on page 1.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';

const corpus = join(import.meta.dirname, '..', 'corpus');

async function json(file: string, url: string): Promise<{ url: string; pages: number; pieces: unknown[] }> {
  let out = '';
  let err = '';
  const code = await run([file, '--url', url, '--format', 'json'], { stdout: { write: (s: string) => void (out += s) }, stderr: { write: (s: string) => void (err += s) } });
  expect(err).toBe('');
  expect(code).toBe(0);
  return JSON.parse(out);
}

describe('an article opened on a later page', () => {
  it.each([
    ['xiaorob-school-speeches-paged', '169108_5.html'], // EmpireCMS, a middle page
    ['xiaorob-school-speeches-paged', '169108_9.html'], // the last page: the pager links every page before it
    ['dede-gb2312-teacher-paged', '8812_3.html'],
    ['qingning-wp-military-paged', '38561-2.html'],
    ['diyifanwen-lease-contract', '9527_2.htm'],
  ])('%s from %s is read from page 1', async (name, later) => {
    const dir = join(corpus, name);
    const meta = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as { url: string; entry: string; pages: number };
    const fromFirst = await json(join(dir, meta.entry), meta.url);
    const fromLater = await json(join(dir, later), new URL(later, meta.url).href);
    expect(fromLater.url).toBe(meta.url);
    expect(fromLater.pages).toBe(meta.pages);
    expect(fromLater.pieces).toEqual(fromFirst.pieces);
  });
});
