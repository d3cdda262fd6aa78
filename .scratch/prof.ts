import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
const root = process.argv[2]!;
const { parseHtml } = await import(join(root, 'src/node/parse.ts'));
const { decodeHtml } = await import(join(root, 'src/engine/decode.ts'));
const { cleanDocument } = await import(join(root, 'src/engine/extract.ts'));
try { await import(join(root, 'src/engine/readability.ts')); } catch {}
const cases: [string, string][] = [];
for (const dir of ['test/corpus']) for (const name of readdirSync(join('/work/main', dir))) {
  const cj = join('/work/main', dir, name, 'case.json'); if (!existsSync(cj)) continue;
  const meta = JSON.parse(readFileSync(cj, 'utf8'));
  cases.push([decodeHtml(new Uint8Array(readFileSync(join('/work/main', dir, name, meta.entry)))).html, meta.url]);
}
const docs = () => cases.map(([h, u]) => [parseHtml(h), u] as const);
for (let i = 0; i < 3; i++) for (const [d, u] of docs()) { try { cleanDocument(d, u, { disposable: true }); } catch {} }
const timings: Record<string, number> = {};
let total = 0;
for (let r = 0; r < 10; r++) {
  const ds = docs();
  const s = performance.now();
  for (const [d, u] of ds) { try { const a = cleanDocument(d, u, { disposable: true, clock: () => performance.now() }); for (const [k, v] of Object.entries(a.timings ?? {})) timings[k] = (timings[k] ?? 0) + (v as number); } catch {} }
  total += performance.now() - s;
}
console.log('total', total.toFixed(0));
console.log(Object.entries(timings).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v.toFixed(0)}`).join('\n'));
