import { readFileSync } from 'node:fs';
import { parseHtml } from '../src/node/parse.js';
import { prunePage } from '../src/engine/prune.js';
import { Trace } from '../src/engine/trace.js';
const doc = parseHtml(readFileSync(process.argv[2]!, 'utf8'));
prunePage(doc, null, new Trace());
const h = doc.body!.outerHTML; const i = h.indexOf(process.argv[3]!); console.log(h.slice(Math.max(0, i - 200), i + 300));
