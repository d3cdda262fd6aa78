import { describe, expect, it } from 'vitest';
import { countChars } from '../../src/format/index.js';

describe('countChars', () => {
  it('counts CJK characters and punctuation', () => {
    expect(countChars('同志们：你好！')).toBe(7);
  });
  it('does not count white space, including the ideographic indent and line breaks', () => {
    expect(countChars('　　第一段\n\n　　第二 段\t')).toBe(6);
  });
  it('counts an emoji or a letter with a combining mark as one character', () => {
    expect(countChars('👨‍👩‍👧e\u0301')).toBe(2);
  });
  it('ignores zero-width characters', () => {
    expect(countChars('a\u200bb\ufeff')).toBe(2);
  });
  it('is zero for empty text', () => {
    expect(countChars('')).toBe(0);
  });
});
