// Segment: split the blocks into pieces at their markers. A marker is a short line of one
// of the families below; markers count only as a run 1, 2, 3 … of one family (so a stray
// "篇一" link or a sub-heading never starts a piece), and the title's count picks between
// runs when several qualify.
import type { Block } from './blocks.js';
import { isNumberedLine, NUMBERED_HEADING } from './lines.js';
import { CJK_CHAR, commonPrefix, NUMERAL_CLASS, parseNumeral, squash, toSimplified } from './text.js';
import { buildPieces } from './structure.js';
import type { Piece } from './types.js';

export interface Marker {
  /** Family and shape, e.g. "lead:篇", "trail:学校疫情防控讲话篇", "title:大学生军训心得体会范文|()" */
  key: string;
  n: number;
  /** Only a run of MIN_WEAK_RUN such markers, none stronger, heads pieces (a blog's "01｜…" section headings). */
  weak?: boolean;
}

const N = `([${NUMERAL_CLASS}]{1,7})`; // up to 一百二十三 and beyond
const OPEN = '[【\\[〔［（(]?';
const CLOSE = '[】\\]〕］）)]?';
const SEP = '[\\s:：、.．\\-—]*';
/** 篇一 / 【篇二】 / 第三篇 / 范文四：… / 例文5 — the marker word leads, a name may follow. */
const LEADING = new RegExp(`^(${OPEN})\\s*(篇|第|(?:精选|优秀|参考|经典)?(?:范文|范例|例文|样文|样本|模板|文章|作文|美文)|精选)\\s*[（(【\\[〔［]?\\s*${N}\\s*(篇)?\\s*(${CLOSE})${SEP}(.{0,40})$`);
/** 学校疫情防控讲话篇一 / 心得体会【篇二】: the name leads, 篇N closes. */
const TRAILING_PIAN = new RegExp(`^(.{0,40}?)\\s*${OPEN}\\s*篇\\s*${N}\\s*${CLOSE}\\s*[:：]?$`);
/** 大学生军训心得体会范文1 / 军训心得（一） / 军训心得(2) / 我的老师作文一: the name leads, a number closes. */
const TRAILING_NUMBER = new RegExp(`^(.{2,40}?)\\s*(?:([（(【\\[])\\s*${N}\\s*[）)】\\]]|(\\d{1,2}|[０-９]{1,2})|([一二三四五六七八九十]{1,3}))\\s*[:：]?$`);

const SENTENCE = /[。！？!?；;，,]/;

/** "暑假日记①　帮外婆摘豆角", "读后感2：…": the title's name, a number, then the piece's own title. */
const NUMBER_THEN_TITLE = /^(\S.{1,29}?)(?:([\u2460-\u2473\u2474-\u2487])|[（(【\[]([零〇一二两三四五六七八九十\d]{1,3})[）)】\]]|(\d{1,2}))(?:\s{1,3}|[:：｜|]\s{0,2})([^\s:：｜|].{0,30})$/;

