import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scoreCases } from '../scripts/ordinary.js';
const rows = await scoreCases([join(import.meta.dirname, '../test/ordinary')]);
const out: Record<string, number> = {};
for (const r of rows) if (!r.noArticle) out[r.name] = Math.floor(r.qingwen.recall * 1000) / 1000;
writeFileSync(join(import.meta.dirname, '../test/ordinary/recall-ratchet.json'), JSON.stringify(out, null, 1) + '\n');
