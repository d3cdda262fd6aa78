// Repair: join a paragraph the site cut in two — at a page break or around an ad slot.
// Only blocks separated by a cut are candidates, the first must end mid-sentence (or the
// second start with punctuation that cannot open a paragraph), and neither may be a line
// that stands alone by nature: headings, salutations, dialogue, signatures, dates, items.
import type { Block } from './blocks.js';
import { readMarker } from './segment.js';
import { isOwnLine, isTurn, ITEM_NUMBER, LEAD_IN, NUMBERED_HEADING } from './lines.js';
import { CJK_CHAR, CONTINUATION_START, endsComplete, parseNumeral, REPEATABLE_CLOSER } from './text.js';
import type { Trace } from './trace.js';

/** A heading or a line of its own. As the first half of a cut only short lines count: a long
 * numbered paragraph ("2. 乙方应…不得将房屋") can still be cut by an ad. */
export function isStandalone(block: Block, asFirst = false): boolean {
  const t = block.text;
  // A picture's caption is a line of its own, whatever its punctuation.
  if (/^H\d$/.test(block.tag) || block.tag === 'FIGCAPTION') return true;
  // As the first half, a line with a full stop inside or a comma at the end is prose, not a
  // heading — even in bold ("第三，" | ad | "…").
  if (asFirst && (t.length > 40 || /[。！？!?；;]./.test(t) || /[，,、]$/.test(t))) return false;
  if (block.strong && t.length <= 40) return true;
  return isOwnLine(t) || readMarker(block, '') !== null;
}

/** A heading or bold line: never the first half of a cut turn. */
const block = (b: Block): boolean => /^H\d$/.test(b.tag) || b.strong;

/** What follows a number: a cut after "2024" that goes on with "年…" is a number cut in two. */
const NUMBER_UNIT_START = /^[年月日号时点分秒%％‰万亿千百元角个位岁次条项名人户件篇所届期]/;

function join(a: string, b: string): string {
  // The site sometimes repeats a closing quote on both sides of the cut: 主心骨” | ”，网格化.
  const last = a[a.length - 1] ?? '';
  if (REPEATABLE_CLOSER.test(last) && b.startsWith(last)) b = b.slice(1);
  const spaced = !CJK_CHAR.test(last) && !CJK_CHAR.test(b[0] ?? '') && /\w/.test(last) && /\w/.test(b[0] ?? '');
  return spaced ? `${a} ${b}` : a + b;
}

function shouldJoin(a: Block, b: Block, indentedPage: boolean): boolean {
  if (!b.cut || b.cut === 'gap') return false;
  if (/^H\d$/.test(a.tag) || readMarker(a, '') !== null) return false;
  if (b.restOfParagraph || CONTINUATION_START.test(b.text)) return true;
  // Where every paragraph opens with an indent, a block after a cut without one is the rest
  // of the paragraph before, even when the cut fell at a full stop.
  if (indentedPage && !b.indented && !isStandalone(a, true) && !isStandalone(b)) return true;
  // There (or after an indented item), a numbered item cut mid-clause ("（1）完善值周检查制度，由值周教师和学生干部" | ad | "每天检查…"):
  // a comma inside and no end is a sentence under way, not a sub-heading.
  if ((indentedPage || a.indented === true) && !b.indented && !a.strong && NUMBERED_HEADING.test(a.text) && /[，,]/.test(a.text) && !endsComplete(a.text) && !isStandalone(b)) return true;
  // A number cut from its unit: "男：2024" | "年，公司…".
  if (/\d$/.test(a.text) && NUMBER_UNIT_START.test(b.text)) return true;
  // A turn cut mid-sentence goes on in the next line ("男：…向全体员工" | "及家属致以…"), unless that opens a turn of its own.
  if (isTurn(a.text) && !block(a) && !endsComplete(a.text) && !isStandalone(b) && !LEAD_IN.test(b.text)) return true;
  if (isStandalone(a, true)) return false;
  if (endsComplete(a.text)) return false;
  if (isStandalone(b) || LEAD_IN.test(b.text)) return false;
  return true;
}

/** Short unpunctuated lines in a row are verse (a poem, a couplet): each line stands alone. */
function isVerse(before: Block | undefined, a: Block): boolean {
  const short = (b: Block): boolean => b.text.length <= 20 && !/[，,。；;！!？?]/.test(b.text);
  return !!before && short(before) && short(a);
}

/** Most paragraphs (of some length) open with an indent. */
function paragraphsIndented(blocks: Block[]): boolean {
  // A block after a cut that opens without an indent is likely the rest of a paragraph: not counted either way.
  const prose = blocks.filter((b) => b.text.length >= 20 && !isStandalone(b) && !(b.cut && !b.indented));
  return prose.length >= 3 && prose.filter((b) => b.indented).length >= 0.8 * prose.length;
}

/** "43、…充满希" | cut | "望，…" | "44、…": an unnumbered block between item n and item n+1 is the rest of item n. */
function continuesNumberedItem(before: Block | undefined, a: Block, b: Block, after: Block | undefined): boolean {
  const num = (x: Block | undefined): number | null => {
    const m = x ? ITEM_NUMBER.exec(x.text) : null;
    return m ? parseNumeral(m[1]!) : null;
  };
  const n = num(a);
  // A list, not sub-headings over paragraphs: item n-1 stands right before item n.
  return n !== null && n > 1 && num(before) === n - 1 && num(after) === n + 1 && num(b) === null && !endsComplete(a.text);
}

/** Text on both sides of a cut in the same place: no table or image between, the same list item (or none). */
function sameContainer(a: Block, b: Block): boolean {
  // A list item a page break (or an ad between two lists) cut goes on in the next list: another item there, the same one here.
  // (An item ending at "；" is a whole item of a list: the next list's first is its own.)
  const sameItem = a.item?.item === b.item?.item || (!!a.item && !!b.item && a.item.list !== b.item.list && !/[；;：:]$/.test(a.text));
  return !b.barrier && sameItem && !a.code && !b.code;
}

export function repairCuts(blocks: Block[], trace: Trace): Block[] {
  const indentedPage = paragraphsIndented(blocks);
  const out: Block[] = [];
  for (const [i, block] of blocks.entries()) {
    const prev = out[out.length - 1];
    const joins =
      prev &&
      block.cut &&
      block.cut !== 'gap' &&
      sameContainer(prev, block) &&
      (continuesNumberedItem(out[out.length - 2], prev, block, blocks[i + 1]) ||
        (shouldJoin(prev, block, indentedPage) && (block.restOfParagraph || !isVerse(out[out.length - 2], prev))));
    if (prev && joins) {
      trace.add('repair', `joined across ${block.cut === 'page' ? 'a page break' : 'an ad slot'}`, `${prev.text.slice(-12)}｜${block.text.slice(0, 12)}`);
      out[out.length - 1] = { ...prev, text: join(prev.text, block.text) };
      continue;
    }
    out.push(block);
  }
  return out;
}
