// The site talking about itself, found by signals rather than by one phrase per site:
// its own name and domain (from the <title> suffix, og:site_name, the rule, the host) and
// its talk (小编, 本站, 会员, 下载…) in short blocks at the edges of the text; its watermarks
// glued into real paragraphs ("…带来了快乐。（来源：某某范文网 www.example.cn）"); an excerpt
// of the text shown again before it ("文档简介：…完成年度任务的x…").
import type { Block } from './blocks.js';
import { titleCount } from './meta.js';
import { pieceStarts, readMarker, titleBase } from './segment.js';
import { REPOST_NOTE } from '../rules/generic.js';
import { isNumberedLine } from './lines.js';
import { escapeRe } from './regex.js';
import { squash, toSimplified, trimEndWhere } from './text.js';
import { anchorAt, tailOf } from './removed-places.js';
import type { Trace } from './trace.js';
import { cutSpans, nameTail, spacedMarks } from './site-marks.js';

/** The names a site calls itself: its name(s) and the label of its domain ("rencai88"). */
export function selfNames(url: string, names: (string | null | undefined)[]): string[] {
  const out = new Set<string>();
  for (const n of names) if (n && n.trim().length >= 2 && n.trim().length <= 20) out.add(n.trim());
  try {
    const labels = new URL(url).hostname.toLowerCase().split('.');
    // example.com.cn → example; www.example.cn → example.
    const i = labels.length >= 3 && /^(?:com|net|org|gov|edu)$/.test(labels[labels.length - 2]!) ? labels.length - 3 : labels.length - 2;
    const label = labels[i];
    if (label && label.length >= 3 && !/^(?:www|com|net|org|blog|news|localhost)$/.test(label)) out.add(label);
  } catch {
    /* no host */
  }
  return [...out];
}


/** "（来源：缘范文网 www.yuanfw.cn）" at the end of a block. */
const SOURCE_TAIL = /[（(【\[]\s{0,3}(?:本文|文章|图文)?(?:来源|来自|出处|转载自)[于]?\s{0,3}[:：]?\s{0,3}([^（）()【】\[\]]{1,40})[）)】\]]\s{0,3}$/;
/** SOURCE_TAIL looks at a block's last characters only: a tail is short. */
const TAIL_WINDOW = 60;
/** "本文来自人才88网，转载请注明出处" pasted into a sentence. */
const SOURCE_INLINE = new RegExp(`(?:本文|文章)(?:来自|来源于|转载自|出自|摘自)[^，。！？\\s]{1,16}?[网站]${REPOST_NOTE}?`, 'g');
/** Cheap tests on the original text (the simplified text has the same characters here) before the full patterns. */
const CLOSES = /[）)】\]]\s{0,3}$/;
const INLINE_WORDS = /本文|文章/;
const SITEY = /[网站]|www\.|\.(?:com|cn|net|org|cc)\b/i;

/** A run of URL characters: one class, so the scan is linear; each run is then judged on its own. */
const URLISH = /(?:https?:\/\/)?[a-z0-9][\w.\/?=&%-]*/gi;

/** The text without the site's own domain ("www.rencai88.com", "m.rencai88.com/a/1.html") and the spaces around it. */
/** What follows the site's label in its own domain: "hoard.toml" in a path is a file, not the site hoard.example. */
const DOMAIN_END = '(?:com|cn|net|org|gov|edu|info|cc|co|io|me|top|xyz|vip|site|wang|club|example|tw|hk|la|biz|pro|ink|link)(?:$|[./:?#])';

function withoutOwnDomain(text: string, labels: string[]): string {
  // Most blocks never name the site: skip the token scan for them.
  const lower = text.toLowerCase();
  if (!labels.some((l) => lower.includes(l))) return text;
  const owns = labels.map((l) => new RegExp(`(?:^|[./])${escapeRe(l)}${DOMAIN_END}`));
  return text.replace(URLISH, (token, at: number) => {
    const t = token.toLowerCase().slice(0, 200);
    // An address the sentence points to ("访问 vpn.example.edu.cn，点击…", "服务器地址填写 …") is the text's own,
    // and so is an e-mail address's domain ("简历请投递至hr@example.com"): cut, it would leave "hr@".
    const own = owns.some((re) => re.test(t)) && text[at - 1] !== '@';
    return own && !ADDRESS_CUE.test(text.slice(Math.max(0, at - 12), at)) ? '\u0000' : token;
  }).replace(CREDIT_FRAME, '\u0000').replace(/\s?\u0000\s?/g, '');
}

/**
 * A bracket that held the site's domain and now holds only the words of a credit ("[由Www.DuanMeiWen.Com整理]"),
 * or words set apart beside it (its name, a column, the title: "（励志一生 m.lz13.cn）", "(lz13.cn 励志名言)").
 */
