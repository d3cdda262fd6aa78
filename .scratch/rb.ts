import { readFileSync } from 'node:fs';
import { parseHtml } from '../src/node/parse.js';
import { readBlocks } from '../src/engine/extract.js';
import { Trace } from '../src/engine/trace.js';
const doc = parseHtml(readFileSync(process.argv[2]!, 'utf8'));
const probe: any = {};
const b = readBlocks(doc, process.argv[3]!, null, 0, new Trace(), false, { probe });
console.log(probe.via, b?.map((x) => x.tag + ' ' + x.text.slice(0, 40)).join('\n'));
