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

describe('a live blog entry\'s time (round 26)', () => {
  it('drops a time stamp known by its name, on a line of its own before the entry heading; keeps a time in a sentence', () => {
    const entry = (time: string, heading: string): string =>
      `<article class="liveblog-entry"><header class="liveblog-meta"><a class="liveblog-meta-avatar" href="/a/"><img src="/a.png" alt=""></a><div class="liveblog-meta-authors"><a href="/a/">Cobi</a></div><a class="liveblog-meta-time" href="#e"><abbr class="liveblog-timestamp">${time}</abbr></a>${heading ? `<h2>${heading}</h2>` : ''}</header><div class="liveblog-entry-content"><p>The roads on the eastern half of the course have reopened.</p></div></article>`;
    expect(texts(entry('11:52 AM', 'Roads reopening') + entry('10:34', ''))).toEqual([
      'Cobi', 'Roads reopening', 'The roads on the eastern half of the course have reopened.', 'The roads on the eastern half of the course have reopened.',
    ]);
    expect(texts('<p>The race starts at <span class="post-time">9:05 AM</span> sharp.</p><p><span class="timestamp">Tuesday</span></p>')).toEqual(['The race starts at 9:05 AM sharp.', 'Tuesday']);
  });
});
