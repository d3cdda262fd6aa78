import { parseHtml } from '../src/node/parse.js';
import { extractBlocks } from '../src/engine/blocks.js';
const doc = parseHtml('<html><body><div id="x"><p>intro text here.</p></div></body></html>');
const x = doc.getElementById('x')!;
const p = doc.createElement('p'); const h = doc.createElement('h2'); h.textContent = 'Installation'; p.appendChild(h); const a = doc.createElement('a'); a.setAttribute('href', '#i'); p.appendChild(a); x.appendChild(p);
const p2 = doc.createElement('p'); p2.textContent = 'more text.'; x.appendChild(p2);
console.log(x.outerHTML);
console.log(extractBlocks(x, 0).map((b) => [b.tag, b.text]));
