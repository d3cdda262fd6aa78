// Boilerplate blocks: source lines, slogans, canned intros and outros, author/time lines,
// copy-guard text — matched by phrase families (src/rules/generic.ts) plus the site rule's own.
// Canned intros are only looked for where they stand: before the first piece marker.
import type { PhraseRule, SiteRule } from '../rules/define.js';
import { GENERIC_BOILERPLATE } from '../rules/generic.js';
import { genericReader } from './locate.js';
import type { Block } from './blocks.js';
import { isLabelLine } from './labels.js';
import { readMarker, titleBase } from './segment.js';
import { titleCount } from './meta.js';
import { squash, toSimplified } from './text.js';
import { anchorAt } from './removed-places.js';
import type { Trace } from './trace.js';

/** Blocks after an end marker at most this long are the site's, not the text's. */
const TAIL_CHARS = 200;

/** The label a page may print before its title line: "标题:", "文章标题：". */
const TITLE_LABEL = /^(?:文章)?(?:标题|標題)\s?[:：]\s?/;

/** A `linked` family's block is mostly link text: "Related Story: <a>…</a>". */
const LINKED_SHARE = 0.5;

/** How many blocks from the top count as "leading" on a page without markers. */
const LEADING_BLOCKS = 3;

/**
 * A page's phrase families, with gates: for the families of one flag set and one length bound,
 * their patterns' alternation, which matches wherever one of them does. A block that no gate of
 * its length matches is matched by none of those families, so only the rest (labels, squashed
 * text) are tried: a few regex calls a block instead of one per family. A gate is a necessary
 * test only; the verdict stays each family's. (A gate reads text no longer than its members'
 * bound, so each member's ReDoS bound holds inside it: test/redos.)
 */
interface Families {
  all: readonly PhraseRule[];
  /** Families a gate does not cover, in list order. */
  ungated: readonly PhraseRule[];
  gates: readonly PhraseGate[];
  longest: number;
}

export interface PhraseGate {
  re: RegExp;
  /** The members' common `max`: a longer text matches none of them. */
  max: number;
}

