// The no-harm floor: without a site rule the result never keeps less than Readability's
// article. A guess by name that takes most of the text is noticed and undone.
import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../../src/index.js';
import { missingProse, inDoubt } from '../../src/engine/floor.js';

const P = [
  '今年以来，我们坚持以学生为中心，认真落实各项教学任务，取得了一定成绩，得到了家长的认可。',
  '下一步，我们将继续深化课堂教学改革，努力提高教学质量，让每一个孩子都能健康快乐地成长。',
  '最后，感谢各位老师一年来的辛勤付出，祝大家新年快乐，工作顺利，身体健康，阖家幸福。',
  '学校还组织了丰富多彩的课外活动，书法、合唱、足球等社团吸引了三百多名学生报名参加。',
  '在家校合作方面，我们每学期召开两次家长会，并开通了校长信箱，及时回应家长的意见和建议。',
];
const page = (body: string): string => `<!doctype html><html><head><meta charset="utf-8"><title>工作总结</title></head><body>${body}</body></html>`;
const paragraphs = (html: string): string[] => cleanHtml(html, 'https://www.school.example.cn/news/1.html').pieces.flatMap((p) => p.paragraphs);

describe('the no-harm floor', () => {
  it('most of the article inside a box named like a pager is kept', () => {
    const html = page(`<div id="wrap"><article><p>${P[0]}</p><p>${P[1]}</p><div class="pages"><p>${P[2]}</p><p>${P[3]}</p><p>${P[4]}</p></div></article><div class="footer">版权所有</div></div>`);
    // Readability keeps the box's three paragraphs; the engine's own reading, pruning the box by its name, kept none.
    expect(paragraphs(html)).toEqual(expect.arrayContaining(P.slice(2)));
  });

  it('a newsletter card beside the article still goes (a named box that is not most of the text)', () => {
    const card = `<div class="subscribe-card"><h3>订阅早报</h3><p>${'每天早上七点，我们把当天的通知整理成一封简短的早报，推送到你的手机上，订阅完全免费。'.repeat(2)}</p><form><input type="email"><button>订阅</button></form></div>`;
    const html = page(`<div class="main"><article><p>${P[0]}</p><p>${P[1]}</p><p>${P[2]}</p><p>${P[3]}</p></article>${card}</div>`);
    expect(paragraphs(html)).toEqual(P.slice(0, 4));
  });

  it('counts a block missing when most of its sentences are not in the result', () => {
    const ref = P.map((p) => p.replace(/\s/g, ''));
    expect(inDoubt(missingProse(ref, ref.slice(0, 2).join('')))).toBe(true);
    expect(inDoubt(missingProse(ref, ref.join('')))).toBe(false);
    // Removed on purpose (in a box pruned by name): not missing, unless such boxes take most of it.
    expect(inDoubt(missingProse(ref, ref.slice(0, 4).join(''), [ref[4]!]))).toBe(false);
    expect(inDoubt(missingProse(ref, ref[0]!, [ref.slice(1).join('')]))).toBe(true);
  });
});
