// Ordinary pages: Qingwen (the CLI's JSON path) against Mozilla Readability alone, scored as
// article-extraction benchmarks do (text F1 on word 4-grams; test/helpers/f1.ts).
// `tsx scripts/ordinary.ts [CASES_DIR …]` prints one row per case and the means.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { run } from '../src/cli/run.js';
import { decodeHtml } from '../src/engine/decode.js';
import { parseHtml } from '../src/node/parse.js';
import { textF1 } from '../test/helpers/f1.js';

interface Gold {
  noArticle?: boolean;
  pieces?: { heading: string | null; paragraphs: string[] }[];
}

export interface Row {
  name: string;
  noArticle: boolean;
  qingwen: { f1: number; recall: number; said: 'article' | 'no-article' };
  readability: { f1: number; recall: number; said: 'article' | 'no-article' };
}

async function qingwen(file: string, url: string): Promise<{ text: string | null }> {
  let out = '';
  const code = await run([file, '--url', url, '--format', 'json'], { stdout: { write: (s: string) => void (out += s) }, stderr: { write: () => {} } });
  if (code !== 0) return { text: null };
  const json = JSON.parse(out) as { pieces: { heading: string | null; paragraphs: string[] }[] };
  return { text: json.pieces.flatMap((p) => [p.heading ?? '', ...p.paragraphs]).join('\n') };
}

function readability(file: string): { text: string | null } {
  const { html } = decodeHtml(new Uint8Array(readFileSync(file)));
  const r = new Readability(parseHtml(html)).parse();
  return { text: r?.textContent?.trim() ? r.textContent : null };
}

export async function scoreCases(dirs: string[]): Promise<Row[]> {
  const rows: Row[] = [];
  for (const dir of dirs) {
    for (const name of readdirSync(dir).sort()) {
      const caseDir = join(dir, name);
      if (!existsSync(join(caseDir, 'case.json'))) continue;
      const meta = JSON.parse(readFileSync(join(caseDir, 'case.json'), 'utf8')) as { url: string; entry: string };
      const gold = JSON.parse(readFileSync(join(caseDir, 'expected.json'), 'utf8')) as Gold;
      const goldText = gold.noArticle ? '' : (gold.pieces ?? []).flatMap((p) => [p.heading ?? '', ...p.paragraphs]).join('\n');
      const file = join(caseDir, meta.entry);
      const score = (text: string | null) => {
        const s = textF1(text ?? '', goldText);
        return { f1: s.f1, recall: s.recall, said: text === null ? ('no-article' as const) : ('article' as const) };
      };
      rows.push({ name, noArticle: !!gold.noArticle, qingwen: score((await qingwen(file, meta.url)).text), readability: score(readability(file).text) });
    }
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dirs = process.argv.slice(2);
  const rows = await scoreCases(dirs.length ? dirs : [join(import.meta.dirname, '../test/ordinary')]);
  const f = (n: number): string => n.toFixed(3);
  console.log('| case | Qingwen F1 | recall | Readability F1 | recall |');
  console.log('|---|---:|---:|---:|---:|');
  for (const r of rows) {
    const q = r.noArticle ? (r.qingwen.said === 'no-article' ? 'no article ✓' : 'article ✗') : f(r.qingwen.f1);
    const rd = r.noArticle ? (r.readability.said === 'no-article' ? 'no article ✓' : 'article ✗') : f(r.readability.f1);
    console.log(`| ${r.name} | ${q} | ${r.noArticle ? '' : f(r.qingwen.recall)} | ${rd} | ${r.noArticle ? '' : f(r.readability.recall)} |`);
  }
  const arts = rows.filter((r) => !r.noArticle);
  const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);
  console.log(`\n${arts.length} article pages: mean F1 Qingwen ${f(mean(arts.map((r) => r.qingwen.f1)))}, Readability ${f(mean(arts.map((r) => r.readability.f1)))}; mean recall ${f(mean(arts.map((r) => r.qingwen.recall)))} vs ${f(mean(arts.map((r) => r.readability.recall)))}`);
  console.log(`"no article" on an article page: Qingwen ${arts.filter((r) => r.qingwen.said === 'no-article').length}, Readability ${arts.filter((r) => r.readability.said === 'no-article').length}`);
  const none = rows.filter((r) => r.noArticle);
  console.log(`${none.length} pages without an article, said so: Qingwen ${none.filter((r) => r.qingwen.said === 'no-article').length}, Readability ${none.filter((r) => r.readability.said === 'no-article').length}`);
  console.log(`Qingwen recall < 0.95: ${arts.filter((r) => r.qingwen.recall < 0.95).map((r) => r.name).join(', ') || 'none'}`);
}
