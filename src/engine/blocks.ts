// Blocks: the body's text as a list of paragraphs, in order. Block elements end a block,
// <br><br> splits one, and a single <br> followed by an indent starts a new one too (the
// way these sites write paragraphs). Each block remembers what stood before it: a page
// break or a removed ad slot (a cut), so the repair step can join a paragraph cut in two.
import { BLOCK_TAGS, isElement, tagOf } from './dom.js';
import { isCutMarker } from './prune.js';
import { collapseSpace, trimBlock } from './text.js';

export type Cut = 'page' | 'ad' | 'gap' | null;

export interface Block {
  text: string;
  /** Tag of the element that holds the block ("P", "H2", "DIV", …). */
  tag: string;
  /** All its text is bold or a heading element: a likely marker or sub-heading. */
  strong: boolean;
  /** All its text sits inside links. */
  linkOnly: boolean;
  /** What separated it from the block before: a page break, a removed ad slot, a missing page. */
  cut: Cut;
  /** 0-based page it came from. */
  page: number;
}

interface Run {
  text: string;
  strong: boolean;
  link: boolean;
}

/** A <br> inside a paragraph, kept through white-space collapsing. */
const LINE_BREAK = '\u0001';

const STRONG_TAGS = new Set(['STRONG', 'B', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

export function extractBlocks(body: Element, page: number): Block[] {
  const blocks: Block[] = [];
  let runs: Run[] = [];
  let tag = 'P';
  let pendingCut: Cut = null;
  let brCount = 0;

  const flush = (): void => {
    const raw = runs.map((r) => r.text).join('');
    const text = trimBlock(collapseSpace(raw).replace(/\s*\u0001\s*/g, '\n'));
    if (text) {
      const visible = runs.filter((r) => r.text.replace(/[\s\u3000\u00a0\u0001]/g, ''));
      blocks.push({
        text,
        tag,
        strong: visible.length > 0 && visible.every((r) => r.strong),
        linkOnly: visible.length > 0 && visible.every((r) => r.link),
        cut: pendingCut,
        page,
      });
      pendingCut = null;
    }
    runs = [];
    brCount = 0;
  };

  // Text after <br>: two or more split the block; one splits it when the text is indented,
  // else it is a line break inside the paragraph.
  const breakBefore = (text: string, strong: boolean, link: boolean): void => {
    if (brCount >= 2 || (brCount === 1 && /^\s*(?:\u3000|\u00a0{2}| {2})/.test(text))) flush();
    else if (brCount === 1 && runs.length) runs.push({ text: LINE_BREAK, strong, link });
    brCount = 0;
  };

  const walk = (node: Node, strong: boolean, link: boolean, blockTag: string): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const t = child.nodeValue ?? '';
        if (!t.trim() && !/\u3000/.test(t)) {
          if (runs.length && !brCount) runs.push({ text: ' ', strong, link });
          continue;
        }
        breakBefore(t, strong, link);
        if (!runs.length) tag = blockTag;
        runs.push({ text: t, strong, link });
        continue;
      }
      if (!isElement(child)) continue;
      if (isCutMarker(child)) {
        flush();
        pendingCut = 'ad';
        continue;
      }
      const t = tagOf(child);
      if (t === 'BR') {
        brCount++;
        continue;
      }
      if (t === 'IMG' || t === 'HR') continue;
      if (BLOCK_TAGS.has(t)) {
        flush();
        walk(child, strong || STRONG_TAGS.has(t), link, t);
        flush();
      } else {
        if (brCount && (child.textContent ?? '').trim()) breakBefore(child.textContent ?? '', strong, link);
        walk(child, strong || STRONG_TAGS.has(t), link || t === 'A', blockTag);
      }
    }
  };

  walk(body, false, false, 'P');
  flush();
  return blocks;
}
