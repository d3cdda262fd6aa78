import { describe, expect, it } from 'vitest';
import { cleanDocument, extractArticle } from '../../src/engine/extract.js';
import { parseHtml } from '../../src/node/parse.js';
import { describeProblem } from '../../src/rules/user-messages.js';
import { domSelectorCheck, parseRulesFile, userRuleFor, validateRules, type UserRule } from '../../src/rules/user.js';

const P = [
  '春天来了，校园里的花都开了，同学们在操场上快乐地奔跑，老师们站在一旁微笑着看着大家。',
  '我们班组织了一次春游活动，大家带着自己准备的食物，来到了城外的小山上，一起登高望远。',
  '这次活动让我明白了团结的重要，也让我更加热爱我们这个温暖的集体，我会永远记住这一天。',
];

/** An ordinary article page: the engine finds #main by its paragraphs. */
function page(extra: { before?: string; inside?: string; after?: string; aside?: string } = {}): string {
  return `<html><head><title>一次难忘的春游</title></head><body>
<div id="nav"><a href="/">首页</a> <a href="/a">作文</a></div>
${extra.aside ?? ''}
<div id="main"><h1>一次难忘的春游</h1>
<p>${P[0]}</p>${extra.before ?? ''}<p>${P[1]}</p>${extra.inside ?? ''}<p>${P[2]}</p>${extra.after ?? ''}</div>
</body></html>`;
}

const check = domSelectorCheck(parseHtml('<html><body></body></html>'));
const text = (html: string, url: string, userRules?: UserRule[]) => {
  const a = cleanDocument(parseHtml(html), url, { disposable: true, ...(userRules ? { userRules } : {}) });
  return { paragraphs: a.pieces.flatMap((p) => p.paragraphs), article: a };
};
const rule = (r: Partial<UserRule> & { hosts: string[] }): UserRule => ({ remove: [], keep: [], ...r });

