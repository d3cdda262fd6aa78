import { describe, expect, it } from 'vitest';
import { NameBook } from '../../src/cli/output.js';

describe('NameBook', () => {
  it('hands out a name once and numbers the next ones, ignoring case', () => {
    const book = new NameBook();
    expect(book.claim('篇一.md')).toBe('篇一.md');
    expect(book.claim('篇一.md')).toBe('篇一 (2).md');
    expect(book.claim('篇一.MD')).toBe('篇一 (3).MD');
    expect(book.claim('Title.md')).toBe('Title.md');
    expect(book.claim('title.md')).toBe('title (2).md');
  });

  it('keeps a numbered name within 255 bytes', () => {
    const book = new NameBook();
    const long = '中'.repeat(84) + '.md';
    book.claim(long);
    const second = book.claim(long);
    expect(second.endsWith(' (2).md')).toBe(true);
    expect(new TextEncoder().encode(second).length).toBeLessThanOrEqual(255);
  });
});
