// Prune: drop what is not the article. Hidden nodes go silently (anti-copy watermarks sit
// inside sentences); boxes that stand between paragraphs (ads, paywalls, scripts) are
// replaced by a <qw-cut> marker so the repair step knows a paragraph may have been cut there.
import type { SiteRule } from '../rules/define.js';
import { AD_LABEL, AD_WORDS, RELATED_HEADING, BACK_LINK, CONSENT_TEXT, INLINE_AD_LINK, INLINE_PROMO_LABEL, CONSENT_WORDS, EMBED_SELECTORS, HIDDEN_BOX_WORDS, NON_ARTICLE_SELECTORS, PAYWALL_TEXT, PREVIEW_END, PROMO_TEXT, SIGNUP_WORDS, STRIP_SELECTORS, THREAD_WORDS, UGC_HEADING, WIDGET_WORDS } from '../rules/generic.js';
import { attr, classAndId, CUT_TAG, documentOrder, INLINE_TAGS, isElement, lineBlock, linkDensity, selectAll, selectList, tagOf, textExceeds, textOf } from './dom.js';
import { toSimplified } from './text.js';
import { IMAGE_FILE } from './images.js';
import { reaches, signature } from './listing.js';
import { titleHeading } from './title-heading.js';
import { pruneLabels } from './page-labels.js';
import type { Trace } from './trace.js';
import { genericReader } from './locate.js';

/** Where a box was cut out of the text (defined with the DOM helpers, which the generic reader's bundle shares). */
export { CUT_TAG } from './dom.js';

/** Outside the body, and inside it once the body is located: never text. */
const HEAD_ONLY = ['script', 'style', 'noscript', 'template'];
const NON_TEXT = ['style', 'link', 'meta', 'template', 'noscript'];
const NON_TEXT_TAGS = new Set(NON_TEXT.map((t) => t.toUpperCase()));
const NON_TEXT_OR_FIELDS = [...NON_TEXT, ...STRIP_SELECTORS];

/** One CSS declaration that hides its element: display:none, visibility:hidden, font-size:0, opacity:0, a clip to nothing. */
const HIDING_DECLARATION = /^(?:display:none|visibility:hidden|content-visibility:hidden|font-size:0(?:\.0+)?(?:px|pt|em|rem|%)?|opacity:0(?:\.0+)?|(?:left|top|text-indent):-\d{4,}(?:px|em)?|clip:rect\((?:0(?:px)?|1px)(?:,?(?:0(?:px)?|1px)){3}\)|clip-path:inset\(50%\))(?:!important)?$/i;

/**
 * A hiding declaration anywhere in a declaration list or a whole stylesheet (looser than
 * HIDING_DECLARATION): most inline styles and stylesheets are ruled out by this one test.
 */
const MAY_HIDE = /display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0|opacity\s*:\s*0|(?:left|top|text-indent)\s*:\s*-\s*\d{4}|clip\s*:\s*rect|clip-path\s*:\s*inset/i;

/** True when a declaration list (an inline style, or a <style> rule's body) hides its element. */
function hides(declarations: string): boolean {
  if (!MAY_HIDE.test(declarations)) return false;
  // A clip hides only what is taken out of the flow (the "visually hidden" pattern: position:absolute, clip:rect(0 0 0 0)).
  const taken = /position\s*:\s*(?:absolute|fixed)/i.test(declarations);
  return declarations.split(';').some((d) => {
    const t = d.replace(/\s+/g, '');
    return HIDING_DECLARATION.test(t) && (taken || !/^clip/i.test(t));
  });
}

/** "@media screen", "@media all", "@media only screen, print": applies whenever the page is read on a screen. */
function onScreen(prelude: string): boolean {
  const p = prelude.trim().toLowerCase();
  if (!p.startsWith('@media') || p.includes('(') || /\bnot\b/.test(p)) return false;
  return p
    .slice('@media'.length)
    .split(',')
    .some((q) => /^(?:only\s+)?(?:screen|all)$/.test(q.trim()));
}

/**
 * Top-level rules of a stylesheet, `[selector, declarations]`, read in one linear pass. The
 * rules of an unconditional screen block ("@media screen{…}") count as top level; those of
 * any other at-rule (a width query, print) do not.
 */
export function topLevelRules(css: string): [string, string][] {
  const rules: [string, string][] = [];
  let depth = 0; // open conditional at-rule blocks
  let screens = 0; // open "@media screen" blocks read as top level
  let boundary = 0; // where the current selector text starts
  let open = -1; // the "{" of a rule whose body is being read
  for (let i = 0; i < css.length; i++) {
    const ch = css[i];
    if (ch === '{') {
      if (open >= 0) {
        // "@media …{ .a{" : the outer brace opened an at-rule block
        const last = rules[rules.length - 1];
        if (depth === 0 && last && last[1] === '' && onScreen(last[0])) {
          rules.pop();
          screens++;
        } else depth++;
      }
      open = i;
      if (depth === 0) rules.push([css.slice(boundary, i), '']);
      boundary = i + 1;
    } else if (ch === '}') {
      if (open >= 0) {
        const last = rules[rules.length - 1];
        if (depth === 0 && last && last[1] === '') last[1] = css.slice(open + 1, i);
        open = -1;
      } else if (depth > 0) depth--;
      else if (screens > 0) screens--;
      boundary = i + 1;
    }
  }
  return rules.filter(([sel, body]) => sel.trim() && body.trim());
}

