// Readability drops an element whose class or id holds an "unlikely" word; on a heading the
// word names the heading itself or is its own text as an anchor. Those headings stay, and
// the page keeps its names.
import { describe, expect, it } from 'vitest';
import '../../src/engine/readability.js';
import { locateByReadability } from '../../src/engine/locate.js';
import { restoreHeadings, shieldHeadings } from '../../src/engine/heading-shield.js';
import { parseHtml } from '../../src/node/parse.js';

const para = (n: number): string =>
  `<p>Paragraph ${n} of the guide explains one more step of the set-up in plain words, with enough text that a reader view takes the whole column as the article and nothing else on the page.</p>`;

describe('headings Readability would drop by their names', () => {
  it('keeps a heading whose id is its own text (…-extras) and one whose class names it a header, names and all', () => {
    const html = `<html><head><title>Configuring retries</title></head><body><nav><a href="/">Home</a></nav><div class="md-content"><article>
      <h1>Configuring retries</h1>${para(1)}${para(2)}
      <h2 id="installing-the-retry-extras">Installing the retry extras</h2>${para(3)}
      <h2 class="header-anchor-post">What the app does not tell you</h2>${para(4)}
      <h2 class="liveblog-entry-header">Roads reopening</h2>${para(5)}</article></div>
      <div class="sidebar"><h3 class="widget-title">Archives</h3><ul><li><a href="/a">May</a></li></ul></div></body></html>`;
    const doc = parseHtml(html);
    const found = locateByReadability(doc)!;
    const headings = Array.from(found.querySelectorAll('h2')).map((h) => [h.textContent, h.getAttribute('id'), h.getAttribute('class') || null]);
    expect(headings).toEqual([
      ['Installing the retry extras', 'installing-the-retry-extras', null],
      ['What the app does not tell you', null, 'header-anchor-post'],
      ['Roads reopening', null, 'liveblog-entry-header'],
    ]);
    expect(found.textContent).not.toContain('Archives');
  });

  it("keeps a post's heading out of the header box Readability drops, and leaves the box's byline and the site's header to it", () => {
    const entry = (n: number, title: string) => `<div class="liveblog-entry"><div class="liveblog-entry-main">
      <header class="liveblog-header"><div class="liveblog-entry-heading"><h2 class="liveblog-entry-headline">${title}</h2></div>
      <div class="liveblog-meta-authors"><span class="liveblog-meta-author"><img class="avatar" src="/a.jpg" alt="">Lena Morrow</span></div></header>
      <div class="liveblog-entry-content">${para(n)}${para(n + 1)}</div></div></div>`;
    const html = `<html><head><title>Storm live</title></head><body><div class="site-header"><h1 class="site-title">Harbour Gazette</h1><ul class="menu"><li><a href="/">Home</a></li></ul></div>
      <div class="liveblog-feed">${entry(1, 'Power restored to half of affected homes')}${entry(3, 'Rail services suspended on coastal line')}</div></body></html>`;
    const found = locateByReadability(parseHtml(html))!;
    expect(Array.from(found.querySelectorAll('h2')).map((h) => h.textContent)).toEqual(['Power restored to half of affected homes', 'Rail services suspended on coastal line']);
    expect(found.textContent).not.toContain('Lena Morrow');
    expect(found.textContent).not.toContain('Harbour Gazette');
  });

  it('puts the names back; a heading of other words keeps its id for Readability to judge', () => {
    const doc = parseHtml('<html><body><h2 id="comments-2" class="title x">Comments</h2><h2 id="footer-links">Links</h2></body></html>');
    shieldHeadings(doc);
    const [a, b] = Array.from(doc.querySelectorAll('h2'));
    expect([a!.getAttribute('id'), a!.getAttribute('class'), b!.getAttribute('id')]).toEqual([null, 'x', 'footer-links']);
    restoreHeadings(doc);
    expect([a!.getAttribute('id'), a!.getAttribute('class'), a!.hasAttribute('data-qw-id')]).toEqual(['comments-2', 'title x', false]);
  });
});
