// Every labelled structure case (test/corpus-structure, from ../shared/corpus-structure) through
// the CLI's JSON path must be structure-perfect in the sense of ../shared/tools/score_blocks.py
// (ported as test/helpers/score-blocks.ts) and perfect as plain text (test/helpers/score.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { score, type Gold } from './helpers/score.js';
import { scoreBlocks, type StructureGold, type StructureOutput } from './helpers/score-blocks.js';

const root = join(import.meta.dirname, 'corpus-structure');
const cases = readdirSync(root).filter((d) => existsSync(join(root, d, 'case.json')));

async function cliJson(file: string, url: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run([file, '--url', url, '--format', 'json'], {
    stdout: { write: (s: string) => void (out += s) },
    stderr: { write: (s: string) => void (err += s) },
  });
  return { code, out, err };
}

describe('structure corpus', () => {
  it('has the 6 shared cases', () => expect(cases.length).toBeGreaterThanOrEqual(6));

  for (const name of cases) {
    it(`${name} is structure-perfect`, async () => {
      const dir = join(root, name);
      const meta = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as { url: string; entry: string; pages: number };
      const gold = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as StructureGold & Gold;
      const { code, out, err } = await cliJson(join(dir, meta.entry), meta.url);
      expect(err).toBe('');
      expect(code).toBe(0);
      const json = JSON.parse(out) as StructureOutput & Gold & { pages: number };
      expect(json.pages).toBe(meta.pages);
      const s = scoreBlocks(gold, json);
      expect(s.firstMismatch, JSON.stringify(s)).toBeNull();
      expect(s).toMatchObject({ structurePerfect: true, paragraphsConsistent: true });
      expect(score(gold, json), 'plain text').toMatchObject({ perfect: true, leakedChars: 0, lostChars: 0 });
    });
  }
});
