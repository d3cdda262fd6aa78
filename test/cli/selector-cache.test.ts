// The Node DOM's compiled-selector cache (patches/linkedom+*.patch, applied by postinstall):
// linkedom compiled every selector on every query, which was most of the engine's time in
// Node. A cached query must answer exactly as a fresh one would.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/node/parse.js';

const require = createRequire(import.meta.url);

describe('linkedom with cached compiled selectors', () => {
  it('is the patched build (postinstall ran patch-package)', () => {
    for (const file of ['linkedom/esm/shared/matches.js', 'linkedom/cjs/shared/matches.js']) {
      const path = require.resolve('linkedom/package.json').replace(/package\.json$/, file.slice('linkedom/'.length));
      expect(readFileSync(path, 'utf8')).toContain('const compiled = new Map');
    }
  });

  it('answers a repeated query on another document from that document', () => {
    const a = parseHtml('<html><body><p class="x">one</p><p>two</p></body></html>');
    const b = parseHtml('<html><body><div class="x">three</div><p class="x">four</p><p class="x">five</p></body></html>');
    for (let i = 0; i < 3; i++) {
      expect(Array.from(a.querySelectorAll('p.x, div.x')).map((e) => e.textContent)).toEqual(['one']);
      expect(Array.from(b.querySelectorAll('p.x, div.x')).map((e) => e.textContent)).toEqual(['three', 'four', 'five']);
    }
  });

  it('binds :scope to the element queried, every time', () => {
    const doc = parseHtml('<html><body><ul id="a"><li>1<ul><li>1.1</li></ul></li></ul><ul id="b"><li>2</li><li>3</li></ul></body></html>');
    const a = doc.getElementById('a')!;
    const b = doc.getElementById('b')!;
    expect(Array.from(a.querySelectorAll(':scope > li')).map((e) => e.firstChild?.textContent)).toEqual(['1']);
    expect(Array.from(b.querySelectorAll(':scope > li')).map((e) => e.textContent)).toEqual(['2', '3']);
  });

  it('keeps matches() and closest() right and still throws on a bad selector each time', () => {
    const doc = parseHtml('<html><body><div class="box"><span id="s">x</span></div></body></html>');
    const s = doc.getElementById('s')!;
    for (let i = 0; i < 3; i++) {
      expect(s.matches('div > span')).toBe(true);
      expect(s.matches('p > span')).toBe(false);
      expect(s.closest('.box')?.tagName).toBe('DIV');
      expect(() => doc.querySelectorAll('div[')).toThrow();
    }
  });

  it('stays right past the cache bound (selectors can come from a page)', () => {
    const doc = parseHtml('<html><body><p class="c7">seven</p></body></html>');
    for (let i = 0; i < 1200; i++) expect(doc.querySelectorAll(`.c${i}`).length).toBe(i === 7 ? 1 : 0);
    expect(doc.querySelector('.c7')?.textContent).toBe('seven');
  });
});
