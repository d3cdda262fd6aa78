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
  /** Share of its text inside links, 0 to 1 (a related line "《title》——note" is partly a link). */
  linkShare?: number;
  /** What separated it from the block before: a page break, a removed ad slot, a missing page. */
  cut: Cut;
  /** 0-based page it came from. */
  page: number;
  /**
   * The text after a box the site put INSIDE a paragraph. HTML closes a <p> at a block
   * element, so `<p>A<div ad></div>B</p>` parses as `<p>A</p><div ad></div>B<p></p>`:
   * loose text after the cut, then an empty <p>. That B is the rest of A's paragraph.
   */
  restOfParagraph?: boolean;
  /** Its text stood loose in the body, not inside a block element of its own. */
  loose?: boolean;
  /** It opened with a paragraph indent (　　 or &nbsp;&nbsp;), as these sites start paragraphs. */
  indented?: boolean;
}

interface Run {
  text: string;
  strong: boolean;
  link: boolean;
}

/** A <br> inside a paragraph, kept through white-space collapsing. */
const LINE_BREAK = '\u0001';

const STRONG_TAGS = new Set(['STRONG', 'B', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

function share(runs: Run[]): number {
  const len = (r: Run): number => r.text.replace(/\s/g, '').length;
  const total = runs.reduce((n, r) => n + len(r), 0);
  return total ? runs.reduce((n, r) => n + (r.link ? len(r) : 0), 0) / total : 0;
}

export function extractBlocks(body: Element, page: number): Block[] {
  // One text node per run of text: linkedom splits "&nbsp;&nbsp;正文" into three nodes, and
  // the indent that tells a new paragraph after a <br> must be seen whole. (The body is the
  // engine's working copy.)
  body.normalize();
  const blocks: Block[] = [];
  let runs: Run[] = [];
  let tag = 'P';
  let pendingCut: Cut = null;
  let brCount = 0;
  /** The pending run is loose in the body (not inside a block element of its own). */
  const ROOT = '#root';

  const flush = (): void => {
    const raw = runs.map((r) => r.text).join('');
    // Split at the kept <br>s and trim each line (a pattern like /\s*\u0001\s*/ is quadratic on a long run of spaces).
    const text = trimBlock(collapseSpace(raw).split(LINE_BREAK).map((line) => line.trim()).join('\n'));
    if (text) {
      const visible = runs.filter((r) => r.text.replace(/[\s\u3000\u00a0\u0001]/g, ''));
      blocks.push({
        text,
        tag: tag === ROOT ? 'P' : tag,
        ...(tag === ROOT ? { loose: true } : {}),
        strong: visible.length > 0 && visible.every((r) => r.strong),
        linkOnly: visible.length > 0 && visible.every((r) => r.link),
        linkShare: share(visible),
        indented: /^[\r\n\t ]*(?:\u3000|\u00a0\u00a0)/.test(raw),
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

  // An explicit stack instead of recursion: misnested pages (a <font> never closed, again and
  // again) nest thousands deep.
  type Frame = { node: Node; strong: boolean; link: boolean; blockTag: string } | 'end-block';
  const stack: Frame[] = [];
  const pushChildren = (node: Node, strong: boolean, link: boolean, blockTag: string): void => {
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push({ node: c, strong, link, blockTag });
  };
  pushChildren(body, false, false, ROOT);
  while (stack.length) {
    const frame = stack.pop()!;
    if (frame === 'end-block') {
      flush();
      continue;
    }
    const { node: child, strong, link, blockTag } = frame;
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
      if (t === 'P' && !child.firstChild) {
        const last = blocks[blocks.length - 1];
        if (last?.loose && last.cut === 'ad') last.restOfParagraph = true;
        continue;
      }
      stack.push('end-block');
      pushChildren(child, strong || STRONG_TAGS.has(t), link, t);
    } else {
      if (brCount && (child.textContent ?? '').trim()) breakBefore(child.textContent ?? '', strong, link);
      pushChildren(child, strong || STRONG_TAGS.has(t), link || t === 'A', blockTag);
    }
  }
  flush();
  return blocks;
}
