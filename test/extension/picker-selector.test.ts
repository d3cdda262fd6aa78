import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/node/parse.js';
import { deriveSelector, looksStable, matchCount } from '../../src/extension/picker/selector.js';

const doc = parseHtml(`<html><body>
<div id="main" class="wrap"><p>一</p><div class="note-x css-1x9k2q">二</div><p>三</p><div class="a8f3e2"><span>四</span></div></div>
<div class="sidebar"><ul><li>甲</li><li>乙</li></ul></div>
<div class="ad-box">广告一</div><div class="ad-box">广告二</div>
<div id="post-123456"><p>五</p><p>六</p></div>
</body></html>`);
const $ = (s: string) => doc.querySelector(s)!;

describe('the picker: a robust selector', () => {
  it('tells names people write from generated ones', () => {
    for (const ok of ['content', 'note-x', 'article_body', 'articleBody', 'h2title', 'ad-box']) expect(looksStable(ok), ok).toBe(true);
    for (const bad of ['css-1x9k2q', 'sc-bdVaJa', 'a8f3e2', 'x1b9kq', 'hVzEzU', 'post-123456', '_3xk2', 'jss12']) expect(looksStable(bad), bad).toBe(false);
  });

  it('takes a stable id or class, never a hash; a class shared by like boxes matches them all', () => {
    expect(deriveSelector($('#main'))).toBe('#main');
    expect(deriveSelector($('.note-x'))).toBe('div.note-x');
    expect(deriveSelector($('.ad-box'))).toBe('div.ad-box');
    expect(matchCount(doc, 'div.ad-box')).toBe(2);
  });

  it('else the nearest stable ancestor and the shortest way down, nth-of-type only when needed', () => {
    expect(deriveSelector($('.a8f3e2 span'))).toBe('#main span');
    expect(deriveSelector($('#main > p:nth-of-type(2)'))).toBe('#main > p:nth-of-type(2)');
    expect(deriveSelector($('.sidebar li:nth-of-type(2)'))).toBe('div.sidebar > ul > li:nth-of-type(2)');
    // No stable name up to <body>: a path from it, each step as short as it can be.
    const p = doc.querySelectorAll('[id^="post-"] p')[1]!;
    const sel = deriveSelector(p);
    expect(sel).toBe('body > div:nth-of-type(5) > p:nth-of-type(2)');
    expect(doc.querySelector(sel)).toBe(p);
  });
});
