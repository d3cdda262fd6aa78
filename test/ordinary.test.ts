// Ordinary pages (news, blogs, forums, wikis, docs, government, novels; English and Chinese),
// written blind to the engine: Qingwen must lose nothing a reader view keeps. Scored as
// article-extraction benchmarks score (text F1 on word 4-grams, test/helpers/f1.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { scoreCases, type Row } from '../scripts/ordinary.js';

const GAPS = JSON.parse(readFileSync(join(import.meta.dirname, 'ordinary/known-gaps.json'), 'utf8')) as Record<string, { minRecall?: number; why: string }>;
/** Each page's recall as last measured: a ratchet, so a fixed page cannot quietly lose text again. */
const RATCHET = JSON.parse(readFileSync(join(import.meta.dirname, 'ordinary/recall-ratchet.json'), 'utf8')) as Record<string, number>;
let rows: Row[] = [];

describe('ordinary pages', () => {
  beforeAll(async () => {
    rows = await scoreCases([join(import.meta.dirname, 'ordinary')]);
  }, 120_000);

  it('has at least 30 pages with an article, in both languages', () => {
    const articles = rows.filter((r) => !r.noArticle);
    expect(articles.length).toBeGreaterThanOrEqual(30);
    expect(articles.filter((r) => r.name.startsWith('zh-')).length).toBeGreaterThanOrEqual(10);
    expect(articles.filter((r) => r.name.startsWith('en-')).length).toBeGreaterThanOrEqual(10);
  });

  it('never says "no article" where Readability finds one', () => {
    expect(rows.filter((r) => !r.noArticle && r.qingwen.said === 'no-article' && r.readability.said === 'article').map((r) => r.name)).toEqual([]);
  });

  it('keeps on every page at least what Readability keeps (known gaps held to their figure)', () => {
    const worse = rows
      .filter((r) => !r.noArticle)
      .filter((r) => {
        const gap = GAPS[r.name];
        const floor = gap ? (gap.minRecall ?? 0) : Math.min(0.95, r.readability.recall) - 0.02;
        return r.qingwen.recall < floor;
      })
      .map((r) => `${r.name}: recall ${r.qingwen.recall.toFixed(3)} (Readability ${r.readability.recall.toFixed(3)})`);
    expect(worse).toEqual([]);
  });

  it('keeps on every page at least the recall it last had (test/ordinary/recall-ratchet.json)', () => {
    const lower = rows.filter((r) => !r.noArticle && RATCHET[r.name] !== undefined && r.qingwen.recall < RATCHET[r.name]! - 0.01);
    expect(lower.map((r) => `${r.name}: recall ${r.qingwen.recall.toFixed(3)}, was ${RATCHET[r.name]}`)).toEqual([]);
  });

  it('scores at least Readability over the set', () => {
    const articles = rows.filter((r) => !r.noArticle);
    const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(articles.map((r) => r.qingwen.f1))).toBeGreaterThanOrEqual(mean(articles.map((r) => r.readability.f1)));
  });

  it('says so on the pages without an article, but for the known gaps', () => {
    expect(rows.filter((r) => r.noArticle && r.qingwen.said === 'article' && !GAPS[r.name]).map((r) => r.name)).toEqual([]);
  });
});
