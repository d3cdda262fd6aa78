// Reading one labelled case (test/corpus/README.md) the way the corpus test does: case.json,
// expected.json, and the entry page through the CLI's JSON path, scored against the gold.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../src/cli/run.js';
import { score, type Gold, type Output, type Score } from './score.js';

export interface CaseMeta {
  url: string;
  entry: string;
  pages: number;
  encoding: string;
  exercises: string;
}

export async function cliJson(file: string, url: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run([file, '--url', url, '--format', 'json'], {
    stdout: { write: (s: string) => void (out += s) },
    stderr: { write: (s: string) => void (err += s) },
  });
  return { code, out, err };
}

/** The case in `dir` read by the CLI and scored: what the corpus test checks. */
export async function runCase(dir: string): Promise<{ meta: CaseMeta; gold: Gold; code: number; err: string; json: Output & { pages: number; url: string }; score: Score }> {
  const meta = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as CaseMeta;
  const gold = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Gold;
  const { code, out, err } = await cliJson(join(dir, meta.entry), meta.url);
  const json = (code === 0 ? JSON.parse(out) : { pieces: [] }) as Output & { pages: number; url: string };
  return { meta, gold, code, err, json, score: score(gold, json) };
}
