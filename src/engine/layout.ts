// Folds whose markup splits the text where the text does not break ("展开全文", <mip-showmore>,
// AMP accordions), mended on the working copy. (A document reader's page boxes are mended in
// page-boxes.ts, its positioned lines in positioned-lines.ts: both in the generic reader.)
import { classAndId, CUT_TAG, hasBlockChild, selectAll, tagOf } from './dom.js';

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

const DISPLAY_BLOCK = /(?:^|;)\s*display\s*:\s*block\b/i;

/**
 * A span its own style sets as a block (a recipe card's notes, one a line) is a paragraph: made
 * a <div> before the styles go (Readability drops them), so the blocks step sees the break.
 */
export function openBlockSpans(all: Element[]): void {
  for (const el of all) {
    if (tagOf(el) !== 'SPAN' || !DISPLAY_BLOCK.test(el.getAttribute('style') ?? '')) continue;
    const div = el.ownerDocument.createElement('div');
    div.append(...Array.from(el.childNodes));
    el.replaceWith(div);
  }
}