/** A pattern that cannot sit in an alternation unchanged: global/sticky state, numbered or named back-references. */
const UNGATEABLE = /\\[1-9]|\\k<|\(\?<[a-zA-Z]/;

/** The gates of a list of families, and the families no gate covers. */
export function phraseGates(phrases: readonly PhraseRule[]): { gates: PhraseGate[]; ungated: PhraseRule[] } {
  const groups = new Map<string, { flags: string; max: number; sources: string[] }>();
  const ungated: PhraseRule[] = [];
  for (const p of phrases) {
    const re = p.re;
    if (!re || p.labels || p.squashed || /[gy]/.test(re.flags) || UNGATEABLE.test(re.source)) {
      ungated.push(p);
      continue;
    }
    const key = `${re.flags} ${p.max}`;
    const group = groups.get(key) ?? { flags: re.flags, max: p.max, sources: [] };
    group.sources.push(`(?:${re.source})`);
    groups.set(key, group);
  }
  return { gates: [...groups.values()].map((g) => ({ re: new RegExp(g.sources.join('|'), g.flags), max: g.max })), ungated };
}

function families(phrases: readonly PhraseRule[]): Families {
  return { all: phrases, ...phraseGates(phrases), longest: Math.max(0, ...phrases.map((p) => p.max)) };
}

const NO_RULE = {};
const familiesOf = new WeakMap<object, WeakMap<object, Families>>();

/** The families for a page of `rule` (null: none), with the reader's when no rule applies; built once per rule. */
function pageFamilies(rule: SiteRule | null): Families {
  const reader = rule ? null : (genericReader()?.phrases ?? null);
  const byRule = familiesOf.get(rule ?? NO_RULE) ?? new WeakMap<object, Families>();
  familiesOf.set(rule ?? NO_RULE, byRule);
  const key = reader ?? NO_RULE;
  let found = byRule.get(key);
  if (!found) {
    found = families([...(rule?.boilerplate ?? []), ...GENERIC_BOILERPLATE, ...(reader ?? [])]);
    byRule.set(key, found);
  }
  return found;
}

/** The first family that holds for a block where it stands. */
function firstMatch(fams: Families, text: string, leading: boolean, preamble: boolean, quoted: boolean, linkShare: number): PhraseRule | undefined {
  const phrases = fams.gates.some((g) => text.length <= g.max && g.re.test(text)) ? fams.all : fams.ungated;
  let squashed: string | null = null;
  for (const p of phrases) {
    if (text.length > p.max || (p.leadingOnly && !leading) || (p.preambleOnly && !preamble) || (quoted && QUOTED_EXAMPLES.has(p.reason))) continue;
    if (p.linked && linkShare < LINKED_SHARE) continue;
    if (p.squashed) squashed ??= text.replace(/\s+/g, '');
    if (matches(p, text, squashed)) return p;
  }
  return undefined;
}

function matches(rule: PhraseRule, text: string, squashed: string | null = null): boolean {
  if (text.length > rule.max) return false;
  if (rule.labels) return isLabelLine(text, rule.labels);
  const m = rule.re?.exec(rule.squashed ? (squashed ?? text.replace(/\s+/g, '')) : text) ?? null;
  // A phrase inside quotation marks is quoted, not said by the site: "很多网站开头都写着“下面是小编…”".
  return m !== null && !insideQuotes(text, m.index) && !rule.unless?.test(text);
}

const OPENING = '“「『‘';
const CLOSING = '”」』’';

/** Prose this long under a related-list heading is not a list of links to other pages. */
const PROSE_UNDER_LABEL = 30;

function headsProse(label: Block, next: Block | undefined): boolean {
  return /^H[2-6]$/.test(label.tag) && !!next && next.cut === null && !next.linkOnly && (next.linkShare ?? 0) < 0.2 && next.text.length >= PROSE_UNDER_LABEL;
}

/** The whole block inside one pair of quotation marks. */
function isQuotation(text: string): boolean {
  const open = OPENING.indexOf(text[0] ?? '');
  return open >= 0 && text.length > 2 && text.endsWith(CLOSING[open]!) && !text.slice(1, -1).includes(CLOSING[open]!);
}

/** Lines an article quotes in a <blockquote> as examples of what sites print: a copyright line
 * ("© 2009–2024 … All rights reserved."). A repost disclaimer in one is a blog's own note, and goes. */
const QUOTED_EXAMPLES = new Set(['footer']);

function insideQuotes(text: string, at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    if (OPENING.includes(text[i]!)) depth++;
    else if (CLOSING.includes(text[i]!) && depth > 0) depth--;
  }
  return depth > 0;
}

