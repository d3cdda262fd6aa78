import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import '../src/engine/readability.js';
import { parseHtml } from '../src/node/parse.js';
import { decodeHtml } from '../src/engine/decode.js';
import { readBlocks } from '../src/engine/extract.js';
import { findRule } from '../src/rules/index.js';
import { Trace } from '../src/engine/trace.js';
import { squeeze } from '../src/engine/floor.js';
let n = 0, para = 0, trig = 0, rd = 0;
for (const dir of process.argv.slice(2)) for (const name of readdirSync(dir)) {
  const cj = join(dir, name, 'case.json'); if (!existsSync(cj)) continue;
  const meta = JSON.parse(readFileSync(cj, 'utf8'));
  const { html } = decodeHtml(new Uint8Array(readFileSync(join(dir, name, meta.entry))));
  const doc = parseHtml(html);
  if (findRule(doc, meta.url)) continue;
  n++;
  const probe: any = {};
  const b = readBlocks(doc, meta.url, null, 0, new Trace(), false, { probe });
  if (!b) continue;
  const kept = squeeze(b.map((x) => x.text).join('')).length;
  if (probe.via === 'readability') rd++;
  if (probe.via === 'paragraphs') { para++; if ((kept < 600 && probe.located < 0.5 * probe.page) || kept < 0.85 * probe.located) { trig++; console.log('trigger', name, kept, probe.located); } }
}
console.log({ n, para, trig, rd });
