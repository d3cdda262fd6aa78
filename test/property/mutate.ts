// Helpers of the property tests (test/property/mutations.test.ts): random mutations of corpus pages that leave the content alone —
// boilerplate blocks duplicated, moved or dropped; ad slots inserted between paragraphs and
// inside a paragraph (splitting its text); white space changed between tags — must never
// make the engine throw, never leak a known boilerplate phrase, and never lose a gold
// paragraph (a paragraph split by an inserted ad must come back whole).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { expect } from 'vitest';
import { cleanHtml, decodeHtml } from '../../src/index.js';
import { findRule } from '../../src/rules/index.js';

const CORPUS = join(import.meta.dirname, '..', 'corpus');

const norm = (s: string | null | undefined): string => (s ?? '').normalize('NFKC').replace(/[\s\u00a0\u3000\u200b\ufeff]+/gu, '');

/** Phrases of the sites' boilerplate; none may appear in the output. */
const PHRASES: (string | RegExp)[] = [
  '本文原地址',
  'ECMS帝国之家',
  '为帝国cms加油',
  '下面是小编',
  '以下是小编',
  /更多.{0,20}请访问/,
  '文章生成PDF付费下载',
  '下载PDF文档',
  '下载Word文档',
  '精品推荐',
  '作文辅导课程',
  '为您整理的',
  '温馨提示',
  '小六范文网',
];

/** Classes and phrases that mark a block as boilerplate (what the mutations may duplicate, move or drop). */
const BOILER_CLASS = /adsbox|pdfdown|download_boxs|excellent_articles_box|ecms-ad/;
const BOILER_TEXT = /本文原地址|本文来源|下面是小编|以下是小编|更多.{0,20}请访问|温馨提示|敬请关注/;
const AD_SLOT = (n: number) =>
  `<div class="adsbox"><script>ecms_show_ad("content_mid_${n}");</script><a href="https://www.xiaorob.com/e/public/ClickAd?adid=${n}" target="_blank"><img src="/d/file/ad/banner_${n}.jpg" alt="作文辅导一对一，名师在线"></a></div>`;

export interface Case {
  name: string;
  url: string;
  html: string;
  /** Normalised gold paragraphs. */
  paragraphs: string[];
  headings: string[];
  phrases: (string | RegExp)[];
  container: string;
}

function loadCase(name: string): Case {
  const dir = join(CORPUS, name);
  const meta = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as { url: string; entry: string; pages: number };
  const gold = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { pieces: { heading: string | null; paragraphs: string[] }[] };
  const { html } = decodeHtml(new Uint8Array(readFileSync(join(dir, meta.entry))));
  const paragraphs = gold.pieces.flatMap((p) => p.paragraphs).map(norm);
  const headings = gold.pieces.flatMap((p) => (p.heading ? [norm(p.heading)] : []));
  const goldText = [...headings, ...paragraphs].join('\n');
  const { document } = parseHTML(html);
  const rule = findRule(document as unknown as Document, meta.url);
  const container = (rule?.body ?? 'article').split(',')[0]!.trim();
  const phrases = PHRASES.filter((p) => (typeof p === 'string' ? !goldText.includes(norm(p)) : !p.test(goldText)));
  return { name, url: meta.url, html, paragraphs, headings, phrases, container };
}

export const CASES = ['xiaorob-teacher-summary-ads', 'xiaorob-my-mother-single', 'ruiwen-military-training', '51test-national-day'].map(loadCase);

// ── The DOM of one case, with its blocks classified ─────────────────────────────────
type Doc = ReturnType<typeof parseHTML>['document'];
type El = ReturnType<Doc['createElement']>;

function visibleText(el: El): string {
  const c = el.cloneNode(true) as El;
  for (const h of Array.from(c.querySelectorAll('[style]'))) if (/display\s*:\s*none/i.test(h.getAttribute('style') ?? '')) h.remove();
  return norm(c.textContent);
}

interface Page {
  document: Doc;
  body: El;
  /** Boilerplate blocks: inside the body, or the paywall box next to it. */
  boiler: El[];
  /** Boilerplate blocks that sit at a cut (between two parts of one paragraph): duplicated, never moved or dropped. */
  fixed: Set<El>;
  /** Body children that hold one whole gold paragraph (or heading): ad slots and moves go before or after them. */
  units: El[];
  /** Body children that hold one whole gold paragraph (not a heading), with a text node to split. */
  splittable: El[];
}

export function openPage(c: Case): Page {
  const { document } = parseHTML(c.html);
  const body = document.querySelector(c.container) as El;
  if (!body) throw new Error(`${c.name}: no ${c.container}`);
  const paras = new Set(c.paragraphs);
  const heads = new Set(c.headings);
  const kids = Array.from(body.children) as El[];
  const isUnit = (e: El | undefined): boolean => !!e && (paras.has(visibleText(e)) || heads.has(visibleText(e)));
  const isBoiler = (e: El): boolean => BOILER_CLASS.test(e.getAttribute('class') ?? '') || (BOILER_TEXT.test(e.textContent ?? '') && !isUnit(e) && (e.textContent ?? '').length < 200);
  // A block that cuts a paragraph in two (the text before it is not a whole paragraph) stays
  // where it is: moving or dropping it would change the content's shape. It may still be duplicated.
  const atCut = (i: number): boolean => {
    const prev = kids.slice(0, i).reverse().find((k) => !isBoiler(k));
    return !!prev && !isUnit(prev);
  };
  const boiler = kids.filter((e) => isBoiler(e));
  const fixed = new Set(kids.filter((e, i) => isBoiler(e) && atCut(i)));
  for (const sel of ['.pdfdown', '.download_boxs']) {
    const box = document.querySelector(sel) as El | null;
    if (box && !boiler.includes(box)) boiler.push(box);
  }
  const units = kids.filter((e) => isUnit(e));
  const splittable = kids.filter((e) => paras.has(visibleText(e)) && Array.from(e.childNodes).some((n) => n.nodeType === 3 && norm(n.textContent).length >= 2));
  return { document, body, boiler, fixed, units, splittable };
}