const CREDIT_WORD = '(?:由|本文|文章|内容|来自|來自|来源|來源|出自|转自|轉自|摘自|整理|提供|收集|编辑|編輯|发布|發布|首发|首發|原创|原創|于|於|[:：]|\\s)';
const LABEL = '[\\u3400-\\u9fffA-Za-z]{2,8}';
/** The page's column and title beside it ("（m.lz13.cn 励志文章 把一件小事做到底）"): up to three words set apart. */
const WORDS = '[\\u3400-\\u9fffA-Za-z0-9]{2,24}';
const CREDIT_FRAME = new RegExp(`[（(【\\[](?:${CREDIT_WORD}{0,6}\\u0000${CREDIT_WORD}{0,6}|${LABEL}\\s{1,2}\\u0000|\\u0000(?:\\s{1,2}${WORDS}){1,3}|(?:${WORDS}\\s{1,2}){1,3}\\u0000)[）)】\\]]`, 'g');

/** Words that point to an address just before it: the sentence is about the address, not signed by it. */
const ADDRESS_CUE = /(?:访问|訪問|登录|登錄|登陆|打开|打開|进入|進入|输入|輸入|填写|填寫|填入|网址|網址|地址|官网|官網|链接|鏈接|前往|浏览|瀏覽|\b(?:visit|at|to|see|open))\s{0,2}[:：为為]?\s{0,2}$/i;

/** Cuts the site's watermarks out of real paragraphs; a block left with nothing is dropped. */
export function stripWatermarks(blocks: Block[], names: string[], trace: Trace, template = false): Block[] {
  const labels = names.filter((n) => /^[a-z0-9-]+$/.test(n));
  const hostLabels = labels.map((n) => `${n}.`);
  const siteNames = names.filter((n) => !labels.includes(n));
  const out: Block[] = [];
  blocks.forEach((block, i) => {
    let text = block.text;
    // What is cut, for the reader to show and put back.
    const cuts: string[] = [];
    // Matched on the simplified text (one character for one, so positions agree), cut from the original.
    const from0 = Math.max(0, text.length - TAIL_WINDOW);
    const tail = CLOSES.test(text) ? SOURCE_TAIL.exec(toSimplified(text.slice(from0))) : null;
    if (tail && from0 + tail.index > 0 && SITEY.test(tail[1]!)) {
      cuts.push(text.slice(from0 + tail.index).trim());
      text = text.slice(0, from0 + tail.index).trimEnd();
    }
    const simple = INLINE_WORDS.test(text) ? toSimplified(text) : '';
    let kept = '';
    let from = 0;
    for (const m of simple.matchAll(SOURCE_INLINE)) {
      kept += text.slice(from, m.index);
      cuts.push(text.slice(m.index, m.index + m[0].length).trim());
      from = m.index + m[0].length;
    }
    text = kept + text.slice(from);
    if (hostLabels.length) text = withoutOwnDomain(text, hostLabels);
    // Spaced out to pass cleaners by; on a template page also the name glued to a line's end.
    const marks = spacedMarks(text, labels, siteNames, ADDRESS_CUE);
    const tail2 = template ? nameTail(text, siteNames) : null;
    const spaced = cutSpans(text, tail2 ? [...marks, tail2] : marks);
    cuts.push(...spaced.cut);
    text = spaced.text.trim();
    if (text === block.text) {
      out.push(block);
      return;
    }
    const left = text.replace(/[\s，,。.、；;：:！!？?]/g, '') !== '';
    // Cut from a paragraph that stays: placed right after it. A paragraph left with nothing: where it stood.
    const shown = cuts.filter(Boolean);
    if (left) trace.add('boilerplate', 'site watermark', block.text, { anchor: { after: tailOf(text) }, paragraphs: shown.length ? shown : [block.text], inline: true });
    else trace.add('boilerplate', 'site watermark', block.text, { anchor: anchorAt(blocks, i) });
    if (left) out.push({ ...block, text });
  });
  return out;
}

