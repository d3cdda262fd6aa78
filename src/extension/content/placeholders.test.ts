import { describe, expect, it } from 'vitest';
import { splitPlaceholders } from './placeholders.js';

const marked = (text: string) => splitPlaceholders(text).filter((r) => r.placeholder).map((r) => r.text);

describe('splitPlaceholders', () => {
  it('finds the template blanks', () => {
    expect(marked('上级x实施，20xx年XX月××日，甲方：________，乙方＿＿＿，某某同志，○○学校')).toEqual(['x', 'xx', 'XX', '××', '________', '＿＿＿', '某某', '○○']);
  });
  it('leaves Latin words and single underscores alone', () => {
    expect(marked('Linux 和 Xbox 的 max_value，3×4，3 × 4')).toEqual([]);
    expect(marked('×年×月')).toEqual(['×', '×']);
    expect(marked('20xx年x月，XX学校（XX）')).toEqual(['xx', 'x', 'XX', 'XX']);
    expect(marked('no blanks here')).toEqual([]);
    expect(marked('安装 x86_64 版本，ThinkPad X1 Carbon，Xbox 手柄，1920x1080 屏幕，export 和 Linux 内核')).toEqual([]);
    expect(marked('the next box, six taxes, X-ray, Mr. Max')).toEqual([]);
  });
  it('keeps every character, in order', () => {
    const text = '时间：20xx年x月x日，地点：____。';
    expect(splitPlaceholders(text).map((r) => r.text).join('')).toBe(text);
  });
});
