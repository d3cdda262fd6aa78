// No regular expression of the engine or the rules can be made to backtrack for long by a
// page: every one is checked with recheck (a ReDoS checker). Exponential ones fail outright;
// polynomial ones pass only where the text they see is bounded — a phrase rule's `max`, or
// a bound listed below with the place that enforces it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from 'recheck';
import { describe, expect, it, vi } from 'vitest';
import { constructedRegexes, regexLiterals, type FoundRegex } from './collect.js';

const ROOT = join(import.meta.dirname, '../..');

/** Polynomial patterns whose input is bounded elsewhere: [file, start of the source, bound, why]. */
const BOUNDED: [string, string, number, string][] = [
  ['src/engine/sitetalk.ts', '[（(【\\[]\\s{0,3}', 60, 'stripWatermarks reads the last TAIL_WINDOW characters of a block'],
  ['src/engine/images.ts', '^data:|', 2048, 'a source is cut to 2,048 characters before the test'],
  ['src/engine/images.ts', '<img\\b', 2000, "a <noscript>'s markup is cut to 2,000 characters"],
  ['src/engine/segment.ts', '^([【', 50, 'readMarker only reads blocks of ≤ 50 characters'],
  ['src/engine/segment.ts', '^(.{0,40}?)', 50, 'readMarker only reads blocks of ≤ 50 characters'],
  ['src/engine/segment.ts', '^(.{2,40}?)', 50, 'readMarker only reads blocks of ≤ 50 characters'],
  ['src/engine/segment.ts', '^[（(]\\s*([', 50, 'readMarker only reads blocks of ≤ 50 characters'],
  ['src/engine/segment.ts', '[（(【\\[]?\\s*(?:(?:精选', 300, 'titleBase sees the title, cut to MAX_TITLE_CHARS'],
  ['src/rules/generic.ts', '([零〇', 300, 'TITLE_COUNT sees the title, cut to MAX_TITLE_CHARS'],
  ['src/engine/meta.ts', '\\s*(?:[_|', 300, 'SEPARATORS split the title, cut to MAX_TITLE_CHARS'],
  ['src/engine/paging.ts', '(?:^|[\\s;{(])(?:(?:window', 2000, "buttonTarget reads an onclick's first 2,000 characters"],
  ['src/rules/generic.ts', '生成PDF|', 160, 'isPaywallBox tests PAYWALL_TEXT on boxes of ≤ 160 characters'],
  ['src/engine/meta.ts', '[\\s_|', 300, 'stripSiteSuffix sees the title, cut to MAX_TITLE_CHARS'],
];

/** Steps a pattern may take at most on its bounded input. */
const MAX_STEPS = 1e7;

/**
 * Worst-case steps of a pattern on `bound` characters. With only bounded quantifiers ({m,n},
 * ?, no * or +), each start position tries at most the product of their widths, whatever the
 * checker's asymptotic degree says; otherwise bound^degree.
 */
function worstSteps(source: string, bound: number, degree: number): number {
  const outsideClasses = source.replace(/\\./g, '').replace(/\[[^\]]*\]/g, '');
  if (/[*+]/.test(outsideClasses)) return bound ** degree;
  let product = bound;
  for (const [, n] of outsideClasses.matchAll(/\{\d*,?(\d+)\}/g)) product *= Number(n) + 1;
  return product;
}

async function allRegexes(): Promise<FoundRegex[]> {
  const literals = regexLiterals(['src/engine', 'src/rules']);
  // Patterns built at run time (from rule data, the title, a URL): record them while real pages are cleaned.
  const built = await constructedRegexes(async () => {
    vi.resetModules();
    const { cleanHtml } = await import('../../src/index.js');
    for (const [file, url] of [
      ['test/corpus/xiaorob-school-speeches-paged/169108.html', 'https://xiaorob.com/zhuanti/fanwen/169108.html'],
      ['test/corpus/blog-rust-cli/index.html', 'https://blog.example.org/posts/rust-cli/'],
    ] as const) {
      cleanHtml(readFileSync(join(ROOT, file), 'utf8'), url);
    }
  });
  const unique = new Map<string, FoundRegex>();
  for (const r of [...literals, ...built]) unique.set(`${r.flags}/${r.source}`, r);
  return [...unique.values()];
}

