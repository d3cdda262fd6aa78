// Where each removal stood (issue 10, "see and undo"): the anchors taken when something is
// removed are found again in the kept text once the article is segmented.
import '../../src/engine/readability.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanHtml, decodeHtml, type Article, type Piece, type Removal } from '../../src/index.js';
import { linesOf, placeRemovals } from '../../src/engine/removed-places.js';
import { parseHtml } from '../../src/node/parse.js';

const CORPUS = join(import.meta.dirname, '../corpus');

/** The article with its removals placed, as the reader places them when it shows them. */
const placed = (a: Article): Article => ({ ...a, removed: placeRemovals(a.removed, a.pieces) });

function corpusArticle(name: string): Article {
  const info = JSON.parse(readFileSync(join(CORPUS, name, 'case.json'), 'utf8')) as { url: string; entry: string };
  return placed(cleanHtml(decodeHtml(readFileSync(join(CORPUS, name, info.entry))).html, info.url));
}

/** The plain text of block `i` of a piece ("" when there is none). */
const blockText = (p: Piece | undefined, i: number): string => {
  const b = p?.blocks?.[i];
  return !b ? '' : b.type === 'list' ? b.items.join('') : b.type === 'table' ? b.rows.flat().join('') : b.type === 'image' ? '' : b.text;
};

