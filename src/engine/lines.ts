// Kinds of line that stand on their own in these texts: numbered sub-headings and items,
// salutations, dialogue, signatures and dates. Repair never joins them; segmentation never
// takes a numbered sub-heading for a piece.
import { CJK_CHAR, NUMERAL_CLASS, toSimplified } from './text.js';
import { PAGER_LINE } from '../rules/generic.js';

const NUM = `[${NUMERAL_CLASS}]+`;

/** "43、…", "二、…", "1. …": a numbered item or sub-heading, its number captured. */
export const ITEM_NUMBER = new RegExp(`^([${NUMERAL_CLASS}]{1,4})\\s*[、.．]`);

/** "（一）name", "一、name", "1. name": the numbering style (brackets, separator) and the number. */
export const NUMBERED_HEADING = new RegExp(`^([（(]?)\\s*([${NUMERAL_CLASS}]{1,3})\\s*([）)、.．])\\s*\\S`);

/** 一、… / 1. … / （一）… / 第一条 … / 第一，…: sub-headings and numbered items. */
export const NUMBERED_LINE = [
  ITEM_NUMBER, // 一、思想政治方面 / 1. 租金
  new RegExp(`^[（(]\\s*${NUM}\\s*[）)]`), // （一）/ (1)
  new RegExp(`^第${NUM}[条章节部分项点款][\\s、:：，,]?`), // 第一条 房屋基本情况
  new RegExp(`^第${NUM}\\s*[，,、]`), // 第一，切实提高政治站位
];

/** "二是深化网格管理…", "三要强化…": a lead-in that opens a new paragraph (but may itself be cut short). */
export const LEAD_IN = /^[一二三四五六七八九十]{1,3}(?:是|要|则|来)[^，。]/;

/** A turn of a dialogue or a party's clause: 男：辞旧岁 / 甲方：… */
const TURN = /^(?:男|女|甲|乙|丙|丁|合|众|齐|主持人?|旁白|问|答|[A-Z]|[男女][甲乙一二12]|甲方|乙方|丙方)\s*[:：]/;

export function isTurn(text: string): boolean {
  return TURN.test(text);
}

/** Salutations, dialogue, date and blank-form lines. */
const OWN_LINE = [
  /^[^，。！？\s]{1,16}[:：]$/, // 同志们： / 尊敬的各位领导：
  TURN,
  /^[\s_＿年月日\dxX×〇零一二三四五六七八九十]{4,}$/, // ____年____月____日 / 二〇二四年三月一日
  /^\d{4}\s*[年.\-/]\s*\d{1,2}\s*[月.\-/]\s*\d{1,2}\s*日?$/, // 2024年3月1日
  // A letter's closing formula on its own line: 此致 | 敬礼！, 敬祝 | 教安 — the wish is a line of its own.
  /^(?:此致|[敬顺恭谨]祝|[顺即]颂|祝[你您]?)[\s,，]?$/,
  // A CMS's time stamp under its label (时间:2025-02-17 09:12:45): a line of the page's header, never wrapped into the next.
  /^(?:发布|更新|发表|添加)?(?:时间|日期)\s?[:：]\s?\d{4}-\d{1,2}-\d{1,2}\s{1,2}\d{1,2}:\d{2}(?::\d{2})?$/,
  // A pager left in the text ("…做到<br>上一页 下一页 (2/3)"): never part of the paragraph above it.
  PAGER_LINE,
];

/** A field and its value: "报名地点：社区服务中心一楼", "性别：男". */
const FIELD_LINE = /^[^，。！？\s:：]{2,8}[:：]\s{0,2}[^\s:：]/;

export function isFieldLine(text: string): boolean {
  return FIELD_LINE.test(text);
}

export function isNumberedLine(text: string): boolean {
  return NUMBERED_LINE.some((re) => re.test(text));
}

/** A line that stands alone by its form (not by its markup). */
export function isOwnLine(text: string): boolean {
  const t = toSimplified(text);
  return isNumberedLine(t) || OWN_LINE.some((re) => re.test(t));
}

/** Characters of program text: a block with more than a few is code, whatever its language. */
const CODE_CHAR = /[{}();=<>$#\\|`]/g;
const INDENTED_LINE = /^(?:\u3000+|[ \u00a0]{2,})\S/;

/**
 * The paragraphs of a preformatted block that holds prose (a TXT preview's copy box: Chinese
 * text hard-wrapped at a fixed width, each paragraph opened by an indent), or null when it
 * is code or its paragraphs are not marked by indents.
 */
export function proseParagraphs(text: string): string[] | null {
  const visible = text.replace(/\s/g, '');
  if (visible.length < 40) return null;
  const cjk = Array.from(visible).filter((ch) => CJK_CHAR.test(ch)).length;
  if (cjk < 0.5 * visible.length || (visible.match(CODE_CHAR)?.length ?? 0) > 0.02 * visible.length) return null;
  const lines = text.split('\n');
  const full = lines.filter((l) => l.trim());
  if (full.filter((l) => INDENTED_LINE.test(l)).length < Math.max(2, 0.2 * full.length)) return null;
  const out: string[] = [];
  let current = '';
  for (const line of lines) {
    const t = line.trim();
    if (!t || INDENTED_LINE.test(line)) {
      if (current) out.push(current);
      current = t;
      continue;
    }
    // A wrapped line goes on with the paragraph: nothing between CJK halves, a space between words.
    current = !current ? t : CJK_CHAR.test(current[current.length - 1]!) || CJK_CHAR.test(t[0]!) ? current + t : `${current} ${t}`;
  }
  if (current) out.push(current);
  return out;
}
