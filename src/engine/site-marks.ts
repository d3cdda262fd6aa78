// The site's name and domain written into the text in ways a plain match misses: spaced out
// and in mixed case so that copy-paste cleaners pass it by ("文 章来源莲山 课件 w w w.5 Y k J.cOm"),
// or glued to the end of a line without a bracket ("横批：春光明媚学习啦在线学习网").
import { escapeRe } from './regex.js';
import { toSimplified } from './text.js';

/** A stretch of a block's text to cut: [start, end) in the original text. */
export type Span = [number, number];

/** The text without its white space, and where each kept character stood. */
function squeeze(text: string): { s: string; at: number[] } {
  let s = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i]!)) continue;
    s += text[i];
    at.push(i);
  }
  return { s, at };
}

const TLD = '(?:com|cn|net|org|cc|co|info|top|vip|wang|xyz|me|tw|hk)(?:\\.cn)?';

/** One test per list of names: does any of them stand in the text with white space inside it? */
const spacedTests = new Map<string, RegExp>();
function spacedOut(labels: string[], names: string[]): RegExp {
  const key = `${labels.join('|')}#${names.join('|')}`;
  let re = spacedTests.get(key);
  if (!re) {
    const words = [...labels.filter((l) => /^[a-z0-9-]{3,}$/.test(l)), ...names.map((n) => n.replace(/\s+/g, '')).filter((n) => n.length >= 2)];
    // Each character apart, white space allowed between them: "5 Y k J", "莲山 课件" (a name in either script is tried as given and simplified).
    const spaced = [...new Set(words.flatMap((w) => [w, toSimplified(w)]))].map((w) => [...w].map(escapeRe).join('\\s*'));
    re = spaced.length ? new RegExp(spaced.join('|'), 'i') : /(?!)/;
    if (spacedTests.size > 64) spacedTests.clear();
    spacedTests.set(key, re);
  }
  return re;
}

/**
 * Where the site's own domain (by its label: "5ykj") or a credit naming the site ("文章来源莲山课件")
 * stands in the text once its white space is taken out, matched without case; a domain the
 * sentence points to (`cue` before it, "访问 …") is the text's own and stays.
 */
export function spacedMarks(text: string, labels: string[], names: string[], cue: RegExp): Span[] {
  if (!/\s/.test(text.trim()) || !spacedOut(labels, names).test(text)) return [];
  const { s, at } = squeeze(text);
  const lower = toSimplified(s).toLowerCase();
  const parts: string[] = [];
  for (const label of labels) if (/^[a-z0-9-]{3,}$/.test(label)) parts.push(`(?<![a-z0-9.])(?:(?:https?:\\/\\/)?(?:www|m|wap)\\.)?${escapeRe(label)}\\.${TLD}(?![a-z0-9])`);
  const cjk = names.map((n) => toSimplified(n).replace(/\s+/g, '').toLowerCase()).filter((n) => n.length >= 2 && /[\u3400-\u9fff]/.test(n));
  if (cjk.length) parts.push(`(?:本文|文章)?(?:来源|来自|源自|出自|转自)于?[:：]?(?:${cjk.map(escapeRe).join('|')})`);
  if (!parts.length) return [];
  const spans: Span[] = [];
  for (const m of lower.matchAll(new RegExp(parts.join('|'), 'g'))) {
    const start = at[m.index]!;
    const end = at[m.index + m[0].length - 1]! + 1;
    // Spaced out is the point: a mark written plainly is left to the plain rules (and their cues).
    if (!/\s/.test(text.slice(start, end)) || cue.test(text.slice(Math.max(0, start - 12), start))) continue;
    spans.push([start, end]);
  }
  return spans;
}

/** A name this short is too common to cut off a line's end. */
const MIN_NAME = 3;
/** What may follow the name in a glued tail: its own words ("在线学习网"), no sentence. */
const NAME_TAIL = /^[^\s，。！？!?,.；;：:、“”"（）()]{0,8}$/;
/** The line before the tail: no end of a sentence right before it (a glued tail follows a word). */
const GLUED = /[\u3400-\u9fff\w]$/;

/** The site's name glued to the end of a line ("…横批：春光明媚学习啦在线学习网"), or null. */
export function nameTail(text: string, names: string[]): Span | null {
  const simple = toSimplified(text);
  for (const raw of names) {
    const name = toSimplified(raw.trim());
    if (name.length < MIN_NAME || !/[\u3400-\u9fff]/.test(name)) continue;
    const at = simple.lastIndexOf(name);
    if (at < 6 || !NAME_TAIL.test(simple.slice(at + name.length).trimEnd()) || !GLUED.test(simple.slice(0, at))) continue;
    return [at, text.length];
  }
  return null;
}

/** The text with the spans cut out (they may overlap), and what was cut. */
export function cutSpans(text: string, spans: Span[]): { text: string; cut: string[] } {
  if (!spans.length) return { text, cut: [] };
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  let out = '';
  let from = 0;
  const cut: string[] = [];
  for (const [start, end] of sorted) {
    if (end <= from) continue;
    out += text.slice(from, Math.max(from, start));
    cut.push(text.slice(Math.max(from, start), end).trim());
    from = end;
  }
  return { text: out + text.slice(from), cut };
}