describe('removal places', () => {
  it('an ad box that cut a sentence in two (yjbys) is placed right after the paragraph it cut, which repair joined', () => {
    const a = corpusArticle('yjbys-spring-composition');
    const ads = a.removed.filter((r) => r.reason === 'ad slot');
    expect(ads).toHaveLength(2);
    const around = [
      ['远远望去，好像树', '上落了一层雪。'],
      ['我每天放学回家第一', '件事就是去看看我的种子。'],
    ];
    ads.forEach((ad, k) => {
      expect(ad.paragraphs).toEqual(['精品推荐作文辅导课程，限时免费领取']);
      expect(ad.inline).toBe(true);
      const joined = blockText(a.pieces[ad.place!.piece], ad.place!.before - 1);
      expect(joined).toContain(around[k]!.join(''));
    });
  });

  it('a box between two paragraphs lands between those two paragraphs, with its whole text line by line', () => {
    // Five related links, more than the trace's 200 characters together.
    const links = ['甲', '乙', '丙', '丁', '戊'].map((n) => `春游作文${n}：和同学们一起去城外的小山上看看山上的风景，写一写春天的校园和田野（${n}）`);
    const html = `<html><head><title>春游</title></head><body><div id="content">
      <p>　　春天来了，校园里的花都开了，同学们在操场上快乐地奔跑，老师们站在一旁微笑着看着大家。</p>
      <p>　　我们班组织了一次春游活动，大家带着自己准备的食物，来到了城外的小山上，一起登高望远。</p>
      <div class="related"><ul>${links.map((t, i) => `<li><a href="/a/${i + 2}.html">${t}</a></li>`).join('')}</ul></div>
      <p>　　山顶上的风景真美，我们在那里拍了很多照片，还一起唱起了歌，大家都玩得很开心。</p>
      <p>　　傍晚时分，我们依依不舍地踏上了回家的路，这次春游让我们度过了难忘的一天。</p>
    </div></body></html>`;
    const a = placed(cleanHtml(html, 'https://www.example.com/a/1.html'));
    const box = a.removed.find((r) => r.text.startsWith('春游作文甲'))!;
    expect(box).toBeDefined();
    expect(box.text.length).toBeLessThanOrEqual(201); // the trace's one line, as before
    expect(box.text.endsWith('…')).toBe(true);
    expect(box.paragraphs).toEqual(links);
    expect(box.place).toEqual({ piece: 0, before: 2 });
    expect(box.inline).toBeUndefined();
    expect(blockText(a.pieces[0], 1)).toMatch(/^我们班组织了一次春游活动/);
    expect(blockText(a.pieces[0], 2)).toMatch(/^山顶上的风景真美/);
    expect(box).not.toHaveProperty('anchor');
  });

  it('a related list at the end (xuexila): its heading and its links, one after another, at the end of the last piece', () => {
    const a = corpusArticle('xuexila-debt-report');
    const last = a.pieces.length - 1;
    const end = { piece: last, before: a.pieces[last]!.blocks!.length };
    const tail = a.removed.filter((r) => r.reason === 'outro' || r.reason === 'related list');
    expect(tail.map((r) => r.text)).toEqual(['看了“2023年度个人述职报告（通用5篇）”的人还看了：', '1.2023年度个人述职报告范文', '2.2023年度个人述职报告精选5篇']);
    for (const r of tail) expect(r.place).toEqual(end);
  });

  it('the site rule’s slogan and the source line of a xiaorob page stand before the first block; the outro after the last', () => {
    const a = corpusArticle('xiaorob-my-mother-single');
    const at = (reason: string) => a.removed.find((r) => r.reason === reason)?.place;
    expect(at('site rule')).toEqual({ piece: 0, before: 0 });
    expect(at('source line')).toEqual({ piece: 0, before: 0 });
    expect(at('outro')).toEqual({ piece: 0, before: a.pieces[0]!.blocks!.length });
    // A hidden watermark between two paragraphs: between them.
    const hidden = a.removed.filter((r) => r.reason === 'hidden');
    expect(hidden.map((r) => r.place)).toEqual([1, 2, 3, 4].map((before) => ({ piece: 0, before })));
  });

  it('a site tail cut from a paragraph (m-yuanfw): only the part cut out, placed right after that paragraph', () => {
    const a = corpusArticle('m-yuanfw-spring-clone');
    const mark = a.removed.find((r) => r.reason === 'site watermark')!;
    expect(mark.inline).toBe(true);
    expect(mark.paragraphs).toEqual(['（来源：缘范文网 www.yuanfw.cn）']);
    const before = blockText(a.pieces[mark.place!.piece], mark.place!.before - 1);
    expect(before).toMatch(/^下课了，同学们像一群欢快的小鸟飞出教室/);
    expect(before).not.toContain('来源');
    expect(mark.text).toContain(`${before}（来源：缘范文网`);
  });

  it('without a context found in the article, or without an anchor, a removal has no place', () => {
    const pieces: Piece[] = [{ heading: null, paragraphs: ['甲乙丙丁戊己庚辛壬癸。'], blocks: [{ type: 'paragraph', text: '甲乙丙丁戊己庚辛壬癸。' }] }];
    const removed: Removal[] = [
      { step: 'prune', reason: 'hidden', text: 'x', anchor: { after: '不在文中的一段文字', next: '也不在文中的文字' } },
      { step: 'repair', reason: 'joined across an ad slot', text: '甲｜乙' },
    ];
    expect(placeRemovals(removed, pieces).map((r) => r.place)).toEqual([undefined, undefined]);
  });

  it('right before a piece heading is the end of the piece before; the engine’s own removals are not changed', () => {
    const pieces: Piece[] = [
      { heading: '篇一：春天的校园', paragraphs: ['春天来了，校园里的花都开了。'], blocks: [{ type: 'paragraph', text: '春天来了，校园里的花都开了。' }] },
      { heading: '篇二：夏天的校园', paragraphs: ['夏天到了，校园里的树更绿了。'], blocks: [{ type: 'paragraph', text: '夏天到了，校园里的树更绿了。' }] },
    ];
    const removed: Removal[] = [{ step: 'prune', reason: 'ad slot', text: '广告', anchor: { after: '被去除的导航文字', next: '篇二：夏天的校园夏天到了' } }];
    expect(placeRemovals(removed, pieces)[0]!.place).toEqual({ piece: 0, before: 1 });
    expect(removed[0]!.anchor).toBeDefined();
  });

  it('lines of a removed element: block elements and <br> end a line, scripts are no text', () => {
    const doc = parseHtml('<html><body><div id="x">标题<p>第一行<br>第二行</p><ul><li>一</li><li>二</li></ul><script>var a = 1;</script>尾</div></body></html>');
    expect(linesOf(doc.querySelector('#x')!)).toEqual(['标题', '第一行', '第二行', '一', '二', '尾']);
  });
});