/**
 * Selectors that the page's own stylesheet hides (".hide-txt{display:none}", an anti-copy
 * trick), matched as the page would match them — never just by their last class, which hid
 * whole articles (".header-undermenu .wrapper{display:none}" on a page whose article sits in
 * another ".wrapper"). Rules inside @media and friends are conditional: left alone.
 * Pseudo-classes (":hover") hide only some of the time: left alone too.
 */
function selectorsHiddenByStyles(doc: Document): string[] {
  const selectors = new Set<string>();
  for (const style of selectAll(doc, 'style')) {
    const css = style.textContent ?? '';
    // Most stylesheets hide nothing: only one with a hiding declaration is read rule by rule.
    if (!MAY_HIDE.test(css)) continue;
    for (const [sel, body] of topLevelRules(css)) {
      if (!hides(body)) continue;
      for (const s of sel.split(',')) {
        const t = s.trim();
        if (t && t.length <= 200 && !t.includes(':') && !/^(?:html|body|head)$/i.test(t)) selectors.add(t);
      }
    }
  }
  return [...selectors].slice(0, 200);
}

/**
 * Hiding that would take this share of the page's text is not an anti-copy span but the
 * article itself, shown later by the page's script (WeChat, folds, "<div hidden>"): kept.
 */
const MAX_HIDDEN_SHARE = 0.3;
const MIN_KEPT_HIDDEN_CHARS = 100;

const WRAPPERS = new Set(['DIV', 'SECTION', 'SPAN', 'FONT', 'CENTER']);
/** Bare wrappers in a row before a chain is unwrapped. */
const MIN_CHAIN = 4;

/**
 * No real page nests elements this deep; a hostile one does (1,000 nested <ul> in 9 KB kept
 * Readability busy for 22 s: its scoring walks ancestors and inner text, quadratic in depth).
 */
export const MAX_DEPTH = 48;

/**
 * One walk of the page that (1) unwraps chains of bare wrappers (<div><div><div>… with no
 * class, id or text of their own: they carry nothing, and deep ones make Readability's scoring
 * quadratic — 1,000 nested divs took it 40 s), and (2) unwraps every element deeper than
 * MAX_DEPTH into its ancestor at that depth (text kept, structure below it flattened), so every
 * later step sees a tree of bounded depth. Iterative, so any depth is safe. Collects the
 * <font> elements met; returns the number of elements left, the page's size in work units.
 */
export function flattenAndCap(root: Element, fonts: Element[] = []): number {
  let count = 0;
  const stack: [Element, number][] = [[root, 0]];
  while (stack.length) {
    let [el, depth] = stack.pop()!;
    // Skip down a chain of bare single-child wrappers, then replace the chain by its end.
    let inner = el;
    let links = 0;
    while (WRAPPERS.has(tagOf(inner)) && inner.attributes.length === 0 && soleElementChild(inner)) {
      inner = soleElementChild(inner)!;
      links++;
    }
    // A short chain is ordinary markup (a <section> around an article's part): left as it is,
    // since Readability weighs a paragraph's ancestors and would judge the page differently.
    if (inner !== el && el !== root && links >= MIN_CHAIN) {
      el.replaceWith(inner);
      el = inner;
    }
    count++;
    if (tagOf(el) === 'FONT') fonts.push(el);
    if (depth === MAX_DEPTH) {
      // Innermost first, so each unwrap moves only an element's own children.
      for (const deeper of Array.from(el.querySelectorAll('*')).reverse()) deeper.replaceWith(...Array.from(deeper.childNodes));
      continue;
    }
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push([c, depth + 1]);
  }
  return count;
}

/**
 * Unwraps the <font> tags that hold lines of text (a <br> inside): in old font soup they close
 * and reopen in mid-sentence ("…在外地打工，</font></font><font><font>跟着奶奶…"), and
 * Readability, turning <br> runs into paragraphs within one parent, would split the sentence
 * there. They carry only looks; hidden ones are gone by now.
 */
function unwrapFlowFonts(body: Element, fonts: Element[]): void {
  for (const font of fonts) {
    // (Not isConnected: linkedom leaves a cloned document's nodes owned by the original.)
    if (body.contains(font) && font.querySelector('br')) font.replaceWith(...Array.from(font.childNodes));
  }
}

function soleElementChild(el: Element): Element | null {
  const only = el.firstElementChild;
  if (!only || only !== el.lastElementChild) return null;
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 && (n.nodeValue ?? '').trim()) return null;
  return only;
}

/**
 * The page-wide pass, before the body is located: bare wrapper chains unwrapped, hidden nodes
 * removed, and ad slots (by the rule's selectors or ad-like class/id) and scripts replaced by
 * cut markers — here rather than after locating, because Readability would drop an ad box
 * silently and the repair step would never know a paragraph was cut there.
 */
