// Pages without an article say so; pages with one, however short or however crowded by
// lists, never do. Built as a user meets them: a portal's cards, search results, a thread.
import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../../src/index.js';
import { QingwenError } from '../../src/engine/errors.js';

const page = (body: string, title = '首页'): string =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const clean = (html: string) => cleanHtml(html, 'https://www.example.cn/list/');
const noArticle = (html: string): boolean => {
  try {
    clean(html);
    return false;
  } catch (e) {
    if (e instanceof QingwenError && e.code === 'no-article') return true;
    throw e;
  }
};

const HEADS = ['社区食堂开门迎客，老人吃饭不再难', '地铁四号线南延段今日通车试运营', '全市中小学秋季学期课后服务全面铺开', '老旧小区加装电梯工程提速推进', '城郊湿地公园完成生态修复一期工程', '夜间图书馆延长开放时间至晚十点'];
const SNIPPET = '记者从有关部门获悉，相关工作已经全面展开，预计年底前完成……';
const card = (h: string, i: number) => `<div class="card"><h3><a href="/news/${i}.html">${h}</a></h3><p>${SNIPPET}</p><span class="time">${i + 1}小时前</span></div>`;
const P1 = '今年以来，我们坚持以学生为中心，认真落实各项教学任务，取得了一定成绩，得到了家长的认可。';
const P2 = '下一步，我们将继续深化课堂教学改革，努力提高教学质量，让每一个孩子都能健康快乐地成长。';

describe('pages without an article', () => {
  it('a portal of teaser cards is no article', () => {
    expect(noArticle(page(`<div class="main">${HEADS.map(card).join('')}</div>`))).toBe(true);
  });

  it('search results (list items led by a headline link) are no article', () => {
    const items = HEADS.map((h, i) => `<li class="result"><a href="/t/${i}">${h}</a><p>${SNIPPET}</p><em>经验分享 2024-05-1${i}</em></li>`).join('');
    expect(noArticle(page(`<div id="results"><ul class="list">${items}</ul></div>`, '搜索结果'))).toBe(true);
  });

  it('a sign-in form with a line or two is no article', () => {
    const html = page('<main><h1>登录</h1><form><label>用户名</label><input name="u"><label>密码</label><input type="password" name="p"><button>登录</button></form><p>还没有账号？<a href="/reg">立即注册</a></p></main>', '登录');
    expect(noArticle(html)).toBe(true);
  });
});

describe('pages with an article stay articles', () => {
  it('a short story beside a longer list of headlines', () => {
    const related = `<ul class="list">${HEADS.map((h, i) => `<li class="item"><a href="/n/${i}.html">${h}</a></li>`).join('')}</ul>`;
    const html = page(`<div class="main"><h1>通知</h1><p>${P1}</p>${related}</div>`, '通知');
    expect(clean(html).pieces.flatMap((p) => p.paragraphs)).toContain(P1);
  });

  it('a thread of short replies, each led by its poster', () => {
    const posts = ['这个办法我试过，确实有效，谢谢楼主分享经验。', '同问，我家的也是这样，等高手来解答一下吧。', '顶一下，楼主写得很详细，收藏了慢慢看。', '我觉得还要注意通风，不然容易烂根。']
      .map((t, i) => `<div class="post"><a href="/u/${i}">园艺爱好者小王同学${i}</a><div class="message">${t}</div></div>`).join('');
    const html = page(`<div id="thread"><div class="first"><p>${P1}</p><p>${P2}</p></div>${posts}</div>`, '求助');
    expect(clean(html).pieces.flatMap((p) => p.paragraphs)).toContain(P1);
  });

  it('a quatrain alone on its page', () => {
    const html = page('<div class="poem"><p>床前明月光，</p><p>疑是地上霜。</p><p>举头望明月，</p><p>低头思故乡。</p></div>', '静夜思');
    expect(clean(html).pieces.flatMap((p) => p.paragraphs).join('')).toContain('低头思故乡');
  });

  it('a one-sentence news brief', () => {
    const html = page('<article><h1>快讯</h1><p>本市明日起对部分公交线路进行调整，具体以站牌公告为准。</p></article>', '快讯');
    expect(clean(html).pieces.flatMap((p) => p.paragraphs)).toEqual(['本市明日起对部分公交线路进行调整，具体以站牌公告为准。']);
  });
});

describe('a container too big to judge', () => {
  it('is kept as an article, in Node as in a browser (linkedom counts every element for "*")', async () => {
    const { isListing } = await import('../../src/engine/listing-page.js');
    const { parseHtml } = await import('../../src/node/parse.js');
    const item = (i: number): string => `<li class="item"><a href="/n/${i}.html">${HEADS[i % HEADS.length]}（${i}）</a><span class="t">2024-05-0${i % 9}</span></li>`;
    const small = parseHtml(page(`<ul class="list">${Array.from({ length: 40 }, (_, i) => item(i)).join('')}</ul>`)).querySelector('ul')!;
    expect(isListing(small)).toBe(true);
    const big = parseHtml(page(`<ul class="list">${Array.from({ length: 7000 }, (_, i) => item(i)).join('')}</ul>`)).querySelector('ul')!;
    expect(big.getElementsByTagName('*').length).toBe(21000);
    expect(isListing(big)).toBe(false);
  });
});
