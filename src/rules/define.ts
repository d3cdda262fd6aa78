// Site knowledge as data: one small file per site family, read by the engine's steps.

/** A line made only of "label：value" pairs (作者：… 时间：… 人气：…), read by a tokenizer, not a pattern. */
export interface LabelLine {
  labels: string[];
  /** At least this many pairs. */
  min: number;
  /** Longest value, in characters. */
  maxValue: number;
  /** Characters allowed before the first label (a "DOCX" badge before 上传人：…). */
  maxPrefix?: number;
}

export interface PhraseRule {
  /** Why a matching block is not part of the article (goes to the removal trace). */
  reason: string;
  /** The phrase; or `labels` for a label：value line. Exactly one of the two. */
  re?: RegExp;
  labels?: LabelLine;
  /** `re` reads the text with its white space taken out: a line of tool words or page links, however spaced. */
  squashed?: boolean;
  /** A block that also matches this is the author's own after all (an exception to `re`). */
  unless?: RegExp;
  /** Only blocks mostly made of link text match (a label before a link to another page). */
  linked?: boolean;
  /** Only blocks at most this long match (a long block is real text that happens to contain the phrase). */
  max: number;
  /** When it matches, the link-only blocks that follow go too (a "相关文章：" list). */
  dropFollowingLinks?: boolean;
  /** Matches only before the first piece marker / in the first blocks (canned intros). */
  leadingOnly?: boolean;
  /** Matches only before the first piece marker of a page of several pieces (weaker intro phrases). */
  preambleOnly?: boolean;
  /** The block stood where the site broke the text (a page footer, a pager, an ad label): the next block may continue a cut paragraph. */
  marksCut?: boolean;
  /** The article ends here ("- END -", "全文预览已结束"): the short blocks after it go too, up to the next piece. */
  endsArticle?: boolean;
}

export interface SiteRule {
  name: string;
  /** Hosts (or parent domains) the family serves from. */
  hosts: string[];
  /**
   * Marks of the family's template, so a clone on a new domain is recognised:
   * a CSS selector, or "@…" for a substring of a stylesheet/script/image URL.
   */
  fingerprints: string[];
  /** Fingerprints needed when the host does not match (default 1). */
  minFingerprints?: number;
  /** Selector of the article's title element. */
  title?: string;
  /** Selector(s) of the article body; the match with the most text wins. */
  body?: string;
  /** Selectors of elements inside the body that are not the article. */
  remove?: string[];
  /** Selectors of ad or promo slots: a paragraph cut around one is joined again. */
  adSlots?: string[];
  /** Selector of the pager, where next-page links are looked for first. */
  pager?: string;
  /** Selector of the author/time line that may hold the byline. */
  info?: string;
  /** Family-specific boilerplate blocks, on top of the generic phrase families. */
  boilerplate?: PhraseRule[];
  /** The site's names, stripped from the end of a <title>. */
  siteNames?: string[];
}

export function defineRule(rule: SiteRule): SiteRule {
  return rule;
}