export function prunePage(doc: Document, rule: SiteRule | null, trace: Trace): number {
  const body = doc.body;
  if (!body) return 0;
  const fonts: Element[] = [];
  const elements = flattenAndCap(body, fonts);
  // One walk for the steps below: what may be hidden, scripts and embeds, named boxes.
  const walked = selectList(body, PAGE_WALK);
  pruneHidden(doc, trace, walked.filter(mayBeHidden));
  unwrapFlowFonts(body, fonts);
  // Outside the body (the head, or after </body> in a tree linkedom built): gone without a trace.
  for (let part = doc.documentElement?.firstElementChild ?? null; part; part = part.nextElementSibling) {
    if (part === body) continue;
    for (const el of selectList(part, HEAD_ONLY)) el.remove();
    if (/^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(tagOf(part))) part.remove();
  }
  for (const el of walked) if (EMBED_TAGS.has(tagOf(el)) && body.contains(el)) cutOut(el, trace, 'script or embed');
  for (const sel of rule?.adSlots ?? []) for (const el of selectAll(body, sel)) if (body.contains(el)) cutOut(el, trace, 'ad slot');
  const callBox = genericReader()?.isCallBox;
  for (const el of walked) {
    if ((attr(el, 'class') === null && attr(el, 'id') === null) || !body.contains(el)) continue;
    if (isAdBox(el)) cutOut(el, trace, 'ad slot');
    // Before Readability, which drops the e-mail field that tells a sign-up box and keeps its pitch.
    else if (isSignupBox(el)) cutOut(el, trace, 'signup form');
    // An app's or a lead form's box, often between the halves of a sentence (call-boxes.ts, in the
    // generic reader: a known site's badge count does without it).
    else if (callBox?.(el)) cutOut(el, trace, 'app or sign-up box');
    else if (isConsentNotice(el)) {
      // Outside the flow of the text (a bar fixed to the window): removed, not a cut.
      trace.addElement('prune', 'cookie or consent notice', el);
      el.remove();
    }
  }
  return elements;
}

/** The longest cookie or consent notice: a box so named with more text is something else. */
const MAX_CONSENT_CHARS = 1500;

/** A cookie or consent bar or dialog, by its name and what it says (longer than a short article, and often first in the body). */
function isConsentNotice(el: Element): boolean {
  if (TEXT_OR_PAGE.test(tagOf(el)) || !CONSENT_WORDS.test(classAndId(el))) return false;
  const text = textOf(el);
  return text.length <= MAX_CONSENT_CHARS && CONSENT_TEXT.test(text) && !el.querySelector('h1, article');
}

/** An element whose class or id names it an ad (never a paragraph, heading or the page itself). */
/** Paragraphs, items, cells, headings and the page itself: text, never an ad or widget box. */
const TEXT_OR_PAGE = /^(?:P|LI|TD|H\d|BODY|HTML)$/;

function isAdBox(el: Element): boolean {
  if (TEXT_OR_PAGE.test(tagOf(el))) return false;
  return AD_WORDS.test(classAndId(el)) && textOf(el).length <= 200 && !isBareQuotation(el);
}

/** A quotation set apart with no link, picture or script in it: a pull quote, whatever its box is named ("promo-quote"). */
function isBareQuotation(el: Element): boolean {
  return (tagOf(el) === 'BLOCKQUOTE' || el.querySelector('blockquote') !== null) && el.querySelector('a[href], img, iframe, script, ins, video') === null;
}

/** What may hide an element by its own markup. */
const HIDING = ['[hidden]', '[style]', '[aria-hidden="true"]', 'font[size="0"]'];
const mayBeHidden = (el: Element): boolean =>
  attr(el, 'hidden') !== null || attr(el, 'style') !== null || attr(el, 'aria-hidden') === 'true' || (tagOf(el) === 'FONT' && attr(el, 'size') === '0');
const EMBED_TAGS = new Set(EMBED_SELECTORS.map((t) => t.toUpperCase()));
/** The page-wide pass's one walk: what may be hidden, scripts and embeds, boxes with a class or id. */
const PAGE_WALK = [...HIDING, ...EMBED_SELECTORS, '[class]', '[id]'];

/** Removes hidden nodes from the whole document (`candidates`: the elements that may hide themselves, when already found). */
export function pruneHidden(doc: Document, trace: Trace, candidates?: Element[]): void {
  const root = doc.body ?? doc;
  // The page's text, read only when a hidden box holds enough text to be weighed against it.
  let pageChars = -1;
  const total = (): number => (pageChars >= 0 ? pageChars : (pageChars = (root.textContent ?? '').replace(/\s+/g, '').length));
  const tooBig = (el: Element): boolean => {
    const chars = (el.textContent ?? '').replace(/\s+/g, '').length;
    return chars >= MIN_KEPT_HIDDEN_CHARS && chars >= MAX_HIDDEN_SHARE * total();
  };
  const remove = (el: Element): void => {
    trace.addElement('prune', 'hidden', el);
    el.remove();
  };
  for (const el of candidates ?? selectList(root, HIDING)) {
    if (!doc.contains(el)) continue;
    const style = el.getAttribute('style');
    const hidden =
      el.hasAttribute('hidden') ||
      (tagOf(el) === 'FONT' && el.getAttribute('size') === '0') ||
      el.getAttribute('aria-hidden') === 'true' ||
      (style !== null && hides(style));
    if (!hidden) continue;
    // A hidden icon (an aria-hidden <svg> in a heading's anchor) carries no text: removing it
    // only empties its link, which then makes Readability drop the heading beside it.
    if (!textOf(el) && !el.querySelector('img') && tagOf(el) !== 'IMG') continue;
    if (isHiddenBox(el) || (!tooBig(el) && !isFoldedProse(el))) remove(el);
    else {
      // Shown on the live page by its script: shown here too, so no later step (Readability
      // skips hidden nodes) drops it again. The working copy is ours to change.
      el.removeAttribute('hidden');
      if (el.getAttribute('aria-hidden') === 'true') el.removeAttribute('aria-hidden');
      if (style !== null && hides(style)) el.removeAttribute('style');
      if (tagOf(el) === 'FONT') el.removeAttribute('size');
    }
  }
  const hiddenSelectors = selectorsHiddenByStyles(doc);
  // One walk for all of them first: on most pages none matches anything.
  if (!hiddenSelectors.length || !selectAll(root, hiddenSelectors.join(',')).some((el) => doc.contains(el))) return;
  for (const sel of hiddenSelectors) {
    const els = selectAll(root, sel).filter((el) => doc.contains(el));
    const chars = els.reduce((n, el) => n + (el.textContent ?? '').replace(/\s+/g, '').length, 0);
    const big = chars >= MIN_KEPT_HIDDEN_CHARS && chars >= MAX_HIDDEN_SHARE * total();
    for (const el of els) if (isHiddenBox(el) || (!big && !isFoldedProse(el))) remove(el);
  }
}

