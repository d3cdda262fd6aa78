// The corpus scorer (../shared/tools/score.py) in TypeScript, so the project's tests need
// no Python and no ../shared: same normalisation, same notion of "perfect".
export interface Gold {
  url: string;
  title: string;
  pieces: { heading: string | null; paragraphs: string[] }[];
}
export interface Output {
  title?: string | null;
  pieces?: { heading?: string | null; paragraphs?: string[] }[];
}
export interface Score {
  perfect: boolean;
  title: boolean;
  piecesOk: boolean;
  headingsOk: boolean;
  exact: number;
  paragraphs: number;
  leakedChars: number;
  lostChars: number;
  leftSplit: number;
}

const norm = (s: string | null | undefined): string => (s ?? '').normalize('NFKC').replace(/[\s\u00a0\u3000\u200b\ufeff]+/gu, '');
const normHeading = (s: string): string => norm(s).replace(/[【】[\]()（）:：、.．\-—_]/g, '');

export function score(gold: Gold, out: Output): Score {
  const gp = gold.pieces.map((p) => p.paragraphs.map(norm).filter(Boolean));
  const gh = gold.pieces.map((p) => p.heading);
  const outPieces = out.pieces ?? [];
  const op = outPieces.map((p) => (p.paragraphs ?? []).map(norm).filter(Boolean));
  const oh = outPieces.map((p) => p.heading ?? null);
  const text = (hs: (string | null)[], ps: string[][]): string =>
    hs.map((h, i) => `${norm(h ?? '')}\n${(ps[i] ?? []).join('\n')}`).slice(0, Math.min(hs.length, ps.length)).join('\n');
  const goldText = text(gh, gp);
  const gAll = gp.flat();
  const oAll = op.flat();
  const oSet = new Set(oAll);
  const gSet = new Set(gAll);
  const joined = oAll.join('');
  const exact = gAll.filter((p) => oSet.has(p)).length;
  const lostChars = gAll.filter((p) => !joined.includes(p)).reduce((n, p) => n + [...p].length, 0);
  let leakedChars = oAll.filter((p) => !goldText.includes(p)).reduce((n, p) => n + [...p].length, 0);
  leakedChars += oh.filter((h): h is string => !!h && !goldText.includes(norm(h))).reduce((n, h) => n + [...norm(h)].length, 0);
  const leftSplit = oAll.filter((p) => !gSet.has(p) && goldText.includes(p)).length;
  const headingsOk =
    gh.length === oh.length &&
    gh.every((a, i) => {
      const b = oh[i];
      if (a === null || b === null || b === undefined) return a === null && (b === null || b === undefined);
      const x = normHeading(a);
      const y = normHeading(b);
      return x.includes(y) || y.includes(x);
    });
  const title = norm(out.title) === norm(gold.title);
  const same = gp.length === op.length && gp.every((ps, i) => ps.length === op[i]!.length && ps.every((p, k) => p === op[i]![k]));
  return {
    perfect: title && headingsOk && same,
    title,
    piecesOk: gp.length === op.length,
    headingsOk,
    exact,
    paragraphs: gAll.length,
    leakedChars,
    lostChars,
    leftSplit,
  };
}
