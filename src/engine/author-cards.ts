// A forum post's author card — the poster's name, rank, avatar and counts ("12 主题 86 帖子 402 积分")
// beside each post of a thread (Discuz!, phpBB, vBulletin) — is no text of the thread. It travels
// with the generic reader: a thread has no site rule, and the script every known-site page runs
// at start-up does not carry it.
import { selectAll, tagOf, textOf } from './dom.js';
import { cutOut } from './prune.js';
import type { Trace } from './trace.js';

/** A poster's counts on a forum's author card (Discuz!, phpBB, vBulletin), in either script. */
const CARD_LABEL = /^(?:主题|主題|帖子|积分|積分|精华|精華|威望|金钱|金錢|贡献|貢獻|回帖|发帖|發帖|粉丝|粉絲|在线时间|在線時間|注册时间|註冊時間|最后登录|最後登錄|阅读权限|閱讀權限|UID|Posts|Joined|Reputation|Credits)[:：]?$/i;
/** Words of a sentence: an author card has none. */
const SENTENCE_MARK = /[。！？!?；;，,]/;

/**
 * A forum post's author card: a box of short lines (the name, the rank, the avatar) with three
 * or more of a poster's counts under their labels ("12 主题 86 帖子 402 积分"), and no sentence.
 * Outermost first, so the card goes whole, name and rank with it.
 */
export function pruneAuthorCards(body: Element, trace: Trace): void {
  const labelled = new Set<Element>();
  for (const el of selectAll(body, 'th, td, dt, dd, em, span, p, li, div, strong, b')) {
    if (el.childElementCount <= 1 && CARD_LABEL.test(ownText(el).trim())) labelled.add(el);
  }
  if (labelled.size < MIN_CARD_LABELS) return;
  const cards = new Set<Element>();
  for (const label of labelled) {
    // The largest box around the label that is still a card: short, no sentence, the article's text elsewhere.
    let card: Element | null = null;
    // (Never a table's cell itself: the post's table keeps its shape, a layout of two columns.)
    for (let e = label.parentElement; e && e !== body && !/^T[DHR]$/.test(tagOf(e)); e = e.parentElement) {
      const text = textOf(e);
      if (text.length > CARD_MAX_CHARS || SENTENCE_MARK.test(text)) break;
      card = e;
    }
    if (card && countLabels(card, labelled) >= MIN_CARD_LABELS) cards.add(card);
  }
  for (const card of cards) {
    if (!body.contains(card) || [...cards].some((c) => c !== card && c.contains(card))) continue;
    // A post's table is its layout (the card's column beside the post's): read as text, not as a grid.
    card.closest('table')?.setAttribute('role', 'presentation');
    cutOut(card, trace, 'author card');
  }
}

const MIN_CARD_LABELS = 3;
const CARD_MAX_CHARS = 160;

function countLabels(box: Element, labelled: Set<Element>): number {
  let n = 0;
  for (const l of labelled) if (box.contains(l)) n++;
  return n;
}

/** An element's own text, its children's text left out ("<th><p>12</p>主题</th>" → "主题"). */
function ownText(el: Element): string {
  let t = '';
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3) t += n.nodeValue ?? '';
  return t;
}