const SENTENCE_END = /[。！？!?.…”」]$/;

function isProse(el: Element): boolean {
  const t = textOf(el).replace(/\s/g, '');
  return t.length >= 30 && SENTENCE_END.test(t) && linkDensity(el) < 0.3;
}

/** Leaf blocks of prose inside `el` (at most `enough` are counted). */
function proseBlocks(el: Element, enough: number): number {
  let n = 0;
  for (const b of selectAll(el, 'p, div, li, blockquote')) {
    if (b.querySelector('p, div, li, blockquote') || !isProse(b)) continue;
    if (++n >= enough) break;
  }
  return n;
}

/** A dialog, a menu, a sign-in or agreement layer: hidden for good, however much text it holds. */
function isHiddenBox(el: Element): boolean {
  return el.getAttribute('role') === 'dialog' || el.hasAttribute('aria-modal') || HIDDEN_BOX_WORDS.test(classAndId(el));
}

/**
 * The rest of an article behind a fold ("展开全文"): hidden paragraphs of prose right after
 * visible prose, in a box not named as a dialog or a menu. Kept (a reader sees it after a
 * click); anti-copy junk is never two paragraphs of sentences after the article's own text.
 */
function isFoldedProse(el: Element): boolean {
  if (isHiddenBox(el)) return false;
  if (proseBlocks(el, 2) < 2) return false;
  let prev = el.previousElementSibling;
  while (prev && !textOf(prev)) prev = prev.previousElementSibling;
  return prev !== null && (isProse(prev) || proseBlocks(prev, 1) > 0);
}

/**
 * Replaces an element by a cut marker — or just removes it when it sits inside a line of
 * text (an inline ad <span> in a <p>): the text around it stays one paragraph.
 */
export function cutOut(el: Element, trace: Trace, reason: string, step = 'prune'): void {
  trace.addElement(step, reason, el);
  const parent = el.parentElement;
  // A link that holds a box (a download card: <a><div>…</div></a>) stands as a block between paragraphs.
  const boxed = parent !== null && !INLINE_TAGS.has(tagOf(parent)) && tagOf(parent) !== 'P' && el.querySelector('div, p, ul, ol, table') !== null;
  const inLine = !boxed && (INLINE_TAGS.has(tagOf(el)) || (parent !== null && (INLINE_TAGS.has(tagOf(parent)) || tagOf(parent) === 'P')));
  // Inside a line with text after it: the line goes on. At its end: the paragraph may go on in the next block.
  if (inLine && textFollows(el)) {
    el.remove();
    return;
  }
  const marker = el.ownerDocument.createElement(CUT_TAG);
  el.replaceWith(marker);
  // A wrapper left holding nothing but the marker (<div class="mipad"><mip-ad>) would be
  // dropped as empty by Readability, marker and all: the marker takes its place.
  // (A box without a parent is the root of a detached body, Readability's: it stays.)
  for (let box = marker.parentElement; box?.parentElement && tagOf(box) !== 'BODY' && !TEXT_OR_PAGE.test(tagOf(box)) && onlyChild(box, marker); box = marker.parentElement) {
    box.replaceWith(marker);
  }
}

function onlyChild(box: Element, child: Element): boolean {
  for (let n = box.firstChild; n; n = n.nextSibling) if (n !== child && (n.nodeType === 1 || (n.textContent ?? '').trim())) return false;
  return true;
}

function textFollows(el: Element): boolean {
  for (let n = el.nextSibling; n; n = n.nextSibling) if ((n.textContent ?? '').trim()) return true;
  return false;
}

function isAdSlot(el: Element): boolean {
  const tag = tagOf(el);
  // A paragraph holding nothing but a linked image is a banner slot all the same.
  if (tag === 'P' && !textOf(el) && selectAll(el, 'a[href]').some((a) => !isZoomLink(a) && selectAll(a, 'img').length > 0)) return true;
  // A list item that is nothing but an ad's link (an ad slot between a list's items).
  if (tag === 'LI') return isAdItem(el);
  if (TEXT_OR_PAGE.test(tag)) return false;
  if (isAdBox(el)) return true;
  // A link-only box between paragraphs that advertises ("精品推荐 … 限时免费领取") or holds an image.
  if (INLINE_TAGS.has(tag) && tag !== 'INS') return false;
  const text = textOf(el);
  if (text.length > 60) return false;
  const hasMedia = selectAll(el, 'img, script, iframe').length > 0;
  if (!text) return hasMedia && (selectAll(el, 'script, iframe').length > 0 || selectAll(el, 'a').some((a) => !isZoomLink(a)));
  return linkDensity(el) >= 0.99 && (hasMedia || PROMO_TEXT.test(text));
}

