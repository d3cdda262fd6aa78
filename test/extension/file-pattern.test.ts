// File-name patterns: {date} in local time, "/" as sub-folders (each part safe), an unknown
// placeholder never in a name, a piece always named apart, no empty {heading} folder.
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/engine/types.js';
import { downloadPath, localDate, unknownPlaceholders } from '../../src/extension/file-pattern.js';

const article: Article = {
  url: 'https://xiaorob.com/zhuanti/fanwen/169108.html', title: '学校讲话稿', byline: null, siteName: '小六范文网', rule: 'empirecms',
  pages: 1, pageUrls: [], failedPages: [], removed: [],
  pieces: [{ heading: '讲话篇一', paragraphs: ['一'] }, { heading: '讲话篇二', paragraphs: ['二'] }],
};
const day = new Date(2026, 0, 5, 23, 30); // local time

describe('file-name patterns', () => {
  it('knows {title} {heading} {index} {site} {date}, and names the rest', () => {
    expect(unknownPlaceholders('{date}/{site}/{title}-{heading}-{index}')).toEqual([]);
    expect(unknownPlaceholders('{title}-{author}-{Title}-{author}')).toEqual(['{author}', '{Title}']);
  });
  it('{date} is the local date', () => {
    expect(localDate(day)).toBe('2026-01-05');
    expect(downloadPath(article, undefined, '{date}-{title}', 'md', day)).toBe('2026-01-05-学校讲话稿.md');
  });
  it('"/" makes folders, each part made safe', () => {
    expect(downloadPath(article, 1, '{site}/{date}/{index}-{heading}', 'md', day)).toBe('小六范文网/2026-01-05/2-讲话篇二.md');
    expect(downloadPath({ ...article, siteName: 'a:b*?' }, undefined, '{site}/../{title}', 'txt', day)).toBe('a_b__/qingwen/学校讲话稿.txt');
  });
  it('an unknown placeholder is never written: the default name instead', () => {
    expect(downloadPath(article, undefined, '{title}-{author}', 'md', day)).toBe('学校讲话稿.md');
    expect(downloadPath(article, 0, '{site}/{author}', 'md', day)).toBe('学校讲话稿-讲话篇一.md');
  });
  it('a piece always has its heading in the name; the whole article never gets an empty {heading} folder', () => {
    expect(downloadPath(article, 0, '{site}/{title}', 'md', day)).toBe('小六范文网/学校讲话稿-讲话篇一.md');
    expect(downloadPath(article, undefined, '{site}/{heading}/{title}', 'md', day)).toBe('小六范文网/学校讲话稿.md');
    expect(downloadPath(article, undefined, '', 'md', day)).toBe('学校讲话稿.md');
  });
});
