// Page shapes whose markup splits the text where the text does not break: folds that hide
// the rest of an article ("展开全文", <mip-showmore>, AMP accordions) and a document reader's
// page boxes, each ended by its footer. Both are mended on the working copy. (A reader that
// draws one positioned line per <p> is mended in positioned-lines.ts.)
import { classAndId, CUT_TAG, hasBlockChild, selectAll, tagOf } from './dom.js';
import { PAGE_FOOTER } from '../rules/generic.js';

/** class/id words of folds: the text goes on inside (or after) them. */
const FOLD_WORDS = /(?:^|[\s_-])(?:fold|unfold|showmore|show-more|readmore|read-more|expand|collapse|zhankai|article-hide|hide-article)(?:$|[\s_-])/i;

/**
 * Puts a cut marker on both sides of a fold that holds paragraphs, so a paragraph the fold
 * cut in two ("…遇有突发事件及时" | fold | "处理并报告。") can be joined again by the repair step.
 */
export function markFolds(body: Element, all: Element[] = selectAll(body, '*')): void {
  for (const el of all) {
    const custom = tagOf(el).includes('-') && tagOf(el) !== CUT_TAG.toUpperCase();
    if (!(custom || FOLD_WORDS.test(classAndId(el))) || !hasBlockChild(el) || !body.contains(el)) continue;
    el.before(el.ownerDocument.createElement(CUT_TAG));
    el.after(el.ownerDocument.createElement(CUT_TAG));
  }
}

const FOOTER_TAGS = new Set(['DIV', 'P', 'SPAN', 'FOOTER']);

/**
 * A document reader's page footer ("第 2 页 共 3 页") is where the text was cut into pages:
 * a cut marker, before Readability drops the footer (and the trace of the cut) silently.
 * (`all`: the body's elements, when a walk already found them.)
 */
export function markPageFooters(body: Element, all: Element[] = selectAll(body, '*')): void {
  const boxes = new Set<Element>();
  for (const el of all) {
    if (!FOOTER_TAGS.has(tagOf(el))) continue;
    // A box of blocks is no footer line: skipped before its (whole subtree's) text is read.
    if (hasBlockChild(el)) continue;
    const text = (el.textContent ?? '').trim();
    if (text.length <= 24 && PAGE_FOOTER.test(text) && body.contains(el)) {
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