/** Words the site uses when it talks about itself or sells: each alone gives it away. */
const STRONG_TALK = /小编|本站|本网(?!讯)|推荐度|网友投稿|侵删|下载券/i;
/** Selling words that real text also uses (a points scheme's 积分, a club's 会员): the site's only when it sells with them. */
const SALES_TALK = /VIP|积分|会员/i;
const SALES_VERB = /下载|开通|充值|购买|升级|领取|扣除/;
/** An e-mail address names its domain, not the site talking ("请发邮件到 copyright@example.dev"). */
const EMAIL = /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}/g;
/** Words that do so only together (two of them, on a template page). */
const WEAK_TALK = /下载|上传|转载|投稿|分享|收藏|整理|参考|版权|关注|文档|免费|点击|打印/g;
/** A news dateline ("本报讯", "新华网北京12月1日电") opens real text. */
const DATELINE = /^[^，。]{0,24}(?:讯|电)(?:[\s（(]|$)/;
const EDGE_CHARS = 160;
const EDGE_BLOCKS = 3;

function isSiteTalk(text: string, names: string[], templatePage: boolean): boolean {
  if (text.length > EDGE_CHARS || DATELINE.test(text)) return false;
  // Words in quotation marks are quoted, not said by the site ("很多网站开头都写着“下面是小编…”").
  const t = toSimplified(text).replace(/“[^”]{0,80}”|「[^」]{0,80}」|『[^』]{0,80}』|"[^"]{0,80}"/g, '');
  // Several sentences are prose, even about 小编 (an essay on 范文 sites): site talk is a line.
  // Off a template page it is one sentence, and never a numbered heading ("一、积分下载"):
  // a post about 会员 and 积分 says those words in its own first and last paragraphs.
  const inner = (t.slice(0, -1).match(/[。！？!?]/g) ?? []).length;
  if (inner >= (templatePage ? 2 : 1) || (!templatePage && isNumberedLine(t.trim()))) return false;
  if (STRONG_TALK.test(t)) return true;
  const weak = new Set(t.match(WEAK_TALK) ?? []).size;
  const lower = t.toLowerCase().replace(EMAIL, ' ');
  if (SALES_TALK.test(t) && (SALES_VERB.test(t) || namesSite(lower, names, 2))) return true;
  // A short line naming the site is its own ("秀文库 海量文档"); off a template page a sentence that
  // names it is news about it or by it ("围绕…，潮流新闻记者日前专访了贺兰。"), and stays.
  if (namesSite(lower, names, 1) && (weak >= 1 || (t.length <= 40 && (templatePage || !/[。！？!?]\s*$/.test(t))))) return true;
  return templatePage && weak >= 2;
}

/** The longest preamble the site's own intro to a page of pieces runs to. */
const INTRO_CHARS = 300;
/** The site says it gathered the pieces for the reader ("…网编辑整理了三篇…，供求职朋友们写作时借鉴"). */
const GATHERED = /整理|收集|精选|汇编|搜集|编辑了|为大家|为您|供[^。]{0,12}(?:参考|借鉴|阅读)/;

/**
 * Before the first piece, a block that names the site and says it gathered them is the site's
 * intro, however many sentences it has (an "编者按"): an author's own preface does not name the site.
 */
function gathersForReaders(text: string, names: string[]): boolean {
  if (text.length > INTRO_CHARS) return false;
  const t = toSimplified(text);
  return namesSite(t.toLowerCase(), names, 3) && GATHERED.test(t);
}

/** The text (simplified, lower case) names the site by one of its names at least `min` long (範文網 on a Big5 page is 范文网). */
function namesSite(lower: string, names: string[], min: number): boolean {
  return names.some((n) => n.trim().length >= min && lower.includes(toSimplified(n.trim()).toLowerCase()));
}

/** A leading block that ends in "…" and repeats a later stretch of the text: an excerpt. */
function isExcerpt(block: Block, later: string): boolean {
  const whole = squash(block.text);
  if (!/(?:…|\.\.\.|。。。)$/.test(whole)) return false;
  const core = trimEndWhere(whole, (ch) => ch === '…' || ch === '.' || ch === '。');
  if (core.length < 24) return false;
  return later.includes(core.slice(-16));
}

/**
 * Site talk at the edges: before the first piece (or in the first blocks of a page without
 * pieces), and the last blocks of the article. An author's own preface has none of it and stays.
 */
export function dropSiteTalk(blocks: Block[], names: string[], title: string, templatePage: boolean, trace: Trace): Block[] {
  const base = titleBase(title);
  const starts = pieceStarts(blocks, title, titleCount(title));
  const firstMarker = starts.length ? starts[0]! : -1;
  const leadEnd = firstMarker >= 0 ? firstMarker : Math.min(EDGE_BLOCKS, blocks.length - 1);
  const template = templatePage || firstMarker >= 0;
  const drop = new Set<number>();
  const after = (i: number): string => squash(blocks.slice(i + 1).map((b) => b.text).join(''));
  for (let i = 0; i < leadEnd; i++) {
    const b = blocks[i]!;
    // Code is the author's, even when a later block quotes it again.
    if (b.code) continue;
    if (isSiteTalk(b.text, names, template) || isExcerpt(b, after(i)) || (firstMarker >= 0 && gathersForReaders(b.text, names))) drop.add(i);
  }
  for (let i = blocks.length - 1; i >= Math.max(leadEnd, blocks.length - EDGE_BLOCKS, 1); i--) {
    if (blocks[i]!.code || readMarker(blocks[i]!, base) !== null || !isSiteTalk(blocks[i]!.text, names, template)) break;
    drop.add(i);
  }
  if (!drop.size) return blocks;
  return blocks.filter((b, i) => {
    if (!drop.has(i)) return true;
    trace.add('boilerplate', 'site talk', b.text, { anchor: anchorAt(blocks, i) });
    const next = blocks[i + 1];
    if (b.cut && next && !next.cut) next.cut = b.cut;
    return false;
  });
}
