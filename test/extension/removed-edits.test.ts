// The user's choices over removals (content/removed-edits.ts): what the panel shows, copies and downloads.
import { describe, expect, it } from 'vitest';
import type { Article, Removal } from '../../src/engine/types.js';
import { Edits } from '../../src/extension/content/removed-edits.js';

const para = (text: string) => ({ type: 'paragraph' as const, text });

function article(removed: Removal[]): Article {
  return {
    url: 'https://xiaorob.com/a/1.html',
    title: '题目',
    byline: null,
    siteName: null,
    rule: 'generic',
    pages: 1,
    pageUrls: ['https://xiaorob.com/a/1.html'],
    failedPages: [],
    pieces: [
      { heading: null, paragraphs: ['甲。', '乙。'], blocks: [para('甲。'), para('乙。')] },
      { heading: '篇二', paragraphs: ['丙。', '甲。'], blocks: [para('丙。'), para('甲。')] },
    ],
    removed,
  };
}

const AD: Removal = { step: 'prune', reason: 'ad slot', text: '广告 一', paragraphs: ['广告', '一'], place: { piece: 0, before: 1 } };
const LOST: Removal = { step: 'prune', reason: 'hidden', text: '隐藏', paragraphs: ['隐藏'] };
const JOIN: Removal = { step: 'repair', reason: 'joined across an ad slot', text: '甲｜乙' };
const SCRIPT: Removal = { step: 'prune', reason: 'script or embed', text: 'show()', paragraphs: [], place: { piece: 0, before: 0 } };

describe('the user’s edits of an article', () => {
  it('untouched: the engine’s article itself; what is removed listed at its place, the place unknown apart, no scripts or repair notes', () => {
    const a = article([AD, LOST, JOIN, SCRIPT]);
    const e = new Edits().apply(a);
    expect(e.article).toBe(a);
    expect(e.removed.map((r) => [r.reason, r.at])).toEqual([
      ['ad slot', { piece: 0, before: 1 }],
      ['hidden', null],
    ]);
    expect(e.origins.map((o) => o.map((x) => x.kind))).toEqual([['kept', 'kept'], ['kept', 'kept']]);
  });

  it('a removal put back stands at its place, line by line, in blocks and paragraphs; one of unknown place at the end', () => {
    const edits = new Edits();
    const first = edits.apply(article([AD, LOST]));
    for (const r of first.removed) edits.restored.add(r.key);
    const e = edits.apply(article([AD, LOST]));
    expect(e.article.pieces[0]!.paragraphs).toEqual(['甲。', '广告', '一', '乙。']);
    expect(e.article.pieces[0]!.blocks).toEqual([para('甲。'), para('广告'), para('一'), para('乙。')]);
    expect(e.article.pieces[1]!.paragraphs).toEqual(['丙。', '甲。', '隐藏']);
    expect(e.origins[0]!.map((o) => o.kind)).toEqual(['kept', 'restored', 'restored', 'kept']);
    expect(e.removed).toEqual([]);
  });

  it('a block removed by hand leaves the article and is listed where it stood; equal texts are told apart by their order', () => {
    const edits = new Edits();
    const keys = edits.apply(article([])).origins.flat().map((o) => o.key);
    expect(new Set(keys).size).toBe(4); // 甲。 twice, with two keys
    edits.dropped.add(keys[3]!); // the second 甲。, in piece 2
    const e = edits.apply(article([]));
    expect(e.article.pieces.map((p) => p.paragraphs)).toEqual([['甲。', '乙。'], ['丙。']]);
    expect(e.removed).toEqual([{ key: keys[3], reason: null, step: null, lines: ['甲。'], block: para('甲。'), at: { piece: 1, before: 1 } }]);
    // The engine's article is not changed.
    expect(article([]).pieces[1]!.paragraphs).toEqual(['丙。', '甲。']);
  });

  it("a piece the user left as it was keeps the engine's paragraphs (a quote's two paragraphs stay two)", () => {
    const a = article([]);
    a.pieces[1] = { heading: '篇二', paragraphs: ['“甲。”', '——乙', '丙。'], blocks: [{ type: 'quote', text: '“甲。”\n——乙' }, para('丙。')] };
    const edits = new Edits();
    const keys = edits.apply(a).origins.flat().map((o) => o.key);
    edits.dropped.add(keys[0]!); // 甲。 in piece 1
    const e = edits.apply(a);
    expect(e.article.pieces.map((p) => p.paragraphs)).toEqual([['乙。'], ['“甲。”', '——乙', '丙。']]);
  });
});