async function phraseBounds(): Promise<Map<string, number>> {
  const { GENERIC_BOILERPLATE } = await import('../../src/rules/generic.js');
  const { ORDINARY_PAGE_BOILERPLATE } = await import('../../src/rules/ordinary-pages.js');
  const { RULES } = await import('../../src/rules/index.js');
  const bounds = new Map<string, number>();
  for (const p of [...GENERIC_BOILERPLATE, ...ORDINARY_PAGE_BOILERPLATE, ...RULES.flatMap((r) => r.boilerplate ?? [])]) if (p.re) bounds.set(p.re.source, p.max);
  return bounds;
}

/**
 * The boilerplate gates of every list the engine builds (rule, generic, ordinary families): each
 * is the alternation of members that share one bound and are checked one by one above, and it
 * reads no longer text than that bound. Its worst case is the sum of theirs.
 */
async function gateSources(): Promise<Set<string>> {
  const { GENERIC_BOILERPLATE } = await import('../../src/rules/generic.js');
  const { ORDINARY_PAGE_BOILERPLATE } = await import('../../src/rules/ordinary-pages.js');
  const { RULES } = await import('../../src/rules/index.js');
  const { phraseGates } = await import('../../src/engine/boilerplate.js');
  const lists = [[...GENERIC_BOILERPLATE, ...ORDINARY_PAGE_BOILERPLATE], ...RULES.map((r) => [...(r.boilerplate ?? []), ...GENERIC_BOILERPLATE])];
  return new Set(lists.flatMap((l) => phraseGates(l).gates.map((g) => g.re.source)));
}

describe('ReDoS', () => {
  it('finds the regular expressions to check', async () => {
    const found = await allRegexes();
    expect(found.length).toBeGreaterThan(100);
    // Patterns built from data are among them (the segment markers, the label tokenizer).
    expect(found.some((r) => r.source.includes('发布时间|'))).toBe(true);
  });

  it('no pattern backtracks exponentially, and polynomial ones see bounded text', async () => {
    const found = await allRegexes();
    const phrases = await phraseBounds();
    const gates = await gateSources();
    const problems: string[] = [];
    const queue = found.filter((r) => !gates.has(r.source));
    const worker = async (): Promise<void> => {
      for (let r = queue.shift(); r; r = queue.shift()) {
        // The automaton checker is exact and deterministic; where it cannot decide (lookarounds),
        // the fuzzer, seeded so a run is repeatable.
        const flags = r.flags.replace(/[gy]/g, '');
        // (A generous timeout: under load a large alternation can need several seconds.)
        let res = await check(r.source, flags, { timeout: 30_000, checker: 'automaton' });
        if (res.status === 'unknown') res = await check(r.source, flags, { timeout: 10_000, checker: 'fuzz', randomSeed: 1 });
        if (res.status === 'safe') continue;
        if (res.status === 'unknown') {
          // Too hard to decide within the time: only acceptable on bounded text.
          const bound = phrases.get(r.source) ?? BOUNDED.find(([f, s]) => r.where.startsWith(f) && r.source.startsWith(s))?.[2];
          if (bound === undefined || bound > 400) problems.push(`${r.where} undecided and unbounded: /${r.source}/`);
          continue;
        }
        const c = res.complexity;
        if (c.type === 'exponential') {
          problems.push(`${r.where} exponential: /${r.source}/ (attack ${res.attack.pattern})`);
          continue;
        }
        const listed = BOUNDED.find(([f, s]) => r.where.startsWith(f) && r.source.startsWith(s));
        const bound = phrases.get(r.source) ?? listed?.[2];
        if (bound === undefined) problems.push(`${r.where} ${c.summary} on unbounded text: /${r.source}/ (attack ${res.attack.pattern})`);
        else if (worstSteps(r.source, bound, c.degree) > MAX_STEPS) problems.push(`${r.where} ${c.summary} with bound ${bound}: /${r.source}/`);
      }
    };
    await Promise.all(Array.from({ length: 4 }, worker));
    expect(problems).toEqual([]);
  }, 300_000);
});
