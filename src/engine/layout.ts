// Page shapes whose markup splits the text where the text does not break: folds that hide
// the rest of an article ("展开全文", <mip-showmore>, AMP accordions) and document readers that
// draw one absolutely positioned line per <p> (文库). Both are mended on the working copy.
import { classAndId, selectAll, tagOf } from './dom.js';
import { PAGE_FOOTER } from '../rules/generic.js';
import { CUT_TAG } from './prune.js';

/** class/id words of folds: the text goes on inside (or after) them. */
const FOLD_WORDS = /(?:^|[\s_-])(?:fold|unfold|showmore|show-more|readmore|read-more|expand|collapse|zhankai|article-hide|hide-article)(?:$|[\s_-])/i;

function hasBlockChild(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (/^(?:P|DIV|SECTION|H\d|UL|OL|TABLE|BLOCKQUOTE)$/.test(tagOf(c))) return true;
  return false;
}

/**
 * Puts a cut marker on both sides of a fold that holds paragraphs, so a paragraph the fold
 * cut in two ("…遇有突发事件及时" | fold | "处理并报告。") can be joined again by the repair step.
 */
export function markFolds(body: Element): void {
  for (const el of selectAll(body, '*')) {
    const custom = tagOf(el).includes('-') && tagOf(el) !== CUT_TAG.toUpperCase();
    if (!(custom || FOLD_WORDS.test(classAndId(el))) || !hasBlockChild(el) || !body.contains(el)) continue;
    el.before(el.ownerDocument.createElement(CUT_TAG));
    el.after(el.ownerDocument.createElement(CUT_TAG));
  }
}

/**
 * A document reader's page footer ("第 2 页 共 3 页") is where the text was cut into pages:
 * a cut marker, before Readability drops the footer (and the trace of the cut) silently.
 */
export function markPageFooters(body: Element): void {
  const boxes = new Set<Element>();
  for (const el of selectAll(body, 'div, p, span, footer')) {
    const text = (el.textContent ?? '').trim();
    if (text.length <= 24 && body.contains(el) && !hasBlockChild(el) && PAGE_FOOTER.test(text)) {
      if (el.parentElement && el.parentElement !== body) boxes.add(el.parentElement);
      el.replaceWith(el.ownerDocument.createElement(CUT_TAG));
    }
  }
  openPageBoxes(boxes);
}

/** A running header is short: the document's title or a chapter name. */
const MAX_HEADER_CHARS = 60;

/**
 * Sibling page boxes (each one ended by a page footer) are one text: a running header that
 * opens every box (the document's title again) is the reader's, not the text's, and the
 * boxes are opened into their parent with a cut between them, so the locator sees one body
 * of paragraphs rather than several small ones (and Readability drops no short last page).
 */
function openPageBoxes(boxes: Set<Element>): void {
  const groups = new Map<Element | null, Element[]>();
  for (const box of boxes) groups.set(box.parentElement, [...(groups.get(box.parentElement) ?? []), box]);
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const heads = group.map((box) => box.firstElementChild!);
    const text = (h: Element): string => (hasBlockChild(h) ? '' : (h.textContent ?? '').trim());
    const first = text(heads[0]!);
    if (first && first.length <= MAX_HEADER_CHARS && heads.every((h) => text(h) === first)) for (const h of heads) h.remove();
    for (const box of group) {
      box.before(box.ownerDocument.createElement(CUT_TAG));
      box.replaceWith(...Array.from(box.childNodes));
    }
  }
}

interface Line {
  el: Element;
  left: number;
  text: string;
}

const POSITIONED = /position\s*:\s*absolute/i;
const LEFT = /(?:^|;)\s*left\s*:\s*(-?\d+(?:\.\d+)?)px/i;
const TERMINAL = /[。！？!?：:；;”」』）)]$/;
/** A container of at least this many positioned lines is a document reader's page. */
const MIN_LINES = 4;

function positionedLine(el: Element): Line | null {
  const style = el.getAttribute('style') ?? '';
  if (!POSITIONED.test(style)) return null;
  const left = LEFT.exec(style);
  const text = (el.textContent ?? '').trim();
  // Off-screen (left:-9999px) is an anti-copy trick, not a line of the page.
  return left && text && Number(left[1]) >= 0 ? { el, left: Number(left[1]), text } : null;
}

/**
 * Rebuilds paragraphs from a document reader's visual lines: consecutive positioned lines
 * join into one paragraph until a line is indented past the page's left margin (a first
 * line) or the line before ended a sentence well short of the full width.
 */
export function joinPositionedLines(body: Element): void {
  const parents = new Set<Element>();
  let total = 0;
  for (const el of selectAll(body, 'p[style], div[style]')) {
    if (el.parentElement && positionedLine(el)) {
      parents.add(el.parentElement);
      total++;
    }
  }
  // The reader's pages together hold many lines (a page may end with one or two).
  if (total < MIN_LINES) return;
  for (const parent of parents) {
    const lines: Line[] = [];
    for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
      const line = positionedLine(c);
      if (line) lines.push(line);
    }
    // A page box of lines, not a paragraph with a positioned span in it.
    if (lines.length < 2 || lines.length < 0.8 * parent.children.length - 2) continue;
    const margin = Math.min(...lines.map((l) => l.left));
    const width = Math.max(...lines.map((l) => l.text.length));
    let para: Line[] = [];
    const flush = (): void => {
      if (!para.length) return;
      const p = parent.ownerDocument.createElement('p');
      p.textContent = para.map((l) => l.text).join('');
      para[0]!.el.before(p);
      for (const l of para) l.el.remove();
      para = [];
    };
    for (const line of lines) {
      const prev = para[para.length - 1];
      const starts = line.left > margin + 4 || (prev !== undefined && TERMINAL.test(prev.text) && prev.text.length < 0.85 * width);
      if (starts) flush();
      para.push(line);
    }
    flush();
  }
}
