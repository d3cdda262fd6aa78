// A pull quote whose box a theme names "promo" (WordPress's wp-block-pullquote promo-quote) is a
// quotation, not an ad slot; and an English paragraph that ends '.”' is complete, so the one
// after it is never glued on (blind round 56).
import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../../src/index.js';
import { endsComplete } from '../../src/engine/text.js';

const P1 = 'Of the 212 cuttings grafted last year, about a third came from trees whose variety nobody knew. Dr Hannah Voss, who runs the identification table, says that is the point. “The ones that worry me are the ones that only exist in one garden.”';
const Q = 'People think an old variety is lost when the last big orchard goes. It is usually lost when one elderly neighbour moves into care.';
const P2 = 'Voss compares leaf, bud and bark against a reference collection and, in autumn, the fruit itself, tracing a local variety across several villages.';
const P0 = 'The scion wood arrives in a cool box, wrapped in damp newspaper and labelled in three different hands, some with a variety name and more with a description.';

describe('a pull quote named promo', () => {
  it('stays, and the paragraphs around it stay apart', () => {
    const html =
      `<!doctype html><html><head><meta charset="utf-8"><title>Saving the orchard – Field Notes</title></head><body><main><article class="post"><h1>Saving the orchard</h1><div class="entry-content">` +
      `<p>${P0}</p><p>${P1}</p><figure class="wp-block-pullquote promo promo-quote"><blockquote><p>${Q}</p><cite>Dr Hannah Voss</cite></blockquote></figure><p>${P2}</p>` +
      `<div class="promo"><a href="https://shop.example/sale"><img src="https://shop.example/b.jpg" width="300" height="250"></a></div></div></article></main></body></html>`;
    const out = cleanHtml(html, 'https://fieldnotes.example/2025/03/orchard/').pieces.flatMap((p) => p.paragraphs);
    // (The quote's <cite> is a line of its own; the shop's banner named promo goes.)
    expect(out).toEqual([P0, P1, Q, 'Dr Hannah Voss', P2]);
  });

  it('a full stop inside a closing quote ends the sentence', () => {
    expect(endsComplete('in one garden.”')).toBe(true);
    expect(endsComplete('he said "stop."')).toBe(true);
    expect(endsComplete('the ones that only exist in “one')).toBe(false);
  });
});
