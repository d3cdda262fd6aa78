// The Node parser's misnesting check (src/node/parse.ts): linkedom nests every paragraph of
// "<p><font>…" soup inside the last, where a browser builds siblings; such a tree is rebuilt by
// the spec's parser. The check counts depth along linkedom's node list: these pin what it sees.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/node/parse.js';

const maxDepth = (el: Element): number => {
  let best = 0;
  for (const c of Array.from(el.children)) best = Math.max(best, 1 + maxDepth(c));
  return best;
};

describe('parseHtml: a misnested tree is rebuilt, a sane one kept', () => {
  it('unclosed <font> in each of 300 paragraphs gives 300 sibling paragraphs', () => {
    const body = Array.from({ length: 300 }, (_, i) => `<p><font color="red">第${i + 1}段文字`).join('\n');
    const doc = parseHtml(`<html><head><title>t</title></head><body><div id="c">${body}</div></body></html>`);
    const ps = Array.from(doc.querySelectorAll('#c p'));
    expect(ps.length).toBe(300);
    expect(maxDepth(doc.documentElement)).toBeLessThan(20);
    expect(ps[299]!.textContent).toContain('第300段文字');
  });
  it('140 levels of real nesting are kept as written', () => {
    const doc = parseHtml(`<html><body>${'<div>'.repeat(140)}<p>深处的一段</p>${'</div>'.repeat(140)}</body></html>`);
    expect(maxDepth(doc.documentElement)).toBe(142);
    expect(doc.querySelector('p')!.textContent).toBe('深处的一段');
  });
  it('attributes and comments in the list do not count as depth', () => {
    const attrs = Array.from({ length: 40 }, (_, i) => `data-a${i}="${i}"`).join(' ');
    const doc = parseHtml(`<html><body>${`<div ${attrs}><!-- c -->`.repeat(100)}x${'</div>'.repeat(100)}</body></html>`);
    expect(maxDepth(doc.documentElement)).toBe(101);
  });
});