/** A bracketed recommendation set into a sentence: "（推荐阅读：…）", "（相关：…）", "[Read more: …]". */
const INLINE_PROMO = new RegExp(`^[（(【\\[]\\s{0,2}${INLINE_PROMO_LABEL}\\s{0,2}[:：][^（）()【】\\[\\]]{1,40}[）)】\\]]$`, 'i');

/** Such a link inside a line of text (never a block of its own: a related list's item is judged elsewhere). */
function isInlinePromo(el: Element): boolean {
  if (!INLINE_TAGS.has(tagOf(el)) || tagOf(el) === 'INS') return false;
  const parent = el.parentElement;
  if (!parent || !(INLINE_TAGS.has(tagOf(parent)) || tagOf(parent) === 'P' || tagOf(parent) === 'DIV')) return false;
  const text = toSimplified(textOf(el));
  const back = BACK_LINK.test(text);
  const adLink = tagOf(el) === 'A' && INLINE_AD_LINK.test(text);
  if (text.length > 50 || !(back || adLink || INLINE_PROMO.test(text)) || (tagOf(el) !== 'A' && linkDensity(el) < 0.6)) return false;
  // Text of the line on either side: set into a sentence, not standing alone.
  const line = textOf(lineBlock(el));
  return line.length > text.length + (back ? 0 : 10);
}

function isAdItem(li: Element): boolean {
  const named = AD_WORDS.test(classAndId(li)) || li.querySelector('script, iframe') !== null;
  const text = textOf(li);
  if (!text || linkDensity(li) < 0.99) return false;
  return named || AD_LABEL.test(text) || oddPromoItem(li, text);
}

/** Items beside it needed to call a lone link the odd one out. */
const PLAIN_SIBLINGS = 2;

/**
 * A link that sells ("推荐…合集（可下载Word）") in a list of mostly plain items (a lesson
 * plan's materials): an ad slotted between them. In a list of links, a
 * related list, no item is odd, and the list is judged as a whole elsewhere.
 */
function oddPromoItem(li: Element, text: string): boolean {
  if (text.length > 60 || !PROMO_TEXT.test(text)) return false;
  const siblings = Array.from(li.parentElement?.children ?? []).filter((c) => c !== li && tagOf(c) === 'LI');
  const plain = siblings.filter((c) => textOf(c).length > 0 && selectAll(c, 'a[href]').length === 0).length;
  return plain >= PLAIN_SIBLINGS && plain > siblings.length - plain;
}

/** A link to the picture itself (a larger copy of an article image) or to nowhere ("#"), not a banner's target. */
function isZoomLink(a: Element): boolean {
  const href = (a.getAttribute('href') ?? '').trim();
  return href === '#' || IMAGE_FILE.test(href);
}

function isPaywallBox(el: Element): boolean {
  const tag = tagOf(el);
  if (/^H\d$/.test(tag) || tag === 'BODY') return false;
  const text = textOf(el);
  if (!text || text.length > 160 || !PAYWALL_TEXT.test(text)) return false;
  // A box that says the preview ended is left to the end marker: the site's notes after it go with it.
  if (PREVIEW_END.test(text)) return false;
  // A plain paragraph is left to the phrase families; a box with a button or link is a widget.
  return tag !== 'P' || selectAll(el, 'a, button').length > 0;
}

/**
 * Prunes the located body in place. `cautious` (the no-harm floor's second try) leaves the
 * boxes judged by their names and headings — related lists, widgets, readers' posts — which
 * are where a wrong guess costs the most text.
 */
export function pruneBody(body: Element, rule: SiteRule | null, trace: Trace, cautious = false): void {
  // Scripts, embeds and the rule's ad slots went page-wide in prunePage; the rest of the non-text elements go here.
  // One walk for the non-text elements and the fields and media (these go after the steps below).
  const strip: Element[] = [];
  for (const el of selectList(body, NON_TEXT_OR_FIELDS)) {
    if (NON_TEXT_TAGS.has(tagOf(el))) el.remove();
    else strip.push(el);
  }
  // A thread of readers' posts, known by name and shape, goes even in the cautious reading.
  pruneByShape(body, trace);
  // A forum post's author card (author-cards.ts, in the generic reader: forum threads have no site rule).
  genericReader()?.authorCards(body, trace);
  pruneLinkTools(body, trace);
  pruneLabels(body, trace);
  // Fields and media go; a <form> that holds real text stays (forum software wraps each post,
  // or the whole thread, in one): only its fields go with the rest.
  for (const el of strip) {
    if (!body.contains(el) || (tagOf(el) === 'FORM' && holdsProse(el))) continue;
    cutOut(el, trace, 'form or media');
  }
  for (const sel of rule?.remove ?? []) for (const el of selectAll(body, sel)) if (body.contains(el)) cutOut(el, trace, 'site rule');
  if (!cautious) pruneNamedBoxes(body, trace, rule !== null);
  // Innermost first (reverse document order), so a box is removed before the block around it is judged.
  for (const el of selectAll(body, '*').reverse()) {
    if (!body.contains(el) || tagOf(el) === CUT_TAG.toUpperCase()) continue;
    // Each test below judges a short box (a list item aside): a longer one needs no look.
    if (tagOf(el) !== 'LI' && textExceeds(el, SHORT_BOX_CHARS)) continue;
    if (isPaywallBox(el)) cutOut(el, trace, 'paywall or download box');
    else if (isAdSlot(el)) cutOut(el, trace, 'ad slot');
    // (A pager known by its shape: pager-box.ts, in the generic reader.)
    else if (genericReader()?.isPagerBox(el)) cutOut(el, trace, 'pager');
    // An <aside> of links set in the article ("Related: …", "相关阅读：…"): a pull quote has no links.
    else if (tagOf(el) === 'ASIDE' && linkDensity(el) >= 0.5) cutOut(el, trace, 'related links');
    else if (isInlinePromo(el)) {
      // Set into a sentence: the sentence goes on, so no cut; its inline wrappers go with it.
      let box = el;
      while (box.parentElement && INLINE_TAGS.has(tagOf(box.parentElement)) && textOf(box.parentElement) === textOf(el)) box = box.parentElement;
      trace.addElement('prune', 'related link in the text', box);
      box.remove();
    }
  }
}