export function dropBoilerplate(blocks: Block[], rule: SiteRule | null, title: string, trace: Trace): Block[] {
  // Ordinary pages' families (English bylines, news furniture) only where no site rule says what the page is.
  const fams = pageFamilies(rule);
  const phrases = fams.all;
  const longest = fams.longest;
  const base = titleBase(title);
  // Pieces under unnumbered headings, announced by the title's count ("…（通用5篇）"): the first heading starts them.
  const numbered = blocks.findIndex((b) => readMarker(b, base) !== null);
  const firstMarker = numbered >= 0 || titleCount(title) === null ? numbered : blocks.findIndex((b) => /^H[2-4]$/.test(b.tag));
  const leadingEnd = firstMarker >= 0 ? firstMarker : LEADING_BLOCKS;
  const titleKey = squash(title);
  const kept: Block[] = [];
  /** Blocks kept before the first canned intro of a page of pieces (-1: none). */
  let lead = -1;
  let dropLinks = false;
  let ended = false;
  let endedOn = 0;
  blocks.forEach((block, i) => {
    // After an end marker ("- END -", "全文预览已结束", the comments' heading): the site's short
    // lines, up to a next piece or the article's next page.
    if (ended && block.page !== endedOn) ended = false;
    if (ended) {
      if (block.text.length <= TAIL_CHARS && readMarker(block, base) === null) {
        trace.add('boilerplate', 'after the end', block.text, { anchor: anchorAt(blocks, i) });
        return;
      }
      ended = false;
    }
    // Under a related-list heading: link lines, and short lines that are mostly a link
    // ("1. 《标题》——适合五年级参考").
    if (dropLinks && (block.linkOnly || (block.text.length <= 80 && (block.linkShare ?? 0) >= 0.2))) {
      trace.add('boilerplate', 'related list', block.text, { anchor: anchorAt(blocks, i) });
      return;
    }
    dropLinks = false;
    // The title repeated at the top of the body, or of a later page's body.
    // (A reader's running header repeats it after each page box's footer: a cut of any kind.)
    const pageTop = kept.length === 0 || block.cut !== null;
    // (Also under a label, as a WAP page prints it: "标题:2025年小学教务处工作计划".)
    if (pageTop && (squash(block.text) === titleKey || squash(block.text.replace(TITLE_LABEL, '')) === titleKey)) {
      trace.add('boilerplate', 'title repeated', block.text, { anchor: anchorAt(blocks, i) });
      const next = blocks[i + 1];
      if (block.cut && next && !next.cut) next.cut = block.cut;
      return;
    }
    // The site's summary of the page at its top: a label, then words that name the title
    // ("资料简介：这是一份部编版…《荷花》教案，…", "摘要：七年级数学期中考试质量分析，包括…").
    // A paper's own abstract (摘要：本文以…) does not repeat the page's title.
    if (i < leadingEnd && isTitleSummary(block.text, base)) {
      trace.add('boilerplate', 'summary of the page', block.text, { anchor: anchorAt(blocks, i) });
      const next = blocks[i + 1];
      if (block.cut && next && !next.cut) next.cut = block.cut;
      return;
    }
    // Every family is bounded in length: a longer block is text, and needs no look.
    // Code is the author's, whatever it says ("done < hosts.txt" is no document's file name).
    const text = block.text.length <= longest && !block.code ? toSimplified(block.text) : null;
    // A block that is one quotation ("“版权所有 ©某某网 未经许可不得转载”") quotes the words: nobody says them here.
    let hit = text === null || isQuotation(text) ? undefined : firstMatch(fams, text, i < leadingEnd, i < firstMarker, block.quote !== undefined, block.linkOnly ? 1 : (block.linkShare ?? 0));
    // A related-list heading with its links in the same block: one a line, or after its colon ("延伸阅读：<a>…</a>、<a>…</a>").
    if (!hit && text && (block.linkShare ?? 0) >= 0.5) {
      const end = text.includes('\n') ? text.indexOf('\n') : text.search(/[:：】\]]/) + 1;
      const first = end > 0 ? text.slice(0, end) : '';
      if (first) hit = phrases.find((p) => p.dropFollowingLinks && matches(p, first));
    }
    // A section heading "推荐阅读" over the author's own prose (a reading list that is the article), nothing cut between.
    if (hit?.reason === 'related list' && headsProse(block, blocks[i + 1])) hit = undefined;
    if (hit) {
      trace.add('boilerplate', hit.reason, block.text, { anchor: anchorAt(blocks, i) });
      if (hit.reason === 'canned intro' && lead < 0 && i < firstMarker) lead = kept.length;
      dropLinks = !!hit.dropFollowingLinks;
      ended = !!hit.endsArticle;
      endedOn = block.page;
      // A dropped block that carried a cut hands it on (the ad slot may still have cut a paragraph);
      // a page footer or a pager is itself where the text was cut.
      const next = blocks[i + 1];
      const cut = block.cut ?? (hit.marksCut ? 'ad' : null);
      if (cut && next && !next.cut) next.cut = cut;
      return;
    }
    kept.push(block);
  });
  return dropIntroLead(kept, lead, trace);
}