describe('user rules: the engine', () => {
  const leak = '<div class="note-x">另外，学校食堂下周一起调整开放时间，请同学们留意班级群里的通知安排。</div>';
  it('remove takes a leaked block out, traced as 用户规则', () => {
    const html = page({ before: leak });
    expect(text(html, 'https://example.cn/a/1.html').paragraphs.join('\n')).toContain('学校食堂下周');
    const { paragraphs, article } = text(html, 'https://example.cn/a/1.html', [rule({ hosts: ['example.cn'], remove: ['.note-x'] })]);
    expect(paragraphs).toEqual(P);
    expect(article.removed).toContainEqual(expect.objectContaining({ step: 'user rule', reason: '用户规则', text: '另外，学校食堂下周一起调整开放时间，请同学们留意班级群里的通知安排。' }));
  });

  it('keep puts back a block the engine drops, in document order', () => {
    // The family's rule drops .pdfdown (a download button there): the user keeps this one's text.
    const box = '<div class="pdfdown">附：我们在山顶上合影留念，这张照片至今还挂在教室的墙上。</div>';
    const html = page({ inside: box }).replace('<div id="main">', '<div id="content">');
    const url = 'https://www.xiaorob.com/a/1.html';
    expect(text(html, url).paragraphs).toEqual(P);
    const { paragraphs } = text(html, url, [rule({ hosts: ['xiaorob.com'], keep: ['.pdfdown'] })]);
    expect(paragraphs).toEqual([P[0], P[1], '附：我们在山顶上合影留念，这张照片至今还挂在教室的墙上。', P[2]]);
  });

  it('keep brings back a block outside the container and a hidden one, each at its place', () => {
    const html = page({ aside: '<div class="intro">编者按：这是一篇学生习作，记录了春游的点滴，值得一读。</div>', after: '<p style="display:none">后记：回家以后我把这一天写进了日记。</p>' });
    const url = 'https://www.example.cn/a/1.html';
    expect(text(html, url).paragraphs).toEqual(P);
    const { paragraphs } = text(html, url, [rule({ hosts: ['example.cn'], keep: ['p[style]', '.intro'] })]);
    expect(paragraphs).toEqual(['编者按：这是一篇学生习作，记录了春游的点滴，值得一读。', ...P, '后记：回家以后我把这一天写进了日记。']);
  });

  it('keep does not repeat a block the engine kept anyway', () => {
    const url = 'https://example.cn/a/1.html';
    expect(text(page(), url, [rule({ hosts: ['example.cn'], keep: ['#main p'] })]).paragraphs).toEqual(P);
  });

  it('body overrides the container the engine picks', () => {
    const other = `<div id="story"><p>${'这是另一篇短文的第一段，写的是秋天的田野和金黄的稻谷。'}</p><p>这是另一篇短文的第二段，写的是丰收的喜悦。</p></div>`;
    const html = page({ aside: other });
    const url = 'https://example.cn/a/1.html';
    expect(text(html, url).paragraphs).toContain(P[0]);
    expect(text(html, url, [rule({ hosts: ['example.cn'], body: '#story' })]).paragraphs).toEqual([
      '这是另一篇短文的第一段，写的是秋天的田野和金黄的稻谷。',
      '这是另一篇短文的第二段，写的是丰收的喜悦。',
    ]);
  });

  it('hosts match the host and its subdomains, never a look-alike or another site', () => {
    const html = page({ before: leak });
    const rules = [rule({ hosts: ['example.cn'], remove: ['.note-x'] })];
    expect(text(html, 'http://m.example.cn/a/1.html', rules).paragraphs).toEqual(P);
    const plain = text(html, 'https://other.cn/a/1.html').article;
    for (const url of ['https://badexample.cn/a/1.html', 'https://other.cn/a/1.html']) {
      const { article } = text(html, url, rules);
      expect(article.pieces).toEqual(text(html, url).article.pieces);
      expect(article.removed.some((r) => r.reason === '用户规则')).toBe(false);
    }
    expect(plain.pieces.flatMap((p) => p.paragraphs).join('')).toContain('学校食堂下周');
  });

  it('applies to every page of a paged article', async () => {
    const first = page({ before: leak, after: '<div class="pager"><a href="/a/1_2.html">下一页</a></div>' });
    const second = page({ inside: leak }).replace(/春天来了/, '夏天到了').replace(/春游活动/, '夏令营').replace(/温暖的集体/, '可爱的集体');
    const a = await extractArticle(parseHtml(first), 'https://example.cn/a/1.html', {
      disposable: true,
      userRules: [rule({ hosts: ['example.cn'], remove: ['.note-x'] })],
      fetchPage: async () => parseHtml(second),
    });
    expect(a.pages).toBe(2);
    expect(a.pieces.flatMap((p) => p.paragraphs).join('')).not.toContain('学校食堂下周');
    expect(a.removed.filter((r) => r.reason === '用户规则')).toHaveLength(2);
  });

  it('folds every rule for the host: remove and keep of all, the most specific body', () => {
    const r = userRuleFor(
      [rule({ hosts: ['example.cn'], body: '#a', remove: ['.x'] }), rule({ hosts: ['m.example.cn'], body: '#b', keep: ['.k'] }), rule({ hosts: ['else.cn'], remove: ['.y'] })],
      'http://m.example.cn/1.html',
    );
    expect(r).toEqual({ hosts: ['example.cn', 'm.example.cn'], body: '#b', remove: ['.x'], keep: ['.k'] });
    expect(userRuleFor([rule({ hosts: ['example.cn'] })], 'not a url')).toBeNull();
  });
});

