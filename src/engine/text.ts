// Small text helpers shared by the steps: white space, punctuation classes, Chinese numerals.

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff\\u3000-\\u303f\\uff00-\\uffef';
/** A Han character or full-width punctuation. */
export const CJK_CHAR = new RegExp(`[${CJK}]`);
/**
 * A line break between two Chinese characters disappears (it was only source formatting). Each
 * run of white space is found by one greedy class and judged by its neighbours: linear, where
 * a pattern "CJK[ \\t]*\\n\\s*(?=CJK)" rescans a long run of spaces from every position in it.
 */
function joinCjkLines(s: string): string {
  return s.replace(/\s+/g, (run: string, at: number) => {
    const nl = run.indexOf('\n');
    if (nl < 0) return run;
    const keep = trimEndWhere(run.slice(0, nl), (ch) => ch === ' ' || ch === '\t' || ch === '\r' || ch === '\f');
    const before = keep ? keep[keep.length - 1]! : s[at - 1] ?? '';
    return CJK_CHAR.test(before) && CJK_CHAR.test(s[at + run.length] ?? '') ? keep : run;
  });
}

/**
 * Collapses the source's white space the way a browser renders it, except that a line
 * break between two Chinese characters disappears (it was only source formatting).
 */
export function collapseSpace(s: string): string {
  const visible = s
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f]/g, ' ')
    // Invisible characters and the controls a terminal would obey (C0 but tab and newlines, DEL, C1) are not
    // text. U+0001 stays: blocks.ts marks a kept <br> with it (a page's own U+0001 becomes a line break, no worse).
    .replace(/[\u200b\u200c\u200d\ufeff\u2060\u0000\u0002-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g, '');
  return joinCjkLines(visible).replace(/[ \t\r\n\f]+/g, ' ');
}

/** Trims ASCII and full-width (　) white space, including the usual paragraph indent. */
export function trimBlock(s: string): string {
  // String#trim removes exactly \s (U+3000 and U+00A0 included), in linear time; the
  // pattern /[\s]+$/ it replaces was quadratic on a long run of spaces inside the text.
  return s.trim();
}

/** `s` without the trailing characters that `drop` matches, one character at a time (linear). */
export function trimEndWhere(s: string, drop: (ch: string) => boolean): string {
  let end = s.length;
  while (end > 0 && drop(s[end - 1]!)) end--;
  return s.slice(0, end);
}

/** Text without any white space, for comparisons. */
export function squash(s: string): string {
  return s.replace(/[\s\u3000\u00a0\u200b-\u200f\u2060\ufeff]+/g, '');
}

const NUMERALS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9,
};
export const NUMERAL_CLASS = '零〇一二两三四五六七八九十百壹贰叁肆伍陆柒捌玖拾\\d０-９';

/** Parses "3", "３", "十四", "二十一", "一百" → number; null when it is not a numeral. */
export function parseNumeral(s: string): number | null {
  const t = s.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (/^\d+$/.test(t)) return Number(t);
  // ① … ⑳, ⑴ … ⒇: one character each.
  if (/^[\u2460-\u2473]$/.test(t)) return t.charCodeAt(0) - 0x245f;
  if (/^[\u2474-\u2487]$/.test(t)) return t.charCodeAt(0) - 0x2473;
  if (!/^[零〇一二两三四五六七八九十百壹贰叁肆伍陆柒捌玖拾]+$/.test(t)) return null;
  let total = 0;
  let digit = 0;
  for (const ch of t.replace(/拾/g, '十')) {
    if (ch === '百') {
      total += (digit || 1) * 100;
      digit = 0;
    } else if (ch === '十') {
      total += (digit || 1) * 10;
      digit = 0;
    } else {
      const v = NUMERALS[ch];
      if (v === undefined) return null;
      digit = v;
    }
  }
  return total + digit;
}

/** Sentence-final punctuation: a block ending in one is complete. (A "；" ends a clause, not a paragraph.) */
const TERMINAL = /[。！？!?…：:]$/;
const LATIN_FULL_STOP = /[A-Za-z0-9%)\]"'”’]\.$/;
const CLOSER = /[”’」』）)》〉】\]"'\s]/;

