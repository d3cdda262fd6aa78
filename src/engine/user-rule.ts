// The user's rule for the page's host, applied before the engine's own steps: `remove` takes
// elements out (traced as "用户规则"), `keep` reads elements' blocks first and puts back, in
// document order, whatever the engine's steps dropped; `body` (extract.ts) overrides the
// container. Pure: the rule comes in as data, selectors run through the DOM like the site rules'.
import type { UserRule } from '../rules/user.js';
import { extractBlocks, type Block } from './blocks.js';
import { documentOrder, isElement, selectAll } from './dom.js';
import { cutOut } from './prune.js';
import type { Trace } from './trace.js';

export const USER_RULE_REASON = '用户规则';
/** Kept elements read per page: `keep: ["p"]` on a huge page must stay cheap. */
const MAX_KEPT_ELEMENTS = 500;
/** Blocks not found in the page's text before the search gives up placing the rest exactly. */
const MAX_MISSES = 50;

function strip(s: string): string {
  return s.replace(/[\s\u00a0\u3000\u0001]+/g, '');
}

/** The matches of `selectors` that are not inside another match, in document order. */
function outermost(root: Element, selectors: readonly string[]): Element[] {
  const found = new Set<Element>();
  for (const sel of selectors) for (const el of selectAll(root, sel)) found.add(el);
  const all = [...found].filter((el) => el !== root);
  const set = new Set(all);
  const outer = all.filter((el) => {
    for (let p = el.parentElement; p; p = p.parentElement) if (set.has(p)) return false;
    return true;
  });
  return outer.sort(documentOrder);
}

/** The page's text without white space, and where each of `marks` starts in it. */
function textAndOffsets(root: Element, marks: Set<Element>): { text: string; offsets: Map<Element, number> } {
  const parts: string[] = [];
  const offsets = new Map<Element, number>();
  let length = 0;
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      const t = strip(node.nodeValue ?? '');
      parts.push(t);
      length += t.length;
      continue;
    }
    if (!isElement(node)) continue;
    if (marks.has(node)) offsets.set(node, length);
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return { text: parts.join(''), offsets };
}

/** What the rule keeps on one page, read before anything is removed, and the page's text to place it by. */
export interface Kept {
  blocks: Block[];
  text: string;
}

/** Applies the rule to a working copy: reads what it keeps, then removes what it removes. */
export function applyUserRule(work: Document, rule: UserRule, page: number, base: string | null, trace: Trace): Kept | null {
  const body = work.body;
  if (!body) return null;
  let kept: Kept | null = null;
  if (rule.keep.length) {
    const elements = outermost(body, rule.keep).slice(0, MAX_KEPT_ELEMENTS);
    if (elements.length) {
      const { text, offsets } = textAndOffsets(body, new Set(elements));
      const blocks = elements.flatMap((el) =>
        extractBlocks(el.cloneNode(true) as Element, page, base).map((b) => ({ ...b, cut: null, kept: true as const, at: offsets.get(el) ?? 0 })),
      );
      kept = { blocks, text };
    }
  }
  for (const el of outermost(body, rule.remove)) if (body.contains(el)) cutOut(el, trace, USER_RULE_REASON, 'user rule');
  return kept;
}

/** Stamps each block the engine read with its place in the page's text (`at`), for the kept blocks to be placed among. */
export function placeBlocks(blocks: Block[], text: string): void {
  let cursor = 0;
  let misses = 0;
  for (const b of blocks) {
    const key = strip(b.text).slice(0, 12);
    const i = key && misses < MAX_MISSES ? text.indexOf(key, cursor) : -1;
    if (i >= 0) {
      b.at = i;
      cursor = i + key.length;
    } else {
      if (key) misses++;
      b.at = cursor;
    }
  }
}

/** Page, then place in the page's text. */
function before(a: Block, b: Block): boolean {
  return a.page !== b.page ? a.page < b.page : (a.at ?? 0) < (b.at ?? 0);
}

/**
 * Puts the kept blocks the engine's steps dropped back among `blocks`, each before the first
 * block that came after it in the page. A kept block whose text is still there (alone, or
 * inside a block it was joined to) is not repeated.
 */
export function restoreKept(blocks: Block[], kept: Block[]): Block[] {
  if (!kept.length) return blocks;
  const key = (b: Block): string => (b.media ? JSON.stringify(b.media) : strip(b.text));
  const present = new Set(blocks.map(key));
  const out = [...blocks];
  for (const k of kept) {
    const own = key(k);
    if (!own || present.has(own)) continue;
    let i = out.findIndex((b) => before(k, b));
    if (i < 0) i = out.length;
    const near = [out[i - 1], out[i]].filter((b): b is Block => !!b && !b.media);
    if (!k.media && near.some((b) => strip(b.text).includes(own))) continue;
    out.splice(i, 0, k);
    present.add(own);
  }
  return out;
}
