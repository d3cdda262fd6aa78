// Text F1 as public article-extraction benchmarks score it: bags of word 4-grams, where a
// token is a run of letters/digits or a single CJK character.

const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]|[\p{L}\p{N}]+/gu;

export function tokens(text: string): string[] {
  return (text.normalize('NFKC').toLowerCase().match(TOKEN) ?? []) as string[];
}

function grams(text: string, n = 4): Map<string, number> {
  const t = tokens(text);
  const bag = new Map<string, number>();
  const add = (g: string): void => void bag.set(g, (bag.get(g) ?? 0) + 1);
  if (t.length < n && t.length > 0) add(t.join(' '));
  for (let i = 0; i + n <= t.length; i++) add(t.slice(i, i + n).join(' '));
  return bag;
}

export interface F1 {
  precision: number;
  recall: number;
  f1: number;
}

/** F1 of `output` against `gold` (both plain text). Empty against empty is perfect. */
export function textF1(output: string, gold: string): F1 {
  const o = grams(output);
  const g = grams(gold);
  let overlap = 0;
  let oTotal = 0;
  let gTotal = 0;
  for (const v of o.values()) oTotal += v;
  for (const [k, v] of g) {
    gTotal += v;
    overlap += Math.min(v, o.get(k) ?? 0);
  }
  if (!oTotal && !gTotal) return { precision: 1, recall: 1, f1: 1 };
  const precision = oTotal ? overlap / oTotal : 0;
  const recall = gTotal ? overlap / gTotal : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
