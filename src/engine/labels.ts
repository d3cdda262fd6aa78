// Label lines: "作者：佚名　时间：2024-03-11　人气：128". A regular expression for "label: value,
// repeated" is ambiguous (the value's characters, the spaces around it and the next label's
// first characters can be split many ways) and backtracks exponentially on a near miss
// ("时间：　　" × 16 took 3 s, each repetition tripled it). This reads the line once instead.
import type { LabelLine } from '../rules/define.js';

const compiled = new WeakMap<LabelLine, RegExp>();

/** "label\s*[:：]" for the rule's labels, longest first so 发布时间 wins over 时间. */
function labelPattern(rule: LabelLine): RegExp {
  let re = compiled.get(rule);
  if (!re) {
    const words = [...rule.labels].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    re = new RegExp(`(?:${words.join('|')})[ \\t\\u3000\\u00a0]{0,4}[:：]`, 'g');
    compiled.set(rule, re);
  }
  return re;
}

/** Clock times (12:30, 12:30:45) are the only colons a value may hold. */
const TIME = /\d[:：]\d/g;

/**
 * True when `text` is nothing but `label：value` pairs, at least `rule.min` of them, each value
 * at most `rule.maxValue` characters with no colon but a clock time's. Linear in the text.
 */
export function isLabelLine(text: string, rule: LabelLine): boolean {
  // Each label ends at a colon: a line with fewer colons than labels needed is none (most lines).
  let colons = 0;
  for (let i = 0; i < text.length && colons < rule.min; i++) if (text[i] === ':' || text[i] === '：') colons++;
  if (colons < rule.min) return false;
  const t = text.trim();
  const re = labelPattern(rule);
  re.lastIndex = 0;
  let count = 0;
  let valueStart = -1;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    if (count === 0 && (m.index > (rule.maxPrefix ?? 0) || /[:：]/.test(t.slice(0, m.index)))) return false;
    if (count > 0 && !valueOk(t.slice(valueStart, m.index), rule)) return false;
    count++;
    valueStart = m.index + m[0].length;
  }
  return count >= rule.min && valueOk(t.slice(valueStart), rule);
}

/** "____年__月__日": a blank to fill in, so the line is a form's field (a contract's 日期：…), not the page's metadata. */
const BLANK = /[_＿]{2}/;

function valueOk(value: string, rule: LabelLine): boolean {
  const v = value.trim();
  return v.length <= rule.maxValue && !BLANK.test(v) && !/[:：]/.test(v.replace(TIME, ''));
}