/** True when the text ends like a finished sentence (closing quotes/brackets looked through). */
export function endsComplete(text: string): boolean {
  const t = trimBlock(text);
  if (!t) return true;
  if (TERMINAL.test(t)) return true;
  // An English sentence's full stop (a word, a number or a closing quote before it).
  if (LATIN_FULL_STOP.test(t)) return true;
  const inner = trimEndWhere(t, (ch) => CLOSER.test(ch));
  // (Also an English full stop inside them: 'garden.”'.)
  if (inner !== t && (inner === '' || TERMINAL.test(inner) || /[；;]$/.test(inner) || LATIN_FULL_STOP.test(inner))) return true;
  // A form line ending in blanks ("出租方：______") is complete as it stands.
  return /[_＿][_＿]$/.test(t);
}

/** Punctuation that cannot open a paragraph: text starting with it continues the previous one. */
export const CONTINUATION_START = /^[，,。.、；;：:！!？?）)」』”’》〉】]/;

/** Closing marks that a site sometimes repeats on both sides of a cut. */
export const REPEATABLE_CLOSER = /[”’」』）)》〉】]/;

// Traditional → simplified for the characters that the phrase families and markers use, so
// one family matches Big5 / traditional pages too ("本文來源", "小編為大家整理", "範文一").
const TRAD = '來連結鏈網編為關請訪問頻詳於參歡閱讀覽擊點載檔後複製與習學們時間發佈責輯範樣選優經匯總這個說會從對開過還見廣費錄權僅幫帶準備薦彙蒐溫註專題欄頁處識誌篇無憂狀況舉辦場線資產紀類變應當歲圖書館舊層導語寫該麼給親愛熱門買講話體計劃畫傳達歷聯繫課師觀號數萬億條項屆戶幣鐘週單雙貼輸細節練讓誰裡刪歸轉絡擇內簡評論報議詞賀辭證訊記嗎實現際動員務級環義並興東車長幾囉樂聽據羅禮謝醫護險飯銷營慶願勵獎稱藝術紙張隻遊戲圍團園勞廠驗試燈氣電視輕鬆陽陰雲風鐵業戰爭獲區縣鎮鄉國華價錢貨賣購贊標籤訂閉顯齊別頭順續質贏貝遠邊進運認頌謹許嚴瀏繼貢獻紹';
const SIMP = '来连结链网编为关请访问频详于参欢阅读览击点载档后复制与习学们时间发布责辑范样选优经汇总这个说会从对开过还见广费录权仅帮带准备荐汇搜温注专题栏页处识志篇无忧状况举办场线资产纪类变应当岁图书馆旧层导语写该么给亲爱热门买讲话体计划画传达历联系课师观号数万亿条项届户币钟周单双贴输细节练让谁里删归转络择内简评论报议词贺辞证讯记吗实现际动员务级环义并兴东车长几啰乐听据罗礼谢医护险饭销营庆愿励奖称艺术纸张只游戏围团园劳厂验试灯气电视轻松阳阴云风铁业战争获区县镇乡国华价钱货卖购赞标签订闭显齐别头顺续质赢贝远边进运认颂谨许严浏继贡献绍';
const TRAD_MAP = new Map([...TRAD].map((c, i) => [c, [...SIMP][i]!]));
const TRAD_RE = new RegExp(`[${TRAD}]`, 'g');

/** Code unit → simplified code unit (0: unchanged), for the BMP characters of the map. */
const TRAD_TABLE = new Uint16Array(0x10000);
for (const [t, c] of TRAD_MAP) if (t.length === 1 && c.length === 1) TRAD_TABLE[t.charCodeAt(0)] = c.charCodeAt(0);
const ALL_BMP = [...TRAD_MAP].every(([t, c]) => t.length === 1 && c.length === 1);

/** Traditional → simplified by the map. Called on every block by several steps: one table look-up per character, no copy when nothing changes. */
export function toSimplified(s: string): string {
  if (!ALL_BMP) return s.replace(TRAD_RE, (c) => TRAD_MAP.get(c) ?? c);
  let i = 0;
  while (i < s.length && TRAD_TABLE[s.charCodeAt(i)] === 0) i++;
  if (i === s.length) return s;
  let out = s.slice(0, i);
  for (; i < s.length; i++) {
    const m = TRAD_TABLE[s.charCodeAt(i)]!;
    out += m ? String.fromCharCode(m) : s[i];
  }
  return out;
}

/** Length of the common start of two strings. */
export function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}
