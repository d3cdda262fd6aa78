import { describe, expect, it } from 'vitest';
import { fromSelf, parseActionOptions, parseToBackground, parseToContent, parseToOffscreen, parseToPanel, unwrap, type WireArticle } from './messages.js';

const article: WireArticle = {
  url: 'http://xiaorob.com/a.html',
  title: '标题',
  byline: null,
  siteName: '小六范文网',
  rule: 'empirecms',
  pages: 2,
  pageUrls: ['http://xiaorob.com/a.html', 'http://xiaorob.com/a_2.html'],
  failedPages: [],
  pieces: [{ heading: '篇一', paragraphs: ['一段。'] }, { heading: null, paragraphs: [] }],
};

describe('message validation', () => {
  it('accepts well-formed messages', () => {
    expect(parseToBackground({ type: 'copy', article, format: 'text' })).toEqual({ type: 'copy', article, format: 'text' });
    expect(parseToBackground({ type: 'download', article, format: 'markdown', piece: 1 })).toMatchObject({ piece: 1 });
    expect(parseToBackground({ type: 'found', pieces: 6 })).toEqual({ type: 'found', pieces: 6 });
    expect(parseToBackground({ type: 'copy', article, format: 'markdown', bare: true })).toEqual({ type: 'copy', article, format: 'markdown', bare: true });
    expect(parseToBackground({ type: 'load-converter', to: 'tw', files: ['x.js'] })).toEqual({ type: 'load-converter', to: 'tw' });
    expect(parseToContent({ type: 'open', toggle: true })).toEqual({ type: 'open', toggle: true });
    expect(parseToContent({ type: 'open' })).toEqual({ type: 'open', toggle: false });
    expect(parseToOffscreen({ type: 'offscreen-copy', text: 'x' })).toEqual({ type: 'offscreen-copy', text: 'x' });
  });
  it('rejects malformed ones', () => {
    expect(parseToBackground(null)).toBeNull();
    expect(parseToBackground({ type: 'copy', article, format: 'html' })).toBeNull();
    expect(parseToBackground({ type: 'copy', article, format: 'text', piece: 2 })).toBeNull(); // out of range
    expect(parseToBackground({ type: 'copy', article, format: 'text', piece: -1 })).toBeNull();
    expect(parseToBackground({ type: 'copy', article: { ...article, pieces: [{ heading: 1, paragraphs: [] }] }, format: 'text' })).toBeNull();
    expect(parseToBackground({ type: 'found', pieces: '6' })).toBeNull();
    expect(parseToBackground({ type: 'eval', code: '1' })).toBeNull();
    expect(parseToBackground({ type: 'copy', article, format: 'text', bare: 'yes' })).toBeNull();
    expect(parseToBackground({ type: 'load-converter', to: 'x.js' })).toBeNull();
    expect(parseToContent({ type: 'article', extra: 1 })).toEqual({ type: 'article' });
    expect(parseToContent('open')).toBeNull();
    expect(parseToOffscreen({ type: 'offscreen-copy', text: 3 })).toBeNull();
    expect(parseToOffscreen({ type: 'offscreen-copy', text: 'x', html: '<p>x</p>' })).toEqual({ type: 'offscreen-copy', text: 'x', html: '<p>x</p>' });
    expect(parseToOffscreen({ type: 'offscreen-copy', text: 'x', html: 1 })).toBeNull();
  });
  it('downloads Word, copies never; typed blocks are checked', () => {
    expect(parseToBackground({ type: 'download', article, format: 'docx' })).toEqual({ type: 'download', article, format: 'docx' });
    expect(parseToBackground({ type: 'copy', article, format: 'docx' })).toBeNull();
    expect(parseActionOptions({ format: 'docx' })).toEqual({ format: 'docx' });
    const blocks = [
      { type: 'paragraph', text: 'a' },
      { type: 'heading', level: 3, text: 'h' },
      { type: 'list', ordered: true, items: ['x'], levels: [0] },
      { type: 'table', rows: [['a', '']], spans: [[0, 0, 1, 2]] },
      { type: 'image', src: 'https://x.com/a.jpg', alt: '' },
    ];
    const withBlocks = { ...article, pieces: [{ heading: null, paragraphs: ['a'], blocks }] };
    expect(parseToBackground({ type: 'download', article: withBlocks, format: 'docx' })).not.toBeNull();
    for (const bad of [{ type: 'table', rows: [['a', 1]], spans: [] }, { type: 'list', ordered: 'yes', items: [], levels: [] }, { type: 'script', text: 'x' }, { type: 'image', src: 3, alt: '' }]) {
      expect(parseToBackground({ type: 'download', article: { ...article, pieces: [{ heading: null, paragraphs: [], blocks: [bad] }] }, format: 'docx' })).toBeNull();
    }
  });
  it('teaching a site: the picker from the panel, its outcome relayed back, a test case saved', () => {
    const saved = { result: 'saved', kind: 'remove', selector: 'div.note-x', matches: 1, site: 'xiaorob.com' };
    expect(parseToBackground({ type: 'start-picker', files: ['evil.js'] })).toEqual({ type: 'start-picker' });
    expect(parseToBackground({ type: 'picker-done', outcome: saved })).toEqual({ type: 'picker-done', outcome: saved });
    expect(parseToBackground({ type: 'picker-done', outcome: { result: 'cancelled', extra: 1 } })).toEqual({ type: 'picker-done', outcome: { result: 'cancelled' } });
    expect(parseToPanel({ type: 'picker-done', outcome: saved })).toEqual({ type: 'picker-done', outcome: saved });
    for (const bad of [
      { ...saved, kind: 'eval' },
      { ...saved, selector: '' },
      { ...saved, selector: 'x'.repeat(301) },
      { ...saved, matches: -1 },
      { ...saved, matches: '1' },
      { ...saved, site: 'Evil Site' },
      { result: 'done' },
      null,
    ]) {
      expect(parseToBackground({ type: 'picker-done', outcome: bad })).toBeNull();
      expect(parseToPanel({ type: 'picker-done', outcome: bad })).toBeNull();
    }
    // The panel's parser takes nothing else (the content script's own messages are not its).
    expect(parseToPanel({ type: 'open', toggle: true })).toBeNull();
    expect(parseToContent({ type: 'picker-done', outcome: saved })).toBeNull();

    const page = { url: 'http://xiaorob.com/a.html', contentType: 'text/html', data: 'PGh0bWw+' };
    expect(parseToBackground({ type: 'save-case', article, pages: [page] })).toEqual({ type: 'save-case', article, pages: [page] });
    expect(parseToBackground({ type: 'save-case', article, pages: [{ ...page, contentType: null }] })).not.toBeNull();
    for (const pages of [[], [{ ...page, data: '<html>' }], [{ ...page, url: 'file:///etc/passwd' }], [{ ...page, contentType: 3 }], Array(52).fill(page), 'x']) {
      expect(parseToBackground({ type: 'save-case', article, pages })).toBeNull();
    }
    expect(parseToBackground({ type: 'save-case', article: { ...article, title: 1 }, pages: [page] })).toBeNull();
  });
  it('checks automation options', () => {
    expect(parseActionOptions(undefined)).toEqual({});
    expect(parseActionOptions({ piece: 0, format: 'markdown' })).toEqual({ piece: 0, format: 'markdown' });
    expect(() => parseActionOptions({ piece: 1.5 })).toThrow(TypeError);
    expect(() => parseActionOptions({ format: 'pdf' })).toThrow(TypeError);
  });
  it('only trusts this extension', () => {
    expect(fromSelf({ id: 'abc' }, 'abc')).toBe(true);
    expect(fromSelf({ id: 'other' }, 'abc')).toBe(false);
    expect(fromSelf({}, 'abc')).toBe(false);
  });
  it('unwraps replies', () => {
    expect(unwrap({ ok: true, value: 3 })).toBe(3);
    expect(() => unwrap({ ok: false, error: 'boom' })).toThrow('boom');
    expect(() => unwrap(undefined)).toThrow('no valid reply');
  });
});
