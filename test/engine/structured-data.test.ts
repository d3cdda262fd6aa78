// A script-built page that shows no article text but holds it as JSON-LD articleBody is read
// from there — only then: a page with its text in the page is read from the page.
import '../../src/engine/readability.js';
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/engine/extract.js';
import { cleanHtml } from '../../src/index.js';
import { parseHtml } from '../../src/node/parse.js';

const URL = 'https://www.echo.example/news/local/mill-lane-pool';
const BODY = [
  'The Mill Lane swimming pool, closed since a roof inspection found corroded steel beams in 2022, will reopen in the spring of 2026.',
  'The plan replaces the roof over the main pool, adds solar panels and a heat pump, and converts the old learner pool into changing rooms.',
  'Work is due to start in September. Swimming clubs will use the leisure centre in Eastfield until the pool reopens.',
];
const ld = (body: string | null): string =>
  `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle', headline: 'Pool to reopen', ...(body ? { articleBody: body } : {}) }] })}</script>`;
const page = (head: string, main: string): string =>
  `<!doctype html><html><head><meta charset="utf-8"><title>Pool to reopen | Echo</title>${head}</head><body><header><a href="/">Echo</a> <a href="/news">News</a></header><main>${main}</main><footer>© Echo 2024</footer></body></html>`;
const SHELL = '<h1>Pool to reopen</h1><div id="app"><p>Loading article…</p><noscript>You need to enable JavaScript to read this article.</noscript></div>';
const both = (html: string): string[][] => [cleanHtml(html, URL), cleanDocument(parseHtml(html), URL)].map((a) => a.pieces.flatMap((p) => p.paragraphs));

describe('structured data', () => {
  it("a shell page is read from its JSON-LD articleBody, in place and from a copy", () => {
    const [inPlace, copy] = both(page(ld(BODY.join('\n\n')), SHELL));
    expect(inPlace).toEqual(BODY);
    expect(copy).toEqual(BODY);
    expect((cleanHtml(page(ld(BODY.join('\n\n')), SHELL), URL).notes ?? []).join(' ')).toMatch(/structured data/);
  });
  it('a page with its text is read from the page, not from the JSON-LD', () => {
    const text = BODY.map((p) => `<p>${p.replace('2026', '2026 (page text)')}</p>`).join('');
    expect(both(page(ld(BODY.join('\n\n')), `<article><h1>Pool to reopen</h1>${text}</article>`))[0]?.[0]).toMatch(/page text/);
  });
  it('without an articleBody (or with a teaser of one) a shell page still has no article', () => {
    expect(() => cleanHtml(page(ld(null), SHELL), URL)).toThrow(/no article/);
    expect(() => cleanHtml(page(ld('A short teaser.'), SHELL), URL)).toThrow(/no article/);
    expect(() => cleanHtml(page('<script type="application/ld+json">{not json</script>', SHELL), URL)).toThrow(/no article/);
  });
});

describe('a page that shows its text only without scripts (<noscript>)', () => {
  const posts = `<div class="container"><h1>Pool to reopen</h1>${BODY.map((p) => `<p>${p}</p>`).join('')}<a href="/news/local/mill-lane-pool?page=2">Next page</a></div>`;
  const app = (noscript: string): string => page('', `<div id="app"><p>Loading…</p></div><noscript id="flarum-content">${noscript}</noscript><noscript><img src="/px.gif" alt=""></noscript>`);
  it('is read from the <noscript> of text, with a note, and its links are no pager', () => {
    const a = cleanHtml(app(posts), URL);
    expect(a.pieces.flatMap((p) => p.paragraphs)).toEqual(BODY);
    expect((a.notes ?? []).join(' ')).toMatch(/noscript/);
    expect(a.pages).toBe(1);
  });
  it('as a browser with scripts holds it too: the markup as text', () => {
    const doc = parseHtml(app(''));
    doc.querySelector('#flarum-content')!.textContent = posts;
    expect(cleanDocument(doc, URL, { reparse: () => { const d = parseHtml(app('')); d.querySelector('#flarum-content')!.textContent = posts; return d; } }).pieces.flatMap((p) => p.paragraphs)).toEqual(BODY);
  });
  it('a <noscript> of a pixel or a notice gives no article', () => {
    expect(() => cleanHtml(app('<p>Please enable JavaScript.</p>'), URL)).toThrow(/no article/);
  });
});
