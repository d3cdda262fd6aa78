// Template blanks the user has to fill in: x/xx/XX standing alone or after digits ("20xx年",
// "x月"), never part of a word or a name ("Xbox", "x86_64", "X1", "max_value", "1920x1080"),
// ×× and ＸＸ (but not a multiplication sign between digits), runs of underscores (____ or
// ＿＿), 〇〇/○○ and "某某".
const PLACEHOLDER = /(?<![A-Za-z_])[xX]{1,6}(?![A-Za-z0-9_]|-[A-Za-z])|[Ｘｘ]+|(?<!\d\s?)×+|×+(?!\s?\d)|[_＿]{2,}|[○〇]{2,}|某某/g;

export interface Run {
  text: string;
  placeholder: boolean;
}

/** Splits a paragraph into plain and placeholder runs (text only: the panel never parses HTML). */
export function splitPlaceholders(text: string): Run[] {
  const runs: Run[] = [];
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    const at = m.index;
    if (at > last) runs.push({ text: text.slice(last, at), placeholder: false });
    runs.push({ text: m[0], placeholder: true });
    last = at + m[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), placeholder: false });
  return runs;
}
