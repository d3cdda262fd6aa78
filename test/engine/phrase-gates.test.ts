// The boilerplate gates (boilerplate.ts) are a necessary test: wherever a phrase family's own
// pattern matches a text it may read, a gate of its flags and bound matches too. Checked on
// every line of the corpus pages and on each family's hits there, so a gate that loses a
// family (a source that does not survive the alternation) fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { phraseGates } from '../../src/engine/boilerplate.js';
import { GENERIC_BOILERPLATE } from '../../src/rules/generic.js';
import { ORDINARY_PAGE_BOILERPLATE } from '../../src/rules/ordinary-pages.js';
import { RULES } from '../../src/rules/index.js';
import type { PhraseRule } from '../../src/rules/define.js';

const CORPUS = join(import.meta.dirname, '../corpus');

function corpusLines(): string[] {
  const out = new Set<string>();
  for (const dir of readdirSync(CORPUS, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    const encoding = (JSON.parse(readFileSync(join(CORPUS, dir.name, 'case.json'), 'utf8')) as { encoding?: string }).encoding ?? 'utf-8';
    for (const f of readdirSync(join(CORPUS, dir.name)).filter((f) => /\.html?$/.test(f))) {
      const { document } = parseHTML(new TextDecoder(encoding).decode(readFileSync(join(CORPUS, dir.name, f))));
      for (const el of Array.from(document.querySelectorAll('p, li, div, td, h1, h2, h3, h4, span, a, dd'))) {
        const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (t && t.length <= 400) out.add(t);
      }
    }
  }
  return [...out];
}

const lists: [string, PhraseRule[]][] = [
  ['generic and ordinary', [...GENERIC_BOILERPLATE, ...ORDINARY_PAGE_BOILERPLATE]],
  ...RULES.map((r): [string, PhraseRule[]] => [r.name, [...(r.boilerplate ?? []), ...GENERIC_BOILERPLATE]]),
];

describe('phrase gates', () => {
  const lines = corpusLines();

  it('cover every gated family wherever its own pattern matches', () => {
    expect(lines.length).toBeGreaterThan(1000);
    let hits = 0;
    for (const [name, phrases] of lists) {
      const { gates, ungated } = phraseGates(phrases);
      expect(gates.length).toBeGreaterThan(0);
      for (const p of phrases) {
        if (ungated.includes(p)) continue;
        for (const t of lines) {
          if (t.length > p.max || !p.re!.test(t)) continue;
          hits++;
          const open = gates.some((g) => t.length <= g.max && g.re.test(t));
          if (!open) expect.fail(`${name}: no gate opens for ${p.reason} /${p.re!.source.slice(0, 60)}/ on "${t.slice(0, 80)}"`);
        }
      }
    }
    // The corpus holds many boilerplate lines: the check is not vacuous.
    expect(hits).toBeGreaterThan(200);
  });

  it('leave out only what an alternation cannot hold unchanged', () => {
    const { ungated } = phraseGates([...GENERIC_BOILERPLATE, ...ORDINARY_PAGE_BOILERPLATE]);
    for (const p of ungated) expect(!p.re || !!p.labels || !!p.squashed || /[gy]/.test(p.re.flags) || /\\[1-9]|\\k<|\(\?<[a-zA-Z]/.test(p.re.source)).toBe(true);
  });

  it('keep a family whose pattern is an alternation of its own inside its group', () => {
    const a: PhraseRule = { reason: 'a', re: /^甲$|乙$/, max: 10 };
    const b: PhraseRule = { reason: 'b', re: /^丙/, max: 10 };
    const { gates } = phraseGates([a, b]);
    expect(gates).toHaveLength(1);
    for (const t of ['甲', '一乙', '丙丁']) expect(gates[0]!.re.test(t)).toBe(true);
    // Without the group around each member, "^甲$|乙$|^丙" would still hold these; "甲丙" must not open it.
    expect(gates[0]!.re.test('甲丙')).toBe(false);
  });
});
