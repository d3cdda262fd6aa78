import { describe, expect, it } from 'vitest';
import { escapeMarkdown, toMarkdown } from '../../src/format/index.js';
import { makeArticle, single } from './article.js';

describe('toMarkdown', () => {
  it('writes the title, the source line and every piece with its heading', () => {
    expect(toMarkdown(makeArticle())).toBe(
      [
        '# 2024年学校疫情防控讲话六篇',
        '',
        '> 来源：<https://xiaorob.com/zhuanti/fanwen/169108.html>',
        '',
        '## 学校疫情防控讲话篇一',
        '',
        '同志们：',
        '',
        '俗话说，行百里者半九十。',
        '',
        '## 学校疫情防控讲话篇二',
        '',
        '各位老师：',
        '',
        '时间仅剩不到一个月。',
        '',
      ].join('\n'),
    );
  });

  it('writes one piece under the article title', () => {
    const md = toMarkdown(makeArticle(), 1);
    expect(md).toBe(
      '# 2024年学校疫情防控讲话六篇\n\n> 来源：<https://xiaorob.com/zhuanti/fanwen/169108.html>\n\n## 学校疫情防控讲话篇二\n\n各位老师：\n\n时间仅剩不到一个月。\n',
    );
    expect(md).not.toContain('篇一');
  });

  it('writes no ## for a piece whose heading is null', () => {
    const md = toMarkdown(single(['我的妈妈很勤劳。', '她每天早起。']), undefined, { sourceLine: false });
    expect(md).toBe('# 2024年学校疫情防控讲话六篇\n\n我的妈妈很勤劳。\n\n她每天早起。\n');
    expect(md).not.toContain('##');
  });

  it('omits the source line on request', () => {
    expect(toMarkdown(makeArticle(), 0, { sourceLine: false })).not.toContain('来源');
  });

  it('writes YAML front matter on request', () => {
    const md = toMarkdown(makeArticle({ title: '标题 "引号"', byline: '张三' }), undefined, { frontMatter: true });
    expect(md.startsWith('---\ntitle: "标题 \\"引号\\""\nsource: "https://xiaorob.com/zhuanti/fanwen/169108.html"\nbyline: "张三"\nsite: "小六范文网"\npages: 2\npieces: 2\n---\n\n# 标题 "引号"\n')).toBe(true);
  });

  it('names the piece in the front matter of a single piece', () => {
    const md = toMarkdown(makeArticle(), 1, { frontMatter: true, sourceLine: false });
    expect(md).toContain('pieces: 2\npiece: 2\nheading: "学校疫情防控讲话篇二"\n---\n');
  });

  it('keeps line breaks inside a paragraph as backslash hard breaks', () => {
    expect(toMarkdown(single(['男：辞旧岁\n女：迎新春\n\n合：新年好']), undefined, { sourceLine: false })).toContain(
      '男：辞旧岁\\\n女：迎新春\\\n合：新年好\n',
    );
  });

  it('skips empty paragraphs and blank headings', () => {
    const md = toMarkdown(makeArticle({ pieces: [{ heading: '  ', paragraphs: ['', '  ', '正文'] }] }), undefined, { sourceLine: false });
    expect(md).toBe('# 2024年学校疫情防控讲话六篇\n\n正文\n');
  });

  it('escapes markup in titles and headings, including every #', () => {
    const md = toMarkdown(makeArticle({ title: '# C# 入门 #', pieces: [{ heading: '*篇一*\n[链接]', paragraphs: ['x'] }] }));
    expect(md.split('\n')[0]).toBe('# \\# C\\# 入门 \\#');
    expect(md).toContain('## \\*篇一\\* \\[链接\\]\n');
  });

  it('escapes a source address that is not a web address', () => {
    expect(toMarkdown(makeArticle({ url: 'javascript:alert(1)//<b>' }))).toContain('> 来源：javascript:alert(1)//\\<b>');
  });

  it('throws for a piece that does not exist', () => {
    expect(() => toMarkdown(makeArticle(), 5)).toThrow(RangeError);
  });
});

describe('escapeMarkdown', () => {
  const cases: [string, string][] = [
    ['# 不是标题', '\\# 不是标题'],
    ['## 也不是', '\\## 也不是'],
    ['> 不是引用', '\\> 不是引用'],
    ['- 不是列表', '\\- 不是列表'],
    ['+ 不是列表', '\\+ 不是列表'],
    ['* 不是列表', '\\* 不是列表'],
    ['1. 不是有序列表', '1\\. 不是有序列表'],
    ['2) 也不是', '2\\) 也不是'],
    ['---', '\\---'],
    ['===', '\\==='],
    ['- - -', '\\- - -'],
    ['*强调* 和 _强调_ 和 **粗体**', '\\*强调\\* 和 \\_强调\\_ 和 \\*\\*粗体\\*\\*'],
    // Template blanks keep plain underscores where they cannot open emphasis.
    ['甲方将其位于______市______区的房屋', '甲方将其位于______市______区的房屋'],
    ['出租方（甲方）：____________', '出租方（甲方）：____________'],
    ['____年____月____日', '\\_\\_\\_\\_年____月____日'],
    ['snake_case_name', 'snake_case_name'],
    ['__init__ 方法', '\\_\\_init\\_\\_ 方法'],
    ['`code` 和 ```', '\\`code\\` 和 \\`\\`\\`'],
    ['[x](javascript:alert(1))', '\\[x\\](javascript:alert(1))'],
    ['![图](a.png)', '!\\[图\\](a.png)'],
    ['<script>alert(1)</script>', '\\<script>alert(1)\\</script>'],
    ['a\\b', 'a\\\\b'],
    ['| 表 | 格 |', '\\| 表 \\| 格 \\|'],
    ['~~删除~~', '\\~\\~删除\\~\\~'],
    ['&amp; &#20013; &#x4e2d; &copy;', '\\&amp; \\&#20013; \\&#x4e2d; \\&copy;'],
    ['A & B &c', 'A & B &c'],
    ['    缩进四格', '缩进四格'],
    ['行尾两空格  ', '行尾两空格'],
  ];
  it.each(cases)('%s → %s', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it('leaves ordinary Chinese text and CJK punctuation alone', () => {
    const text = '同志们：“十三五”收官之年，【篇一】（一）1、2．《通知》——好！#话题#？';
    expect(escapeMarkdown(text)).toBe(text);
  });

  it('leaves markers that are not at a line start alone', () => {
    expect(escapeMarkdown('第1. 条 - 内容 + 更多 > 其他 # 号')).toBe('第1. 条 - 内容 + 更多 > 其他 # 号');
    expect(escapeMarkdown('-5℃ 与 +3℃，2024.1.1')).toBe('-5℃ 与 +3℃，2024.1.1');
  });

  it('escapes block openers on every line', () => {
    expect(escapeMarkdown('一\n# 二\n- 三')).toBe('一\n\\# 二\n\\- 三');
  });

  it('escapes a paragraph of a whole article the same way', () => {
    const md = toMarkdown(single(['# 标题', '* 列表', '<script>x</script>', '[x](javascript:alert(1))']), undefined, { sourceLine: false });
    expect(md).toBe('# 2024年学校疫情防控讲话六篇\n\n\\# 标题\n\n\\* 列表\n\n\\<script>x\\</script>\n\n\\[x\\](javascript:alert(1))\n');
  });
});
