// Labels the page sets beside its text for other readers than a person reading: text for
// screen readers only ("Image caption, "), an image's credit line, a lone time stamp.
// Each is short and known by its markup; none is the author's prose.
import { classAndId, lineBlock, selectAll, textOf } from './dom.js';
import type { Trace } from './trace.js';

/** class words of text shown to screen readers only (Bootstrap, WordPress, Drupal, BBC). */
const SCREEN_READER_ONLY = /(?:^|[\s_-])(?:visually-?hidden|visuallyhidden|sr-only|screen-reader-text|screen-reader-only|screenreader-only|a11y-hidden|assistive-text|element-invisible|hidden-visually|off-?screen)(?:$|[\s_-])|VisuallyHidden/;
/** class words of an image's credit ("Photograph: …", "Image source, …") inside its figure. */
const IMAGE_CREDIT = /credit|copyright|attribution|photographer|image-?source|img-?source|pic-?source/i;
/** Longest label: a longer element of that name is more than a label. */
const MAX_LABEL = 80;

export function pruneLabels(body: Element, trace: Trace): void {
  for (const el of selectAll(body, '[class]')) {
    if (!body.contains(el)) continue;
    const name = classAndId(el);
    if (SCREEN_READER_ONLY.test(name) && textOf(el).length <= MAX_LABEL && !el.querySelector('img, p, h1, h2, h3')) drop(el, trace, 'screen-reader label');
    else if (IMAGE_CREDIT.test(name) && el.closest('figure') && textOf(el).length <= MAX_LABEL && !el.querySelector('img, figcaption')) drop(el, trace, 'image credit');
  }
  // A time stamp alone on its line (a news story's date under its byline): the page's, not the text's.
  for (const time of selectAll(body, 'time')) {
    const block = lineBlock(time);
    if (block && block !== body && body.contains(block) && textOf(block) === textOf(time) && textOf(time).length <= 40) drop(block, trace, 'time stamp');
  }
}

function drop(el: Element, trace: Trace, reason: string): void {
  trace.addElement('prune', reason, el);
  el.remove();
}