/** Ornaments a template sets before a marker: ▍范文一, ■ 篇二, ★例文3. */
const ORNAMENT = /^[▍▌▎▏█■□▪▫●○◆◇◈★☆▶►▷◎※•♦❖✦✧#＃\s]+/u;

/** "1.《坐井观天》教学设计" as an <h3>: a numbered heading naming a text (see readMarker). */
const NUMBERED_TITLE = /^(\d{1,2})\s*[.．、]\s*(\S.{3,38})$/;

/** A piece's name after "篇一：": short, a comma at most, no full stop. */
function namedAfterColon(text: string, rest: string): boolean {
  return rest.length <= 16 && !/[。！？!?；;]/.test(rest) && /[:：]\s*$/.test(text.slice(0, text.length - rest.length));
}

/** Reads a block as a piece marker, or null. `titleBase` is the title without its count. */
export function readMarker(block: Pick<Block, 'text' | 'strong' | 'linkOnly' | 'tag'>, titleBase: string): Marker | null {
  if (block.linkOnly || block.tag === 'TABLE' || block.tag === 'IMG' || block.text.length > 50 || block.text.includes('\n')) return null;
  const text = toSimplified(block.text).replace(ORNAMENT, '');
  const lead = LEADING.exec(text);
  if (lead) {
    const [, open, word, num, pian, , rest] = lead;
    if (word === '第' && !pian) return null; // 第一条 / 第一, … are sub-headings
    if (word === '篇' && pian) return null;
    if (word === '精选' && !open) return null;
    // A sentence after the marker is prose; a short title with a comma after a colon is the piece's name ("篇一：珍惜时间，从今天做起").
    if (rest && SENTENCE.test(rest.replace(/[:：]$/, '')) && !namedAfterColon(text, rest)) return null;
    const n = parseNumeral(num ?? '');
    return n ? { key: `lead:${word}${pian ?? ''}`, n } : null;
  }
  if (SENTENCE.test(text)) return null;
  const bare = BARE_NUMBER.exec(text);
  if (bare) {
    const n = parseNumeral(bare[1] ?? '');
    return n ? { key: 'bare', n } : null;
  }
  const latin = LATIN_NUMBER.exec(text);
  if (latin) {
    const n = Number(latin[1]);
    return n ? { key: 'no', n } : null;
  }
  // "01｜小学一年级班主任工作计划": a zero-padded number and a bar lead, as a heading naming a text like the title's.
  const barred = BAR_LEAD.exec(text);
  if (barred) {
    const heading = block.strong || /^H\d$/.test(block.tag);
    const n = Number(barred[1]);
    if (!n || !heading) return null;
    // Heading elements naming something else (a blog's "01｜开学第一课：…"): weak, only a longer run counts (findMarkers).
    return sharedBigrams(barred[2] ?? '', titleBase) >= 2 ? { key: 'bar', n } : /^H[2-4]$/.test(block.tag) ? { key: 'bar', n, weak: true } : null;
  }
  // "（一）学校元旦文艺晚会开场白" in bold under "元旦晚会主持词开场白": a numbered heading is a
  // piece marker only when it names a text of the kind the title announces (shares its words).
  const bracket = BRACKET_LEAD.exec(text);
  if (bracket) {
    const n = parseNumeral(bracket[1] ?? '');
    const heading = block.strong || /^H\d$/.test(block.tag);
    return n && heading && sharedBigrams(bracket[2] ?? '', titleBase) >= 2 ? { key: 'bracket', n } : null;
  }
  // A numbered heading element that names a text like the title's (three or more of its
  // two-character words) heads a piece; section headings ("1.指导思想") share fewer.
  const titled = /^H[2-4]$/.test(block.tag) ? NUMBERED_TITLE.exec(text) : null;
  if (titled && sharedBigrams(titled[2] ?? '', toSimplified(titleBase)) >= 3) return { key: `numbered:${block.tag}`, n: Number(titled[1]) };
  // Only as a heading, and only where the name is the title's own.
  const titledAfter = block.strong || /^H\d$/.test(block.tag) ? NUMBER_THEN_TITLE.exec(text) : null;
  if (titledAfter) {
    const name = squash(titledAfter[1] ?? '');
    const n = parseNumeral(titledAfter[2] ?? titledAfter[3] ?? titledAfter[4] ?? '');
    if (n && name === squash(toSimplified(titleBase))) return { key: `subtitled:${name}`, n };
  }
  const pian = TRAILING_PIAN.exec(text);
  if (pian) {
    const n = parseNumeral(pian[2] ?? '');
    return n ? { key: `trail:${squash(pian[1] ?? '')}篇`, n } : null;
  }
  const num = TRAILING_NUMBER.exec(text);
  if (num) {
    const name = squash(num[1] ?? '');
    const n = parseNumeral(num[3] ?? num[4] ?? num[5] ?? '');
    if (!n || n > 60 || /^\d+$/.test(name) || /[年月日号期届级班]$/.test(name)) return null;
    // A bare "name + number" is a marker only when it repeats the title or stands out as a heading;
    // an unbracketed Chinese numeral ("…作文一") only when the name is the title itself.
    const base = squash(toSimplified(titleBase));
    const same = base.length >= 2 && (base === name || (base.startsWith(name) && name.length >= 4) || name.startsWith(base));
    const related = same || (base.length >= 2 && commonPrefix(base, name) >= 4);
    // "国庆节演讲稿" titles "演讲稿一" set in bold: the name is part of the title.
    const boldPart = block.strong && name.length >= 2 && base.includes(name);
    if (num[5] ? !same && !boldPart : !related && !block.strong) return null;
    return { key: `title:${name}|${num[2] ? '()' : ''}`, n };
  }
  return null;
}

/** 「一」 / 【二】 / 〔3〕 alone on their line: a bare numbered marker (only a run 1, 2, 3 … counts). */
const BARE_NUMBER = new RegExp(`^[「【〔［\\[]\\s*([${NUMERAL_CLASS}]{1,3})\\s*[」】〕］\\]]$`);

/** Weak markers only (bar-led headings not naming the title's kind of text): a run of this many at least heads pieces. */
const MIN_WEAK_RUN = 3;

/** 01｜标题 / 02 | 标题 / 03丨标题: a two-digit number and a bar. */
const BAR_LEAD = /^(\d{2})\s?[|｜丨]\s?(\S.{1,38})$/;

/** No.1 初中生入团申请书 / NO 2 / №3：… — the Latin "number" sign leads. */
const LATIN_NUMBER = /^(?:No|NO|№)[\s.．:：]{0,3}(\d{1,2})(?:[\s:：、.．|｜—-]{1,4}[^\s:：、.．|｜—-].{0,40})?$/;

/** （一）name / (2)name. */
const BRACKET_LEAD = new RegExp(`^[（(]\\s*([${NUMERAL_CLASS}]{1,3})\\s*[）)]\\s*(\\S.{1,38})$`);

/** Two-character words of `a` found in `b`, Chinese ones only (Latin letter pairs say nothing). */
function sharedBigrams(a: string, b: string): number {
  const grams = new Set<string>();
  for (let i = 0; i + 1 < b.length; i++) grams.add(b.slice(i, i + 2));
  let n = 0;
  for (let i = 0; i + 1 < a.length; i++) {
    const g = a.slice(i, i + 2);
    if (grams.has(g) && CJK_CHAR.test(g[0]!) && CJK_CHAR.test(g[1]!)) n++;
  }
  return n;
}

/** The title without its "（精选5篇）" count: the name that "title + N" markers repeat. */
export function titleBase(title: string): string {
  return title
    .replace(new RegExp(`[（(【\\[]?\\s*(?:(?:精选|精選|通用|汇总|匯總|合集|集锦|集錦|优选|推荐|热门|最新|优秀|優秀|经典|經典)\\s*)?[${NUMERAL_CLASS}]+\\s*(?:篇|则|則)\\s*[）)】\\]]?`, 'g'), '')
    .replace(/^\s*\d{4}年?(?:最新)?/, '')
    .trim();
}

/** Indices of the blocks that start pieces: the best run 1, 2, … of one marker family. */
export function findMarkers(blocks: Block[], title: string, expected: number | null): number[] {
  const base = titleBase(title);
  const byKey = new Map<string, { i: number; n: number; weak?: boolean }[]>();
  blocks.forEach((b, i) => {
    const m = readMarker(b, base);
    if (m) byKey.set(m.key, [...(byKey.get(m.key) ?? []), { i, n: m.n, weak: m.weak }]);
  });
  let best: number[] = [];
  let bestScore = -1;
  for (const found of byKey.values()) {
    const run: number[] = [];
    let weak = true;
    for (const f of found) {
      if (f.n !== run.length + 1) continue;
      run.push(f.i);
      weak &&= !!f.weak;
    }
    if (run.length < (weak ? MIN_WEAK_RUN : 2)) continue;
    const score = (expected !== null && run.length === expected ? 1000 : 0) + run.length;
    if (score > bestScore) {
      best = run;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Without a run of markers, the title's count may still tell: when it announces N pieces and
 * exactly N headings of one kind (<h3>s, or bold lines) stand in the text — headings that are
 * not numbered sub-headings — they head the pieces ("竞选学生会主席演讲稿", "竞选宣传部部长演讲稿").
 */
export function findCountedHeadings(blocks: Block[], expected: number | null): number[] {
  if (!expected || expected < 2) return [];
  const kinds = new Map<string, number[]>();
  blocks.forEach((b, i) => {
    const heading = /^H[2-5]$/.test(b.tag) || b.strong;
    if (!heading || b.linkOnly || b.text.length > 40 || /[。！？!?；;，,]$/.test(b.text)) return;
    // A numbered heading counts only as one of a sequence 1…N of its own numbering style:
    // "（一）学校晚会开场白"…"（三）…" head three pieces; scattered 一、/二、 sub-headings do not.
    const numbered = NUMBERED_HEADING.exec(b.text);
    if (!numbered && isNumberedLine(b.text)) return;
    const kind = `${/^H\d$/.test(b.tag) ? b.tag : 'strong'}|${numbered ? numbered[1]! + numbered[3]! : ''}`;
    kinds.set(kind, [...(kinds.get(kind) ?? []), i]);
  });
  for (const [kind, found] of kinds) {
    if (found.length !== expected) continue;
    if (!kind.endsWith('|')) {
      const numbers = found.map((i) => parseNumeral(NUMBERED_HEADING.exec(blocks[i]!.text)?.[2] ?? ''));
      if (!numbers.every((n, k) => n === k + 1)) continue;
    }
    return found;
  }
  return [];
}


/** Without a count in the title, this many such headings make a page of pieces. */
const MIN_UNCOUNTED = 3;

/**
 * Pieces named, not numbered: under "寒假致家长的一封信（精选3篇）" the headings "小学寒假致家长的一封信",
 * "幼儿园寒假致家长的一封信"…; under "激励自己的励志短句", "清晨打气的励志短句", "写给考生的励志短句"….
 * Headings of one kind (the same tag, or bold lines), each a distinct name that ends like the
 * title (its last four characters, Chinese ones: "Testing in Rust" under "Writing CLIs in Rust" is
 * a blog's section) with words of its own before; as many as the title counts, or at least three
 * when it counts none (two when they share six characters or more of the title's ending). A sub-heading ("一、…") or the title itself is none.
 */
export function findTitledHeadings(blocks: Block[], title: string, expected: number | null): number[] {
  const base = squash(toSimplified(titleBase(title)));
  const tail = base.slice(-4);
  if (!new RegExp(`^${CJK_CHAR.source}{4}$`).test(tail) || expected === 1) return [];
  const kinds = new Map<string, number[]>();
  const names = new Set<string>();
  blocks.forEach((b, i) => {
    const name = squash(toSimplified(b.text));
    if (!(/^H[2-5]$/.test(b.tag) || b.strong) || b.linkOnly || name.length > 40 || SENTENCE.test(name) || isNumberedLine(name)) return;
    if (!name.endsWith(tail) || base.endsWith(name) || names.has(name)) return;
    names.add(name);
    kinds.set(b.tag, [...(kinds.get(b.tag) ?? []), i]);
  });
  // Two uncounted ones will do when each shares a long ending with the title (6+ characters:
  // "初一年级家长会班主任发言稿" under "期中考试后家长会班主任发言稿"), not just a genre word.
  const longTail = (i: number): boolean => sharedEnding(squash(toSimplified(blocks[i]!.text)), base) >= LONG_TAIL;
  for (const found of kinds.values()) {
    if (expected ? found.length === expected : found.length >= MIN_UNCOUNTED || (found.length === 2 && found.every(longTail))) return found;
  }
  return [];
}

const LONG_TAIL = 6;

function sharedEnding(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/**
 * Headings a template page's table of contents lists (blocks.ts `listed`): distinct short
 * headings, at least two, as many as the title counts when it counts. The contents was the
 * site's list of the pieces ("本文目录：那一次，我学会了放手 / 外公的老花镜 / …").
 */
export function findListedHeadings(blocks: Block[], expected: number | null): number[] {
  const found: number[] = [];
  const names = new Set<string>();
  blocks.forEach((b, i) => {
    if (!b.listed || !(/^H[2-5]$/.test(b.tag) || b.strong) || b.text.length > 40 || b.text.includes('\n')) return;
    // A block the heading's element holds after its first line is no heading of its own.
    if (i > 0 && blocks[i - 1]!.listed && !b.cut && found[found.length - 1] === i - 1) return;
    const name = squash(toSimplified(b.text));
    if (names.has(name)) return;
    names.add(name);
    found.push(i);
  });
  return found.length >= 2 && (!expected || found.length === expected) ? found : [];
}

/** Indices of the blocks that head the pieces: a run of markers, else headings the title counts, else headings the contents lists, else headings named like the title. */
export function pieceStarts(blocks: Block[], title: string, expected: number | null): number[] {
  const found = findMarkers(blocks, title, expected);
  if (found.length) return found;
  const counted = findCountedHeadings(blocks, expected);
  if (counted.length) return counted;
  const listed = findListedHeadings(blocks, expected);
  return listed.length ? listed : findTitledHeadings(blocks, title, expected);
}

/** Splits blocks into pieces; a page with no run of markers is one piece with heading null. */
export function segment(blocks: Block[], title: string, expected: number | null): Piece[] {
  return buildPieces(blocks, pieceStarts(blocks, title, expected));
}
