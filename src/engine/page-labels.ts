// Labels the page sets beside its text for other readers than a person reading: text for
// screen readers only ("Image caption, "), an image's credit line, a lone time stamp.
// Each is short and known by its markup; none is the author's prose.
import { attr, classAndId, INLINE_TAGS, lineBlock, selectAll, tagOf, textOf } from './dom.js';
import type { Trace } from './trace.js';

/** class words of text shown to screen readers only (Bootstrap, WordPress, Drupal, BBC). */
const SCREEN_READER_ONLY = /(?:^|[\s_-])(?:visually-?hidden|visuallyhidden|sr-only|screen-reader-text|screen-reader-only|screenreader-only|a11y-hidden|assistive-text|element-invisible|hidden-visually|off-?screen)(?:$|[\s_-])|VisuallyHidden/;
/** class words of an image's credit ("Photograph: …", "Image source, …") inside its figure. */
const IMAGE_CREDIT = /credit|copyright|attribution|photographer|image-?source|img-?source|pic-?source/i;
/** class words of a time stamp ("liveblog-timestamp", "post-time", "pubtime"). */
const TIME_STAMP = /(?:^|[\s_-])(?:time-?stamp|timestamp|entry-time|post-time|pub-?time|publish-time|date-?time|meta-time)(?:$|[\s_-])/i;
/** What a time stamp says: a clock time or a date, in digits ("11:52 AM", "2024-09-29 10:34", "9月29日"). */
const TIME_TEXT = /^(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s?)?(?:\d{1,2}[:：]\d{2}(?:[:：]\d{2})?\s?(?:[ap]\.?m\.?)?)?$/i;
/** Longest label: a longer element of that name is more than a label. */
const MAX_LABEL = 80;

export function pruneLabels(body: Element, trace: Trace): void {
  // A time stamp alone on its line (a news story's date under its byline, a live blog's entry time):
  // the page's, not the text's. Known by its tag, or by its name and a text of digits.
  const stamps: Element[] = [];
  for (const el of selectAll(body, '[class], time')) {
    if (tagOf(el) === 'TIME') stamps.push(el);
    if (!body.contains(el) || attr(el, 'class') === null) continue;
    const name = classAndId(el);
    if (SCREEN_READER_ONLY.test(name) && textOf(el).length <= MAX_LABEL && !el.querySelector('img, p, h1, h2, h3')) drop(el, trace, 'screen-reader label');
    else if (IMAGE_CREDIT.test(name) && el.closest('figure') && textOf(el).length <= MAX_LABEL && !el.querySelector('img, figcaption')) drop(el, trace, 'image credit');
    else if (tagOf(el) !== 'TIME' && TIME_STAMP.test(name) && TIME_TEXT.test(textOf(el)) && /\d/.test(textOf(el))) stamps.push(el);
  }
  for (const time of stamps) {
    if (!body.contains(time) || textOf(time).length > 40) continue;
    const block = lineBlock(time);
    if (block && block !== body && body.contains(block) && textOf(block) === textOf(time)) drop(block, trace, 'time stamp');
    else {
      // On a line of its own inside a larger block (a live blog entry's header: the time, then the entry's heading).
      const line = ownLine(time);
      if (line) drop(line, trace, 'time stamp');
    }
  }
}

/** The stamp with its inline wrappers, when nothing but block boundaries stand on either side of it; else null. */
function ownLine(el: Element): Element | null {
  let box = el;
  while (box.parentElement && INLINE_TAGS.has(tagOf(box.parentElement)) && textOf(box.parentElement) === textOf(el)) box = box.parentElement;
  const apart = (n: ChildNode | null, step: (x: ChildNode) => ChildNode | null): boolean => {
    for (; n; n = step(n)) {
      if (n.nodeType === 1 && !INLINE_TAGS.has(tagOf(n as Element))) return true;
      if ((n.textContent ?? '').trim()) return false;
    }
    return true;
  };
  return apart(box.previousSibling, (x) => x.previousSibling) && apart(box.nextSibling, (x) => x.nextSibling) ? box : null;
}

function drop(el: Element, trace: Trace, reason: string): void {
  trace.addElement('prune', reason, el);
  el.remove();
}
