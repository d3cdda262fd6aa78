import { readFileSync } from 'node:fs';
import { parseHtml } from '../src/node/parse.js';
import { prunePage } from '../src/engine/prune.js';
import { Readability } from '@mozilla/readability';
import { Trace } from '../src/engine/trace.js';
const html = readFileSync(process.argv[2]!, 'utf8');
for (const [prune, keep] of [[false, false], [false, true], [true, false], [true, true]]) {
  const doc = parseHtml(html);
  if (prune) prunePage(doc, null, new Trace());
  const r = new Readability(doc, { keepClasses: keep, serializer: (e: Node) => e } as any).parse() as any;
  console.log('prune', prune, 'keepClasses', keep, (r.content as Element).outerHTML.includes(process.argv[3]!));
}
