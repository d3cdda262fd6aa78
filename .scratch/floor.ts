import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHtml } from '../src/node/parse.js';
import { decodeHtml } from '../src/engine/decode.js';
import { cleanDocument } from '../src/engine/extract.js';
const norm = (s: string) => s.replace(/[\s\u00a0\u3000]+/g, '');
const dirs = process.argv.slice(2);
for (const dir of dirs) for (const name of readdirSync(dir).sort()) {
  const cj = join(dir, name, 'case.json'); if (!existsSync(cj)) continue;
  const meta = JSON.parse(readFileSync(cj, 'utf8'));
  const { html } = decodeHtml(new Uint8Array(readFileSync(join(dir, name, meta.entry))));
  let out = ''; let rule = '';
  try { const a = cleanDocument(parseHtml(html), meta.url, { disposable: true }); rule = a.rule; out = norm(a.pieces.flatMap((p) => [p.heading ?? '', ...p.paragraphs]).join('')); } catch (e) { rule = 'ERR'; }
  if (rule !== 'generic' && rule !== 'ERR') continue;
  const r = new Readability(parseHtml(html), { serializer: (e: Node) => e } as any).parse() as any;
  if (!r?.content) { console.log(name, 'R none'); continue; }
  const leaves = Array.from((r.content as Element).querySelectorAll('p, li, td, th, pre, blockquote, h1, h2, h3, h4, h5, h6, div')).filter((e) => !e.querySelector('p, li, td, th, pre, blockquote, div, h1,h2,h3,h4,h5,h6'));
  let total = 0, miss = 0; const missed: string[] = [];
  for (const l of leaves) { const t = norm(l.textContent ?? ''); if (t.length < 8) continue; total += t.length; const sentences = t.split(/(?<=[。！？!?；;.])/).filter((s) => s.length >= 6); const m = sentences.filter((s) => !out.includes(s)).reduce((n, s) => n + s.length, 0); if (m > 0.5 * t.length) { miss += t.length; missed.push(t.slice(0, 60)); } }
  const share = total ? miss / total : 0;
  if (share > 0.03) console.log(`${(share * 100).toFixed(1).padStart(5)}% ${rule} ${dir.split('/').pop()}/${name}\n     ${missed.slice(0, 6).join('\n     ')}`);
}