/** The longest box a paywall, ad-slot or inline-promo test may take (isAdBox's 200). */
const SHORT_BOX_CHARS = 200;

/** A heading's permalink mark (¶ # § 🔗) and a docs page's "Edit this page" link: tools, not text. */
const PERMALINK_MARK = /^(?:¶|#|§|🔗|⚓|\uD83D\uDD17)$/u;
const EDIT_LINK = /^(?:edit(?: this page| on github| page)?|\[?编辑\]?|编辑(?:此页|本页|页面)|改进此页)$/i;

const TOOL_BRACKETS = /^[\s[\]【】()（）|｜]*$/;

/** A wiki's citation mark: <sup class="reference"><a href="#cite_note-3">[3]</a></sup>. */
const CITATION_HREF = /^#cite[_-]note/i;
const CITATION_TEXT = /^\[[^\]]{1,12}\]$/;

function pruneLinkTools(body: Element, trace: Trace): void {
  for (const a of selectAll(body, 'a[href]')) {
    const text = textOf(a);
    const href = (a.getAttribute('href') ?? '').trim();
    // A link into the reference list, which the reader does not keep beside the sentence. A
    // footnote mark of the author's own (<sup><a href="#fn2">[2]</a></sup>) stays.
    const sup = a.parentElement;
    if (sup && tagOf(sup) === 'SUP' && CITATION_HREF.test(href) && /(?:^|\s)reference(?:\s|$)/.test(attr(sup, 'class') ?? '') && CITATION_TEXT.test(textOf(sup))) {
      trace.addElement('prune', 'citation mark', sup);
      sup.remove();
      continue;
    }
    const title = (a.getAttribute('title') ?? '').trim();
    const permalink = href.startsWith('#') && PERMALINK_MARK.test(text);
    // Its words (or, without any, its title) say edit, and so does where it goes or what it is called.
    const edit = EDIT_LINK.test(text || title) && /edit|编辑/i.test(href + title + text);
    if (!permalink && !edit) continue;
    // The brackets around it ("[edit]" as <span>[<a>edit</a>]</span>) go with it.
    const box = a.parentElement;
    const around = box && INLINE_TAGS.has(tagOf(box)) && TOOL_BRACKETS.test((box.textContent ?? '').replace(a.textContent ?? '', '')) ? box : a;
    trace.addElement('prune', 'page tool', around);
    around.remove();
  }
}

/** Prose of the article's own beside a thread, for the thread to be readers' posts on it. */
const POST_CJK = 40;
const POST_LATIN = 120;

/**
 * Before the article is located (pages without a rule): a thread of readers' posts after the
 * page's title heading, beside prose of the article's own, is never the article, however much
 * longer than a short post (Readability takes a long comment, or the sidebar's blurb, over a
 * three-line post). A forum's posts around its subject alone have no such prose beside them,
 * and stay.
 */
export function pruneApartFromTitle(doc: Document, trace: Trace): void {
  const body = doc.body;
  const heading = titleHeading(doc);
  if (!body || !heading) return;
  const proseBeside = (el: Element): boolean => {
    let around = el.parentElement;
    while (around && !around.contains(heading)) around = around.parentElement;
    return !!around && reaches(textOf(around).replace(textOf(el), '').replace(textOf(heading), ''), POST_CJK, POST_LATIN);
  };
  for (const el of selectAll(body, '[class], [id]')) {
    if (!body.contains(el) || TEXT_OR_PAGE.test(tagOf(el)) || !THREAD_WORDS.test(classAndId(el))) continue;
    if (documentOrder(heading, el) >= 0 || holdsArticle(el) || !isThread(el)) continue;
    if (proseBeside(el)) cutOut(el, trace, "readers' posts");
  }
  // A column the page itself labels as set aside (a blog's widget area) holds no part of the article.
  for (const el of selectAll(body, SIDEBAR)) {
    if (!body.contains(el) || el.contains(heading) || el.closest('article')?.contains(heading) || el.querySelector('h1')) continue;
    if (proseBeside(el)) cutOut(el, trace, 'sidebar');
  }
}

/** Columns pages label as beside the article, by role, label or WordPress's names (an <aside> may be a pull quote). */
const SIDEBAR = '[role="complementary"], [aria-label="Sidebar"], [aria-label="Blog Sidebar"], [aria-label="Primary Sidebar"], #secondary, #sidebar, .widget-area';

function pruneByShape(body: Element, trace: Trace): void {
  for (const el of selectAll(body, '[class], [id]')) {
    if (!body.contains(el) || TEXT_OR_PAGE.test(tagOf(el)) || holdsArticle(el)) continue;
    const name = classAndId(el);
    if (THREAD_WORDS.test(name) && isThread(el)) cutOut(el, trace, "readers' posts");
  }
}

