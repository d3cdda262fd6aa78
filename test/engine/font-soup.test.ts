// Old font soup: <font> tags that close and reopen in mid-sentence around <br> lines must not
// split the sentence (Readability makes paragraphs of <br> runs within one parent).
import { describe, expect, it } from 'vitest';
import '../../src/engine/readability.js';
import { cleanDocument } from '../../src/engine/extract.js';
import { cleanHtml } from '../../src/index.js';
import { parseHtml } from '../../src/node/parse.js';

const indent = '&nbsp;&nbsp;&nbsp;&nbsp;';
const page = (cell: string): string =>
  `<html><head><meta charset="utf-8"><title>发言稿</title></head><body><table width="760"><tr><td><font size="4"><b>教师节发言稿</b></font></td></tr><tr><td class="article">${cell}</td></tr></table></body></html>`;
const URL = 'http://www.example.cn/Article/3127.html';
/** Read in place (the CLI) and from a working copy of the page (the extension): the same. */
const text = (html: string): string[] => {
  const inPlace = cleanHtml(html, URL).pieces.flatMap((p) => p.paragraphs);
  expect(cleanDocument(parseHtml(html), URL).pieces.flatMap((p) => p.paragraphs)).toEqual(inPlace);
  return inPlace;
};

const A = '今天能作为优秀教师代表在这里发言，我心里既高兴又惭愧。高兴的是自己的工作得到了大家的认可，惭愧的是我做得还远远不够。';
const B1 = '这十年里，我带过四届毕业班。最让我难忘的是前年的一个学生，他父母都在外地打工，';
const B2 = '跟着奶奶生活，成绩一度落到全班倒数。去年他考上了县一中，打电话来的时候，我在电话这头哭了。';
const C = '当老师没有什么惊天动地的事，就是一天一天地上课、改作业、找学生谈心。可正是这些小事，让我觉得这份工作值得。';

describe('font soup', () => {
  it('a sentence where <font> tags close and reopen stays one paragraph', () => {
    const html = page(`<font face="宋体"><font size="2">${indent}${A}<br><br>${indent}${B1}</font></font><font face="宋体"><font size="2">${B2}<br><br>${indent}${C}<br></font></font>`);
    expect(text(html)).toEqual([A, B1 + B2, C]);
  });
  it('a <font size=0> jammer inside such a flow still goes', () => {
    const html = page(`<font face="宋体">${indent}${A}<br><br>${indent}${B1}<font size="0">本站原创</font>${B2}<br><br>${indent}${C}</font>`);
    expect(text(html)).toEqual([A, B1 + B2, C]);
  });
  it('a source line break between two <font> runs of Chinese is no space (CSS segment-break rule); between Latin words it is', () => {
    const html = page(`<font face="宋体">${indent}${B1}</font>\n<font face="宋体">${B2}</font><br><br>${indent}<b>Hello</b>\n<i>world</i> is what everyone says on the first morning of the school year.<br>`);
    expect(text(html)).toEqual([B1 + B2, 'Hello world is what everyone says on the first morning of the school year.']);
  });
});
