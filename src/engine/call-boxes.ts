// A box that sells the site's app ("打开瑞文网APP … 打开APP阅读") or takes a lead ("免费获取留学方案"
// over name and phone fields), set by mobile templates between the halves of a sentence: no text
// of the article, and a cut the sentence goes on across.
import { APP_CALL, LEAD_WORDS } from '../rules/generic.js';
import { selectAll, tagOf, textExceeds, textOf } from './dom.js';

/** The longest such box: a button, a line of pitch, a count of users. */
const MAX_BOX_CHARS = 120;
/** Boxes only: a paragraph holds text, never a pitch of this kind alone. */
const BOX_TAGS = /^(?:DIV|SECTION|ASIDE|FORM|A|FIGURE)$/;
/** A sentence's end: prose, which no such box holds. */
const SENTENCE_END = /[。！？!?]/;
/** The word every app call holds. */
const APP_WORD = /app|客户端/i;
const FIELD = 'input:not([type="hidden"]):not([type="submit"]):not([type="button"]):not([type="checkbox"]):not([type="radio"]), textarea';

/** Such a box: short, no sentence, and a call to open the app, or fields to fill with a call to apply. */
export function isCallBox(el: Element): boolean {
  if (!BOX_TAGS.test(tagOf(el)) || textExceeds(el, MAX_BOX_CHARS)) return false;
  const text = textOf(el);
  // Most short boxes name neither an app nor a lead: ruled out before their parts are read.
  const app = APP_WORD.test(text);
  if (SENTENCE_END.test(text) || (!app && !LEAD_WORDS.test(text))) return false;
  const calls = selectAll(el, 'a, button, span, b, strong, em, p, input[type="button"], input[type="submit"]');
  if (app && [el, ...calls].some((c) => APP_CALL.test(textOf(c) || (c.getAttribute('value') ?? '')))) return true;
  return LEAD_WORDS.test(text) && selectAll(el, FIELD).length > 0 && selectAll(el, 'button, input[type="submit"], input[type="button"], a').length > 0;
}
