import { readFileSync } from 'node:fs';
import { parseHtml } from '/work/main/src/node/parse.js';
import { Readability } from '@mozilla/readability';
const html = readFileSync(process.argv[2]!, 'utf8');
const doc = parseHtml(html);
const r = new Readability(doc, { charThreshold: 100, serializer: (e: Node) => e } as any).parse() as any;
console.log((r.content as Element).outerHTML.replace(/\s+/g,' ').slice(0, 3000));
