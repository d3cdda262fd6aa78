// Small statistics and formatting helpers for the benchmark.

export function median(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function geomean(xs: number[]): number {
  const ok = xs.filter((x) => Number.isFinite(x) && x > 0);
  if (ok.length === 0) return NaN;
  return Math.exp(ok.reduce((a, x) => a + Math.log(x), 0) / ok.length);
}

export const ms = (x: number): string => (Number.isFinite(x) ? x.toFixed(x < 10 ? 2 : 1) : '–');
export const ratio = (x: number): string => (Number.isFinite(x) ? x.toFixed(2) : '–');
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** A Markdown table (also readable as plain text on a terminal). */
export function table(head: string[], rows: (string | number)[][], align?: ('l' | 'r')[]): string {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const width = head.map((_, i) => Math.max(3, ...cells.map((r) => [...(r[i] ?? '')].reduce((n, ch) => n + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0))));
  const pad = (s: string, i: number): string => {
    const w = [...s].reduce((n, ch) => n + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
    const fill = ' '.repeat(Math.max(0, width[i]! - w));
    return align?.[i] === 'r' ? fill + s : s + fill;
  };
  const line = (r: string[]) => `| ${r.map(pad).join(' | ')} |`;
  const sep = `|${width.map((w, i) => (align?.[i] === 'r' ? `${'-'.repeat(w + 1)}:` : `${'-'.repeat(w + 2)}`)).join('|')}|`;
  return [line(head), sep, ...rows.map((r) => line(r.map(String)))].join('\n');
}
