// The source line's label follows the shell's language when it says so.
import { describe, expect, it } from 'vitest';
import { toMarkdown, toText } from '../../src/format/index.js';
import type { Article } from '../../src/engine/types.js';

const article: Article = {
  url: 'https://example.com/a/1.html', title: 'A title', byline: null, siteName: null, rule: 'generic',
  pages: 1, pageUrls: ['https://example.com/a/1.html'], failedPages: [], pieces: [{ heading: null, paragraphs: ['One.'] }], removed: [],
};

describe('sourceLabel', () => {
  it('is 来源： unless told otherwise', () => {
    expect(toMarkdown(article)).toContain('> 来源：<https://example.com/a/1.html>');
    expect(toText(article)).toContain('来源：https://example.com/a/1.html');
  });
  it('is the given label in both formats', () => {
    expect(toMarkdown(article, undefined, { sourceLabel: 'Source: ' })).toContain('> Source: <https://example.com/a/1.html>');
    expect(toText(article, undefined, { sourceLabel: 'Source: ' })).toContain('Source: https://example.com/a/1.html');
  });
});
