// selectAll answers a list of bare tags, classes and ids in one walk: it must give exactly
// what querySelectorAll gives for the same list, in the same order, on real pages.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../src/engine/decode.js';
import { documentOrder, selectList } from '../../src/engine/dom.js';
import { locateByRule } from '../../src/engine/locate.js';
import { EMBED_SELECTORS, NON_ARTICLE_SELECTORS, STRIP_SELECTORS } from '../../src/rules/generic.js';
import { RULES } from '../../src/rules/index.js';
import { parseHtml } from '../../src/node/parse.js';

const ROOT = join(import.meta.dirname, '..');
const pages = ['corpus', 'ordinary', 'variants17'].flatMap((dir) =>
  readdirSync(join(ROOT, dir))
    .filter((name) => existsSync(join(ROOT, dir, name, 'case.json')))
    .map((name) => {
      const meta = JSON.parse(readFileSync(join(ROOT, dir, name, 'case.json'), 'utf8')) as { entry: string };
      return { name: `${dir}/${name}`, html: decodeHtml(new Uint8Array(readFileSync(join(ROOT, dir, name, meta.entry)))).html };
    }),
);
const LISTS: string[][] = [EMBED_SELECTORS, STRIP_SELECTORS, NON_ARTICLE_SELECTORS, ...RULES.map((r) => r.remove ?? []).filter((l) => l.length), ['p', '.content', '#content', 'div.x > p', 'h1, h2'], ['p, div, li, blockquote'], ['img'], ['a', 'h1'], ['meta'], ['[class]', 'nav'],
  ['[hidden]', '[style]', '[aria-hidden="true"]', 'font[size="0"]'], ['a[href]'], ['*'], ['p[style]', 'div[style]'], ['meta[content]', 'link[rel]'], ['[type="submit"]', 'input[type="TEXT"]', '[id]'], ['img[src]', '[data-original]', 'div[class="content"]'], ['[role="main"]', 'main']];

describe('selectList', () => {
  it('gives what querySelectorAll gives, in document order, on every page and list', () => {
    expect(pages.length).toBeGreaterThan(100);
    for (const { name, html } of pages) {
      const doc = parseHtml(html);
      for (const list of LISTS) {
        const want = Array.from(doc.body.querySelectorAll(list.join(',')));
        const got = selectList(doc.body, list);
        if (got.length !== want.length || got.some((el, i) => el !== want[i])) throw new Error(`${name}: ${list.join(',')} gave ${got.length}, want ${want.length}`);
      }
    }
  });

  it('does not return the root, searches no template content and keeps a complex selector', () => {
    const doc = parseHtml('<html><body><div class="a" id="r"><template><p class="a">t</p></template><section><p class="a">x</p><nav>n</nav></section></div></body></html>');
    const root = doc.getElementById('r')!;
    expect(selectList(root, ['.a', 'nav']).map((e) => e.textContent)).toEqual(['x', 'n']);
    expect(selectList(root, ['section > p', 'nav']).map((e) => e.tagName)).toEqual(['P', 'NAV']);
    // Attribute tests: presence, an exact value (case kept), a value HTML compares without case (left to the DOM).
    const form = parseHtml('<html><body><form><input type="Submit" aria-hidden="TRUE"><input type="text" hidden></form></body></html>').body;
    expect(selectList(form, ['[type="submit"]']).length).toBe(1);
    expect(selectList(form, ['[aria-hidden="true"]', '[hidden]']).map((e) => e.getAttribute('type'))).toEqual(['text']);
    expect(selectList(form, ['*']).map((e) => e.tagName)).toEqual(['FORM', 'INPUT', 'INPUT']);
  });

  it('reads a quoted value as one selector, commas and all', () => {
    const doc = parseHtml('<html><body><p title="a,b">x</p><p title="a">y</p><b title=",">z</b><i data-k="1">w</i></body></html>');
    const text = (els: Element[]): string[] => els.map((e) => e.textContent ?? '');
    expect(text(selectList(doc.body, ['[title="a,b"]', 'i']))).toEqual(['x', 'w']);
    expect(text(selectList(doc.body, ['[data-k="1"]', 'b[title=","]']))).toEqual(['z', 'w']);
    expect(text(selectList(doc.body, ['[aria-hidden="true"]', 'font[size="0"]', 'i']))).toEqual(['w']);
  });

  it('matches a chain whose upper parts sit above the root, and only in order', () => {
    const doc = parseHtml('<html><body class="page"><div id="main"><div class="box"><p class="t a">one</p><span><p class="t">two</p></span></div><p class="t">three</p></div></body></html>');
    const box = doc.querySelector('.box')!;
    const text = (els: Element[]): string[] => els.map((e) => e.textContent ?? '');
    expect(text(selectList(box, ['#main p.t']))).toEqual(['one', 'two']);
    expect(text(selectList(box, ['.page #main span p']))).toEqual(['two']);
    // The order of the parts matters: .box is not above #main.
    expect(text(selectList(doc.body, ['.box #main p']))).toEqual([]);
    expect(text(selectList(doc.body, ['p.t.a', 'div > p']))).toEqual(['one', 'three']);
    for (const list of [['#main p.t'], ['.page #main span p'], ['p.t.a', 'div > p']]) {
      expect(selectList(box, list)).toEqual(Array.from(box.querySelectorAll(list.join(','))));
    }
  });
});

describe('documentOrder', () => {
  it('orders by place in the page, not by depth (linkedom\'s compareDocumentPosition orders by depth)', () => {
    const doc = parseHtml('<html><body><div><div><p id="deep">first</p></div></div><header id="top">second</header><p id="after">third</p></body></html>');
    const [deep, top, after] = ['deep', 'top', 'after'].map((id) => doc.getElementById(id)!) as unknown as [Element, Element, Element];
    expect([top, after, deep].sort(documentOrder)).toEqual([deep, top, after]);
    expect(documentOrder(doc.body, deep)).toBeLessThan(0);
    expect(documentOrder(deep, doc.body)).toBeGreaterThan(0);
  });

  it("keeps a site rule's two bodies in page order when the first sits deeper", () => {
    const para = (s: string): string => `<p>${s}这一段文字足够长，用来让定位器把它当作正文的一部分读进来，而不是当作一个很短的导航或者广告块。</p>`.repeat(3);
    const doc = parseHtml(`<html><body><div class="wrap"><div><div class="part-a">${para('甲')}</div></div></div><div class="part-b">${para('乙')}</div></body></html>`);
    expect(locateByRule(doc, { body: '.part-b, .part-a' }).map((el) => el.className)).toEqual(['part-a', 'part-b']);
  });
});
