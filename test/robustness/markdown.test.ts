// Text that looks like Markdown or HTML must come out inert in the Markdown output: the
// dangerous sequences escaped, and the text itself still all there once unescaped.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, tempDir, xiaorobPage } from './helpers.js';

// Each paragraph as the reader sees it on the page, and as written in the HTML source.
const PARAS: [text: string, html: string][] = [
  ['# 不是标题，只是井号开头的一句话。', '# 不是标题，只是井号开头的一句话。'],
  ['## 也不是二级标题。', '## 也不是二级标题。'],
  ['* 不是列表项，只是星号开头的一句话。', '* 不是列表项，只是星号开头的一句话。'],
  ['- 不是列表项，只是减号开头。', '- 不是列表项，只是减号开头。'],
  ['+ 不是列表项，只是加号开头。', '+ 不是列表项，只是加号开头。'],
  ['1. 不是有序列表，只是数字开头。', '1. 不是有序列表，只是数字开头。'],
  ['> 不是引用，只是大于号开头。', '&gt; 不是引用，只是大于号开头。'],
  ["<script>alert('xss')</script>这段文字提到了脚本标签。", "&lt;script&gt;alert('xss')&lt;/script&gt;这段文字提到了脚本标签。"],
  ['<img src=x onerror=alert(3)>这是一个图片标签的文字。', '&lt;img src=x onerror=alert(3)&gt;这是一个图片标签的文字。'],
  ['[点这里](javascript:alert(1))领取奖品，这是链接语法的文字。', '[点这里](javascript:alert(1))领取奖品，这是链接语法的文字。'],
  ['![图片](javascript:alert(2))这是图片语法的文字。', '![图片](javascript:alert(2))这是图片语法的文字。'],
  ['<https://evil.example.com>尖括号网址和<a href="x">标签</a>的文字。', '&lt;https://evil.example.com&gt;尖括号网址和&lt;a href="x"&gt;标签&lt;/a&gt;的文字。'],
  ['`代码`和**加粗**和_斜体_和~~删除线~~的文字。', '`代码`和**加粗**和_斜体_和~~删除线~~的文字。'],
  ['实体&lt;b&gt;和&#20013;不应被解码成标签或字。', '实体&amp;lt;b&amp;gt;和&amp;#20013;不应被解码成标签或字。'],
  ['| 表格 | 不是表格 |这是竖线的文字。', '| 表格 | 不是表格 |这是竖线的文字。'],
];
const TITLE = '<script>标题</script> # 井号 [链接](javascript:x)';
const TITLE_HTML = '&lt;script&gt;标题&lt;/script&gt; # 井号 [链接](javascript:x)';

/** Undoes CommonMark backslash escapes (what a renderer shows). */
const unescape = (s: string) => s.replace(/\\([!-/:-@[-`{-~])/g, '$1');

describe('Markdown-looking and HTML-looking text is inert in the Markdown output', () => {
  let md = '';
  beforeAll(async () => {
    const dir = tempDir();
    const file = join(dir, '180001.html');
    // The title goes in <title> (raw text there) and in the <h1>.
    const html = xiaorobPage(TITLE_HTML, PARAS.map(([, h]) => `<p>　　${h}</p>`).join('\n'));
    writeFileSync(file, html);
    const r = await cli([file, '--url', 'https://xiaorob.com/zuowen/180001.html', '--format', 'md']);
    expect(r.code, r.err).toBe(0);
    md = r.out;
  });

  it('the page goes through the CLI and gives Markdown', () => expect(md).toMatch(/^# /m));

  const body = () => md.split('\n');

  it('no line opens a heading, list, quote or ordered list except the title', () => {
    const lines = body();
    const headings = lines.filter((l) => /^ {0,3}#{1,6}(\s|$)/.test(l));
    expect(headings, headings.join('\n')).toHaveLength(1); // the title only
    expect(lines.filter((l) => /^ {0,3}[*+-]\s/.test(l))).toEqual([]);
    expect(lines.filter((l) => /^ {0,3}\d{1,9}[.)]\s/.test(l))).toEqual([]);
    const quotes = lines.filter((l) => /^ {0,3}>/.test(l) && !/来源|source/i.test(l));
    expect(quotes).toEqual([]);
    expect(lines.filter((l) => /^ {4,}\S/.test(l) || /^\t/.test(l))).toEqual([]); // no indented code
  });

  it('no raw HTML: every "<" is escaped or opens the source autolink', () => {
    const raw = [...md.matchAll(/(?<!\\)<(?!(?:https?|file):\/\/[^\s<>]+>)/g)].map((m) => md.slice(m.index, m.index + 30));
    expect(raw).toEqual([]);
    expect(md).not.toMatch(/(?<!\\)<script/i);
  });

  it('no link or image syntax: "](" never follows an unescaped "[...]"', () => {
    expect(md).not.toMatch(/(?<!\\)\[[^\]\n]*(?<!\\)\]\(/);
    expect(md).not.toMatch(/(?<!\\)\]\(\s*javascript:/i);
  });

  it('no emphasis, code, strikethrough, table pipes or entities left live', () => {
    const text = md.replace(/<(?:https?|file):\/\/[^\s<>]+>/g, '');
    expect(text).not.toMatch(/(?<!\\)[`*~|]/);
    expect(text).not.toMatch(/(?<![\\\w])_(?=\S)/);
    expect(text).not.toMatch(/(?<!\\)&(?:#\d+;|#x[\da-f]+;|[a-z][a-z\d]*;)/i);
  });

  it('and nothing is lost: unescaped, every paragraph and the title are there as written', () => {
    const shown = unescape(md);
    for (const [text] of PARAS) expect(shown).toContain(text);
    expect(shown).toContain(TITLE);
  });
});
