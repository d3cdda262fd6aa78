// Property tests: random mutations of corpus pages that leave the content alone —
// boilerplate blocks duplicated, moved or dropped; ad slots inserted between paragraphs and
// inside a paragraph (splitting its text); white space changed between tags — must never
// make the engine throw, never leak a known boilerplate phrase, and never lose a gold
// paragraph (a paragraph split by an inserted ad must come back whole).
// The mutations and the check live in ./mutate.ts. QW_FC_SEED=n replays another seed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BY_NAME, CASES, WS, applyBoilerOps, caseArb, changeWhiteSpace, check, insertAdInside, insertAdsBetween, opArb, openPage, serialise } from './mutate.js';

const RUNS = 40;
const TIMEOUT = 60_000;

const params = { numRuns: RUNS, seed: Number(process.env.QW_FC_SEED ?? 20260401), endOnFailure: false };

describe('mutations that leave the content alone (fast-check)', () => {
  it('the unmutated pages pass the check (sanity)', () => {
    for (const c of CASES) {
      const p = openPage(c);
      expect(p.units.length, c.name).toBeGreaterThan(3);
      expect(p.boiler.length, c.name).toBeGreaterThan(0);
      check(c, serialise(p));
    }
  });

  it('boilerplate blocks duplicated, moved and dropped', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(caseArb, fc.array(opArb, { minLength: 1, maxLength: 6 }), (name, ops) => {
        const c = BY_NAME.get(name)!;
        const p = openPage(c);
        applyBoilerOps(p, ops);
        check(c, serialise(p));
      }),
      params,
    );
  });

  it('ad slots inserted between paragraphs', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(caseArb, fc.array(fc.record({ at: fc.nat(), after: fc.boolean() }), { minLength: 1, maxLength: 5 }), (name, at) => {
        const c = BY_NAME.get(name)!;
        const p = openPage(c);
        insertAdsBetween(p, at);
        check(c, serialise(p));
      }),
      params,
    );
  });

  it('an ad slot inserted inside a paragraph, splitting its text: the paragraph comes back whole', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), fc.nat(), (name, which, cut) => {
        const c = BY_NAME.get(name)!;
        const p = openPage(c);
        insertAdInside(p, which, cut);
        check(c, serialise(p));
      }),
      params,
    );
  });

  it('white space changed between tags', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(caseArb, fc.array(fc.record({ pos: fc.nat(), ws: WS }), { minLength: 1, maxLength: 60 }), (name, picks) => {
        const c = BY_NAME.get(name)!;
        check(c, changeWhiteSpace(serialise(openPage(c)), picks));
      }),
      params,
    );
  });

  it('all of it at once', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(
        caseArb,
        fc.array(opArb, { maxLength: 4 }),
        fc.array(fc.record({ at: fc.nat(), after: fc.boolean() }), { maxLength: 3 }),
        fc.option(fc.tuple(fc.nat(), fc.nat()), { nil: undefined }),
        fc.array(fc.record({ pos: fc.nat(), ws: WS }), { maxLength: 40 }),
        (name, ops, ads, inside, picks) => {
          const c = BY_NAME.get(name)!;
          const p = openPage(c);
          if (inside) insertAdInside(p, inside[0], inside[1]);
          applyBoilerOps(p, ops);
          insertAdsBetween(p, ads);
          check(c, changeWhiteSpace(serialise(p), picks));
        },
      ),
      params,
    );
  });
});