describe('user rules: the file', () => {
  const file = (rules: unknown, extra: Record<string, unknown> = {}) => JSON.stringify({ qingwenRules: 1, rules, ...extra });
  const problem = (text: string) => {
    const r = parseRulesFile(text, check);
    if (r.ok) throw new Error('accepted');
    return { ...r.problem, en: describeProblem(r.problem, 'en'), zh: describeProblem(r.problem, 'zh') };
  };

  it('reads the shape of the issue, hosts in lower case, defaults for remove and keep', () => {
    const r = parseRulesFile(`\uFEFF${file([{ hosts: ['Example.CN'], body: '#main', remove: ['.ad', 'div.x > p'] }, { hosts: ['a.example.org'], keep: ['.k'] }])}`, check);
    expect(r).toEqual({
      ok: true,
      rules: [
        { hosts: ['example.cn'], body: '#main', remove: ['.ad', 'div.x > p'], keep: [] },
        { hosts: ['a.example.org'], remove: [], keep: ['.k'] },
      ],
    });
  });

  it('refuses a bad file with one line that names the rule and the field', () => {
    expect(problem('{"qingwenRules": 1,')).toMatchObject({ code: 'not-json', en: 'bad rules file: it is not JSON' });
    expect(problem(JSON.stringify({ qingwenRules: 2, rules: [] }))).toMatchObject({ code: 'version', field: 'qingwenRules' });
    expect(problem(file([], { extra: true }))).toMatchObject({ code: 'unknown-key', field: 'extra', rule: null });
    expect(problem(JSON.stringify({ qingwenRules: 1, rules: {} }))).toMatchObject({ code: 'type', field: 'rules' });
    const sel = problem(file([{ hosts: ['a.cn'] }, { hosts: ['b.cn'], remove: ['.ok', 'div['] }]));
    expect(sel).toMatchObject({ code: 'selector', rule: 2, field: 'remove[2]', value: 'div[' });
    expect(sel.en).toBe('bad rules file: rule 2, field "remove[2]": "div[" is not a valid CSS selector');
    expect(sel.zh).toBe('规则文件有误：第 2 条规则的 "remove[2]"："div[" 不是有效的 CSS 选择器');
    expect(problem(file([{ hosts: ['a.cn'], script: 'alert(1)' }]))).toMatchObject({ code: 'unknown-key', rule: 1, field: 'script' });
    expect(problem(file([{ hosts: 'a.cn' }]))).toMatchObject({ code: 'type', rule: 1, field: 'hosts', expected: 'array' });
    expect(problem(file([{ hosts: [] }]))).toMatchObject({ code: 'empty', rule: 1, field: 'hosts' });
    expect(problem(file([{ hosts: ['a.cn'], keep: [3] }]))).toMatchObject({ code: 'type', rule: 1, field: 'keep[1]', expected: 'string' });
    expect(problem(file([{ hosts: ['a.cn'], body: '' }]))).toMatchObject({ code: 'empty', field: 'body' });
    expect(problem(file(['a.cn']))).toMatchObject({ code: 'not-object', rule: 1 });
    for (const bad of ['cn', 'http://a.cn', 'a.cn/x', '*.a.cn', 'a .cn', '-a.cn', 'a.cn:80', 'ａ.cn']) {
      expect(problem(file([{ hosts: [bad] }])), bad).toMatchObject({ code: 'host', rule: 1, field: 'hosts[1]' });
    }
  });

  it('has size limits, so a hostile file cannot make the engine slow', () => {
    expect(problem(file(Array.from({ length: 201 }, () => ({ hosts: ['a.cn'] }))))).toMatchObject({ code: 'too-many', field: 'rules', limit: 200 });
    expect(problem(file([{ hosts: ['a.cn'], remove: Array.from({ length: 51 }, () => '.a') }]))).toMatchObject({ code: 'too-many', field: 'remove' });
    expect(problem(file([{ hosts: ['a.cn'], remove: [`.${'a'.repeat(300)}`] }]))).toMatchObject({ code: 'too-long', field: 'remove[1]', limit: 300 });
    expect(problem(' '.repeat(256 * 1024 + 1))).toMatchObject({ code: 'too-large' });
    expect(validateRules([], check)).toMatchObject({ ok: false, problem: { code: 'not-object', rule: null } });
  });
});

describe('sites the user added to a known family', () => {
  it('the family rule applies on the added host and its subdomains, never elsewhere', async () => {
    const { findRule } = await import('../../src/rules/index.js');
    const empirecms = (await import('../../src/rules/empirecms.js')).default;
    const doc = parseHtml(page());
    const extra = [{ host: 'clone.cn', family: empirecms.name }];
    expect(findRule(doc, 'https://www.clone.cn/a/1.html')).toBeNull();
    expect(findRule(doc, 'https://www.clone.cn/a/1.html', extra)).toBe(empirecms);
    expect(findRule(doc, 'https://clone.cn/a/1.html', extra)).toBe(empirecms);
    expect(findRule(doc, 'https://notclone.cn/a/1.html', extra)).toBeNull();
    expect(findRule(doc, 'https://clone.cn/a/1.html', [{ host: 'clone.cn', family: 'unknown' }])).toBeNull();
    const a = cleanDocument(parseHtml(page()), 'https://www.clone.cn/a/1.html', { disposable: true, extraSites: extra });
    expect(a.rule).toBe(empirecms.name);
  });
});

describe('a stored rule read by the content script (shape only)', () => {
  it('takes lists of strings within the limits, nothing else', async () => {
    const { ruleShape } = await import('../../src/rules/user.js');
    expect(ruleShape({ hosts: ['a.cn'], remove: ['.x'] })).toEqual({ hosts: ['a.cn'], remove: ['.x'], keep: [] });
    expect(ruleShape({ hosts: ['a.cn'], body: '#b', keep: ['.k'] })).toEqual({ hosts: ['a.cn'], body: '#b', remove: [], keep: ['.k'] });
    for (const bad of [null, [], 'x', { hosts: [] }, { hosts: 'a.cn' }, { hosts: ['a.cn'], remove: [1] }, { hosts: ['a.cn'], body: 3 }, { hosts: ['a.cn'], keep: Array(51).fill('.a') }, { hosts: ['a.cn'], remove: ['a'.repeat(301)] }]) {
      expect(ruleShape(bad), JSON.stringify(bad)?.slice(0, 40)).toBeNull();
    }
  });
});