const SUMMARY_LABEL = /^[【\[]?\s{0,2}(?:内容|资料|文档|文章|本文)?(?:摘要|简介|提要|导读|概要|介绍)\s{0,2}[】\]]?\s{0,2}[:：]/;
const SUMMARY_MAX = 300;
/** A title shorter than this is too common to tell a summary by. */
const SUMMARY_TITLE_MIN = 6;

function isTitleSummary(text: string, base: string): boolean {
  const m = text.length <= SUMMARY_MAX ? SUMMARY_LABEL.exec(text) : null;
  const key = squash(toSimplified(base));
  return m !== null && key.length >= SUMMARY_TITLE_MIN && squash(toSimplified(text.slice(m[0].length))).includes(key);
}

/** A lead of this many blocks at most, each a sentence or two, can be the canned intro's opening. */
const INTRO_LEAD_BLOCKS = 2;
const INTRO_LEAD_CHARS = 200;

/**
 * The site's canned intro often comes in two paragraphs: a generic opening about the kind of
 * text ("为了确保工作顺利进行，常常需要提前…方案", "随着法律观念的日渐普及…") and then
 * "以下是小编整理的…". On a page of several pieces, the short prose lines before the canned
 * intro are that opening: nothing of a piece stands before its first marker. A preamble with
 * anything else in it (a heading, a long preface, more lines) is left as it is.
 */
function dropIntroLead(kept: Block[], lead: number, trace: Trace): Block[] {
  const opening = kept.slice(0, lead);
  const prose = (b: Block): boolean => b.tag === 'P' && !b.strong && !b.linkOnly && b.text.length <= INTRO_LEAD_CHARS && /[。！？!?]$/.test(b.text);
  if (lead < 1 || lead > INTRO_LEAD_BLOCKS || !opening.every(prose)) return kept;
  opening.forEach((b, k) => trace.add('boilerplate', 'canned intro', b.text, { anchor: anchorAt(kept, k) }));
  return kept.slice(lead);
}

/**
 * Header and footer lines that every page of a paged article repeats inside the body
 * (a source line, a slogan): kept once would still be boilerplate, so they go everywhere.
 * Only the first and last two blocks of each page are compared, and only when every page has them.
 */
export function dropRepeatedEdges(pages: Block[][], trace: Trace): Block[][] {
  if (pages.length < 2) return pages;
  const edges = (p: Block[]): string[] => [...p.slice(0, 2), ...p.slice(-2)].map((b) => squash(b.text));
  const common = pages.map(edges).reduce((acc, e) => acc.filter((t) => e.includes(t)));
  const repeated = new Set(
    common.filter((t) => {
      const sample = pages[0]!.find((b) => squash(b.text) === t);
      // Lines every page repeats may still be real ("谢谢大家！", a date line closing each piece):
      // only links, addresses and lines naming a site go.
      return t && (sample?.linkOnly || (sample?.linkShare ?? 0) >= 0.5 || /https?:|www\.|\.(?:com|cn|net|org)\b|[网站]/.test(t));
    }),
  );
  // What page 1 opens with (a dek, the summary box), printed again atop a later page: the
  // template's, not the text's — the text never starts over. Short lines (a salutation opening
  // each piece) may well recur.
  const opening = new Set(pages[0]!.slice(0, OPENING_BLOCKS).map((b) => squash(b.text)).filter((t) => t.length >= MIN_REPEATED_OPENING));
  return pages.map((p, k) =>
    p.filter((b, i) => {
      const edge = i < 2 || i >= p.length - 2;
      if (edge && repeated.has(squash(b.text))) {
        trace.add('boilerplate', 'repeated on every page', b.text, { anchor: anchorAt(p, i) });
        return false;
      }
      if (k > 0 && i < OPENING_BLOCKS && opening.has(squash(b.text))) {
        trace.add('boilerplate', "page 1's opening repeated", b.text, { anchor: anchorAt(p, i) });
        return false;
      }
      return true;
    }),
  );
}

/** Page 1's first blocks, and their length, that a later page's top may repeat. */
const OPENING_BLOCKS = 3;
const MIN_REPEATED_OPENING = 20;