/**
 * The page's title or an article of its own: never inside a thread. An <article> named as a
 * post of the thread is one of its posts (WordPress's article.comment-body).
 */
function holdsArticle(el: Element): boolean {
  return !!el.querySelector('h1') || selectAll(el, 'article').some((a) => !THREAD_WORDS.test(classAndId(a)));
}

/** Posts in a thread: items of one kind, each a small structure (a name, the post, a time line). */
const MIN_POSTS = 3;

/**
 * A box (or its list, a level or two down) of three or more sibling items of the same tag and
 * class, each made of several elements and holding text, together most of the box's text.
 * Paragraphs are never such items: an article's own wrapper is not a thread whatever its name.
 */
export function isThread(box: Element): boolean {
  const total = textOf(box).length;
  if (!total) return false;
  const levels: Element[] = [box];
  for (let depth = 0; depth < 2; depth++) {
    for (const parent of levels.splice(0)) {
      const kinds = new Map<string, Element[]>();
      for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
        if (!/^(?:DIV|LI|ARTICLE|SECTION|DL)$/.test(tagOf(c)) || !structured(c)) continue;
        const key = postKind(c);
        kinds.set(key, [...(kinds.get(key) ?? []), c]);
      }
      for (const items of kinds.values()) {
        if (items.length < MIN_POSTS) continue;
        const texts = items.map((c) => textOf(c).length);
        if (texts.every((n) => n >= 8) && texts.reduce((a, b) => a + b, 0) >= 0.6 * total) return true;
      }
      for (let c = parent.firstElementChild; c; c = c.nextElementSibling) levels.push(c);
    }
  }
  return false;
}

/**
 * A post's kind: its tag and first class. Posts of one thread differ in their other classes
 * (WordPress's "comment even thread-even" and "comment odd alt thread-odd bypostauthor").
 */
function postKind(el: Element): string {
  const first = (attr(el, 'class') ?? '').split(/\s+/).find((c) => c && !/\d{2}/.test(c));
  return `${tagOf(el)}.${first ?? ''}`;
}

/** Several elements: a name, the post, a time line (a post's own wrapper in between, as WordPress's <li><article>). */
function structured(item: Element): boolean {
  return item.childElementCount >= 2 || (item.childElementCount === 1 && item.firstElementChild!.childElementCount >= 2);
}

/** The longest sign-up box: a box so named with more text is more than a pitch and a field. */
const MAX_SIGNUP_CHARS = 2000;

/** A newsletter or sign-up box: asks for an e-mail address, and says little else. */
function isSignupBox(el: Element): boolean {
  if (TEXT_OR_PAGE.test(tagOf(el)) || !SIGNUP_WORDS.test(classAndId(el)) || el.querySelector('h1, article')) return false;
  if (!el.querySelector('input[type="email"], input[name*="mail" i], input[placeholder*="@"]')) return false;
  return textOf(el).length <= MAX_SIGNUP_CHARS;
}

/** Teasers needed under a related heading to call its section a reading list. */
const MIN_TEASERS = 2;

/** Every element after the heading leads with a link to another page (a headline), with little else. */
function teasersAfter(h: Element): boolean {
  const items: Element[] = [];
  for (let c = h.nextElementSibling; c; c = c.nextElementSibling) items.push(c);
  return items.length >= MIN_TEASERS && items.every((item) => {
    const a = selectAll(item, 'a[href]')[0];
    return !!a && textOf(a).length >= 6 && textOf(item).length <= 300;
  });
}

/** A label this long at most: "推荐阅读：", "相关文章". */
const MAX_LABEL_CHARS = 20;

/** A longer label that names what it lists: "【《平凡的世界》读后感（通用4篇）】相关文章：". */
const NAMED_LABEL = /(?:相关文章|相关推荐|推荐阅读|相关阅读|延伸阅读|猜你喜欢)\s{0,2}[:：]?$/;
const MAX_NAMED_LABEL_CHARS = 60;

/** The lists of links right after a short label (a list, or one link line after another), or none. */
function labelledLinks(label: Element): Element[] {
  const text = textOf(label);
  if (!text || text.length > (NAMED_LABEL.test(text) ? MAX_NAMED_LABEL_CHARS : MAX_LABEL_CHARS) || selectAll(label, 'a[href]').length > 0) return [];
  const out: Element[] = [];
  for (let next = label.nextElementSibling; next; next = next.nextElementSibling) {
    if (!/^(?:UL|OL|DL|DIV|P)$/.test(tagOf(next)) || selectAll(next, 'a[href]').length < 1 || linkDensity(next) < 0.9) break;
    out.push(next);
    if (tagOf(next) !== 'P') break; // a list holds them all; link lines come one <p> each
  }
  return out;
}