/** Inserts `node` before or after the unit at index `at` (mod the number of units). */
function insertAtUnit(p: Page, node: El, at: number, after: boolean): void {
  const u = p.units[at % p.units.length]!;
  if (after) u.after(node);
  else u.before(node);
}

function fragment(doc: Doc, html: string): El {
  const t = doc.createElement('div');
  t.innerHTML = html;
  return t.firstElementChild as El;
}

export const serialise = (p: Page): string => p.document.toString();

// ── The check ────────────────────────────────────────────────────────────────────────
export function check(c: Case, html: string): void {
  let article;
  try {
    article = cleanHtml(html, c.url);
  } catch (e) {
    throw new Error(`${c.name}: the engine threw: ${e instanceof Error ? e.message : String(e)}`);
  }
  const out = article.pieces.flatMap((p) => [p.heading ?? '', ...p.paragraphs]);
  const text = out.join('\n');
  for (const ph of c.phrases) {
    const leaked = typeof ph === 'string' ? text.includes(ph) : ph.test(text);
    expect(leaked, `${c.name}: boilerplate leaked: ${String(ph)} in ${JSON.stringify(out.find((t) => (typeof ph === 'string' ? t.includes(ph) : ph.test(t))))}`).toBe(false);
  }
  const got = new Set(article.pieces.flatMap((p) => p.paragraphs).map(norm));
  for (const g of c.paragraphs) expect(got.has(g), `${c.name}: gold paragraph lost or split: ${g.slice(0, 40)}…`).toBe(true);
}

// ── Arbitraries ──────────────────────────────────────────────────────────────────────
export const BY_NAME = new Map(CASES.map((c) => [c.name, c]));
/** Case names (not the cases: a counterexample prints its values, and a page is long). */
export const caseArb = fc.constantFrom(...CASES.map((c) => c.name));
export type Op = { kind: 'dup' | 'move' | 'drop'; which: number; at: number; after: boolean };
export const opArb: fc.Arbitrary<Op> = fc.record({ kind: fc.constantFrom('dup' as const, 'move' as const, 'drop' as const), which: fc.nat(), at: fc.nat(), after: fc.boolean() });

export function applyBoilerOps(p: Page, ops: Op[]): void {
  for (const op of ops) {
    if (!p.boiler.length) return;
    const b = p.boiler[op.which % p.boiler.length]!;
    if (op.kind !== 'dup' && p.fixed.has(b)) continue;
    if (op.kind === 'drop') {
      b.remove();
      p.boiler.splice(p.boiler.indexOf(b), 1);
    } else if (op.kind === 'move') {
      b.remove();
      insertAtUnit(p, b, op.at, op.after);
    } else {
      const copy = b.cloneNode(true) as El;
      insertAtUnit(p, copy, op.at, op.after);
      p.boiler.push(copy);
    }
  }
}

export function insertAdsBetween(p: Page, at: { at: number; after: boolean }[]): void {
  at.forEach((a, i) => insertAtUnit(p, fragment(p.document, AD_SLOT(100 + i)), a.at, a.after));
}

/** Puts an ad slot inside a paragraph, in the middle of one of its text nodes. */
export function insertAdInside(p: Page, which: number, cut: number): void {
  const para = p.splittable[which % p.splittable.length]!;
  const texts = Array.from(para.childNodes).filter((n) => n.nodeType === 3 && norm(n.textContent).length >= 2);
  const node = texts[cut % texts.length]!;
  const s = node.textContent ?? '';
  // A cut strictly inside the visible text (after at least one character, before the last).
  const chars = [...s];
  const first = chars.findIndex((ch) => !/[\s\u3000]/.test(ch));
  const positions = chars.length - first - 1;
  const k = first + 1 + (cut % Math.max(1, positions));
  const left = p.document.createTextNode(chars.slice(0, k).join(''));
  const right = p.document.createTextNode(chars.slice(k).join(''));
  node.before(left);
  node.before(fragment(p.document, AD_SLOT(900)));
  node.before(right);
  node.remove();
}

export const WS = fc.constantFrom(' ', '\n', '\t', '\r\n', '\n    ', '\n\t\t', '  \n  ');
/** Adds white space between tags at the chosen positions (after <body>). */
export function changeWhiteSpace(html: string, picks: { pos: number; ws: string }[]): string {
  const start = html.search(/<body[\s>]/i);
  const gaps: number[] = [];
  for (let i = html.indexOf('><', start); i >= 0; i = html.indexOf('><', i + 1)) gaps.push(i + 1);
  const chosen = new Map<number, string>();
  for (const p of picks) if (gaps.length) chosen.set(gaps[p.pos % gaps.length]!, p.ws);
  let out = '';
  let last = 0;
  for (const g of [...chosen.keys()].sort((a, b) => a - b)) {
    out += html.slice(last, g) + chosen.get(g);
    last = g;
  }
  return out + html.slice(last);
}

