// Kinds of line that stand on their own in these texts: numbered sub-headings and items,
// salutations, dialogue, signatures and dates. Repair never joins them; segmentation never
// takes a numbered sub-heading for a piece.
import { NUMERAL_CLASS, toSimplified } from './text.js';

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
];

export function isNumberedLine(text: string): boolean {
  return NUMBERED_LINE.some((re) => re.test(text));
}

/** A line that stands alone by its form (not by its markup). */
export function isOwnLine(text: string): boolean {
  const t = toSimplified(text);
  return isNumberedLine(t) || OWN_LINE.some((re) => re.test(t));
}
