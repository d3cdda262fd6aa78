// Labels set beside the text for screen readers and picture credits, and a lone time stamp:
// none is the author's prose. A longer element of the same name is kept.
import { describe, expect, it } from 'vitest';
import { extractBlocks } from '../../src/engine/blocks.js';
import { pruneBody } from '../../src/engine/prune.js';
import { Trace } from '../../src/engine/trace.js';
import { parseHtml } from '../../src/node/parse.js';

const texts = (html: string): string[] => {
  const doc = parseHtml(`<html><body><div id="b">${html}</div></body></html>`);
  const body = doc.querySelector('#b')!;
  pruneBody(body, null, new Trace());
  return extractBlocks(body, 0).map((b) => b.text);
};

describe('page labels', () => {
  it('drops screen-reader labels and image credits inside a figure', () => {
    const fig =
      '<figure><span class="ssrcss-1p-Copyright"><span class="ssrcss-9q-VisuallyHidden">Image source, </span>Friends of the Mill</span><img src="/m.jpg" alt="m"><figcaption><span class="sr-only">Image caption, </span>The new sails were lifted into place in February</figcaption></figure>';
    expect(texts(`<p>The mill turned its sails again.</p>${fig}`)).toEqual(['The mill turned its sails again.', 'The new sails were lifted into place in February']);
  });
  it('keeps a credit-named box outside a figure and a long screen-reader block', () => {
    const long = 'This long note is set for screen readers but it is also the only place where the page explains the chart in words, sentence by sentence.';
    expect(texts(`<p class="credit">Photo by the author.</p><div class="visually-hidden">${long}</div>`)).toEqual(['Photo by the author.', long]);
  });
  it('drops a time stamp alone on its line, keeps one inside a sentence', () => {
    expect(texts('<div class="meta"><time datetime="2024-05-12">12 May 2024</time></div><p>On <time datetime="2024-05-12">12 May</time> the pier reopened.</p>')).toEqual(['On 12 May the pier reopened.']);
  });
});
