// A document reader's page boxes, each ended by its footer ("第 2 页 共 3 页"): where the text was
// cut into pages, mended on the working copy. In the generic reader (generic-reader.ts): no
// known site is a document reader, and the script every known-site page runs at start-up does not carry it.
import { CUT_TAG, hasBlockChild, selectAll, tagOf } from './dom.js';
import { PAGE_FOOTER } from '../rules/generic.js';

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
    // Where every box holds its text in one wrapper (div.page-content), the wrappers open too: the pages' paragraphs become siblings.
    const wrappers = group.map(onlyWrapper);
    const open = wrappers.every((w) => w !== null);
    group.forEach((box, k) => {
      box.before(box.ownerDocument.createElement(CUT_TAG));
      if (open) wrappers[k]!.replaceWith(...Array.from(wrappers[k]!.childNodes));
      box.replaceWith(...Array.from(box.childNodes));
    });
  }
}

/** A page box's one element (its footer aside), when that is a wrapper of blocks. */
function onlyWrapper(box: Element): Element | null {
  const inner = Array.from(box.children).filter((c) => tagOf(c) !== CUT_TAG.toUpperCase());
  return inner.length === 1 && /^(?:DIV|SECTION|ARTICLE)$/.test(tagOf(inner[0]!)) && hasBlockChild(inner[0]!) ? inner[0]! : null;
}