/** Boxes known by their class, id or heading: pagers, related lists, comments, widgets, tables of contents. */
function pruneNamedBoxes(body: Element, trace: Trace, listTargets: boolean): void {
  for (const el of selectList(body, NON_ARTICLE_SELECTORS)) {
    if (!body.contains(el)) continue;
    // A related list's label so named ("<p class=tuijian>推荐阅读：</p>") takes the links under it along.
    const links = labelledLinks(el);
    cutOut(el, trace, 'pager, related list or comments');
    for (const list of links) cutOut(list, trace, 'pager, related list or comments');
  }
  // Widgets inside the body (share bars, related posts): small boxes named for what they are.
  const bodyChars = textOf(body).length;
  for (const el of selectAll(body, '[class], [id]')) {
    if (body.contains(el) && isWidget(el, bodyChars)) cutOut(el, trace, 'share, related or comment widget');
  }
  // A section of readers' posts, known by its heading ("大家做的（286）", "网友评论").
  for (const h of selectAll(body, 'h2, h3, h4, h5')) {
    const section = h.parentElement;
    if (!section || section === body || !body.contains(section) || section.firstElementChild !== h) continue;
    if (UGC_HEADING.test(textOf(h))) cutOut(section, trace, "readers' posts");
    // A reading list under its heading: teasers, each a headline link to another page and a line of summary.
    else if (RELATED_HEADING.test(textOf(h)) && teasersAfter(h)) cutOut(section, trace, 'reading list');
  }
  // A table of contents: a list of in-page anchors (#…) only; the anchors back to it go too.
  // Only a box around two in-page links can be one: most pages have none, and need no walk.
  const inPage = selectAll(body, 'a[href]').filter((a) => (a.getAttribute('href') ?? '').trim().startsWith('#'));
  if (inPage.length < 2) return;
  const around = new Set<Element>();
  for (const a of inPage) for (let box = a.parentElement; box && box !== body && !around.has(box); box = box.parentElement) around.add(box);
  for (const el of selectAll(body, 'ul, ol, div, p, nav, dl')) {
    if (!around.has(el) || !body.contains(el) || !isAnchorList(el)) continue;
    // Its box goes with it when the box holds little else: a title and a toggle ("文章目录 切换").
    let box = el;
    while (box.parentElement && box.parentElement !== body && textOf(box.parentElement).length - textOf(box).length <= TOC_BOX_EXTRA_CHARS) box = box.parentElement;
    if (listTargets) markListed(el, body);
    cutOut(box, trace, 'table of contents');
  }
  cutAnchorLines(inPage, body, trace);
}

/** Set on a heading a page's table of contents links to: on a template page, the pieces it lists (segment.ts). */
export const LISTED = 'data-qw-listed';

/** Marks the headings (or bold lines) the contents' links lead to, when each leads to one. */
function markListed(list: Element, body: Element): void {
  const named = new Map<string, Element>();
  for (const el of selectAll(body, '[id], a[name]')) named.set(el.getAttribute('id') ?? el.getAttribute('name') ?? '', el);
  const targets: Element[] = [];
  for (const a of selectAll(list, 'a[href]')) {
    let target = named.get((a.getAttribute('href') ?? '').trim().slice(1));
    // An empty <a name> stands before its heading (or inside it).
    if (target && tagOf(target) === 'A' && !textOf(target)) target = target.nextElementSibling ?? target.parentElement ?? undefined;
    if (!target) return;
    targets.push(target);
  }
  for (const t of targets) t.setAttribute(LISTED, '');
}

/** A table of contents set as lines: two or more sibling lines in a row, each just one in-page link. */
function cutAnchorLines(inPage: Element[], body: Element, trace: Trace): void {
  const rows: Element[] = [];
  for (const a of inPage) {
    const row = a.parentElement;
    if (row && row !== body && /^(?:P|DIV|DD|DT)$/.test(tagOf(row)) && body.contains(row) && textOf(row) === textOf(a) && textOf(a)) rows.push(row);
  }
  for (let i = 0; i < rows.length; ) {
    let j = i;
    while (j + 1 < rows.length && rows[j]!.nextElementSibling === rows[j + 1]) j++;
    if (j > i) for (const row of rows.slice(i, j + 1)) cutOut(row, trace, 'table of contents');
    i = j + 1;
  }
}

/** The words a table of contents' box may hold beside its list: a title and a toggle. */
const TOC_BOX_EXTRA_CHARS = 16;

/** A post's worth of text outside links, and hardly a field to fill in (a login or search form has several). */
function holdsProse(el: Element): boolean {
  if (selectAll(el, 'input:not([type="hidden"]):not([type="submit"]):not([type="button"]), textarea, select').length > 1) return false;
  let chars = 0;
  for (const p of selectAll(el, 'p, div, td, li, blockquote, pre, article')) {
    if (p.querySelector('p, div, td, li, blockquote, pre, article')) continue; // innermost blocks only
    chars += textOf(p).replace(/\s/g, '').length * (1 - linkDensity(p));
  }
  return chars >= 80;
}

/**
 * A box (never a paragraph or heading) named as a widget, with little text of its own — or,
 * however long (a newsletter card of four paragraphs), with less than half the body's: a box
 * holding most of the body is the article's own wrapper whatever its name.
 */
function isWidget(el: Element, bodyChars: number): boolean {
  const tag = tagOf(el);
  if (tag === 'P' || /^H\d$/.test(tag) || tag === 'BODY' || tag === 'HTML' || tag === 'ARTICLE' || tag === 'MAIN') return false;
  if (!WIDGET_WORDS.test(classAndId(el))) return false;
  const chars = textOf(el).length;
  return chars <= 500 || chars < 0.5 * bodyChars;
}

/** Two or more links, all to anchors in the page, and hardly any other text. */
function isAnchorList(el: Element): boolean {
  const links = selectAll(el, 'a[href]');
  if (links.length < 2 || !links.every((a) => (a.getAttribute('href') ?? '').trim().startsWith('#'))) return false;
  return linkDensity(el) >= 0.8;
}

export function isCutMarker(n: Node): boolean {
  return isElement(n) && tagOf(n) === CUT_TAG.toUpperCase();
}
