import { readFileSync } from 'node:fs';
import { parseHtml } from '../src/node/parse.js';
import { Readability } from '@mozilla/readability';
const doc = parseHtml(readFileSync(process.argv[2]!, 'utf8'));
const r = new Readability(doc, { serializer: (e: Node) => e } as any).parse() as any;
const html = (r.content as Element).outerHTML;
const i = html.indexOf(process.argv[3]!); console.log(i, html.slice(Math.max(0, i - 300), i + 200));
