import { cleanHtml } from '../src/index.js';
import { readFileSync } from 'node:fs';
const a = cleanHtml(readFileSync(process.argv[2]!, 'utf8'), process.argv[3] ?? 'https://www.school.example.cn/news/1.html');
console.log(JSON.stringify({ pieces: a.pieces.map((p) => [p.heading, ...p.paragraphs.map((x) => x.slice(0, 30))]), notes: a.notes, removed: a.removed }, null, 1));
