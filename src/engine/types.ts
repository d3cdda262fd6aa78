import type { ExtraSite } from '../rules/index.js';
import type { UserRule } from '../rules/user.js';
// The data the engine hands to every shell. Formats (src/format) and both shells read only this.

/** A text block; `bold` when all its text is bold (a form label, a sub-heading set in bold). */
export interface ParagraphBlock {
  type: 'paragraph';
  text: string;
  bold?: true;
}
/** A sub-heading inside a piece: <h3>–<h6> keep their number, an <h1>/<h2> that is no piece marker is 3. */
export interface HeadingBlock {
  type: 'heading';
  level: number;
  text: string;
}
/** A list; nested items follow their parent, `levels[i]` is item i's depth (0 = top). */
export interface ListBlock {
  type: 'list';
  ordered: boolean;
  items: string[];
  levels: number[];
}
/**
 * A data table, every row as wide as the table. A merged cell's text stands at its top-left
 * position and the cells it covers are ""; `spans` lists each merge as [row, col, rowspan, colspan].
 * Lines inside a cell are joined with "\n".
 */
export interface TableBlock {
  type: 'table';
  rows: string[][];
  spans: [number, number, number, number][];
}
/** An image of the article: absolute URL, alt text as written ("" if none). */
export interface ImageBlock {
  type: 'image';
  src: string;
  alt: string;
}
export interface QuoteBlock {
  type: 'quote';
  text: string;
}
/** Preformatted text or code, line breaks and indentation kept. */
export interface CodeBlock {
  type: 'code';
  text: string;
}
export type ContentBlock = ParagraphBlock | HeadingBlock | ListBlock | TableBlock | ImageBlock | QuoteBlock | CodeBlock;

/** One text of the page: 篇一, 范文二：…, or the whole article when it holds a single text. */
export interface Piece {
  /** The marker line as the page shows it ("学校疫情防控讲话篇一", "【篇二】"), or null for a single text. */
  heading: string | null;
  /**
   * Plain text derived from `blocks`: one string per paragraph, heading, quote or code block, one per
   * list item, one per table row (cells joined by a TAB), nothing for an image. No indentation, no markup.
   */
  paragraphs: string[];
  /** The piece's typed blocks, in order (the engine always fills them; a hand-made piece may leave them out). */
  blocks?: ContentBlock[];
}

/** Why something left the article: the removal trace (useful to debug a rule, and what the reader lets the user see and undo). */
export interface Removal {
  step: string;
  reason: string;
  /** Its text on one line, cut to 200 characters. */
  text: string;
  /** Its whole text, one string per line or block (a removal from inside a paragraph: the part cut out). */
  paragraphs?: string[];
  /** Where it stood in the article: right before block `before` of piece `piece` (`before` = the piece's length: at its end). None when its place is unknown. */
  place?: RemovalPlace;
  /** It was cut from inside the block before its place (a site tail, an inline ad), not a block of its own. */
  inline?: true;
  /** The text around it when it was removed; `placeRemovals` (removed-places.ts) turns it into `place` for a reader that shows the removals. */
  anchor?: RemovalAnchor;
}

export interface RemovalPlace {
  piece: number;
  before: number;
}

/** The last characters before a removal and the first after it, white space left out. */
export interface RemovalAnchor {
  after?: string;
  next?: string;
}

/** A page of a paged article that could not be loaded; the rest is kept. */
export interface PageFailure {
  /** 1-based page number in the article. */
  page: number;
  url: string;
  reason: string;
}

export interface Article {
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  /** Name of the site rule that recognised the page, or "generic". */
  rule: string;
  /** Number of pages merged into the article. */
  pages: number;
  pageUrls: string[];
  failedPages: PageFailure[];
  pieces: Piece[];
  removed: Removal[];
  /** What the engine could not do, one line each (the work budget ran out: pages not merged). */
  notes?: string[];
  /** Work units spent (elements visited by the steps): the engine's cost, bounded by its budget. */
  work?: number;
  /** Milliseconds per pipeline step, summed over pages; only when a clock was passed in. */
  timings?: Record<string, number>;
}

/** Loads and parses another page of the article (same origin). Rejects when it cannot. */
export type FetchPage = (url: string) => Promise<Document>;

export interface Progress {
  /** 1-based number of the page being merged. */
  page: number;
  /** Total pages when the pager tells, else null. */
  total: number | null;
  url: string;
}

export interface ExtractOptions {
  /** The user's own site rules (rules/user.ts, validated by the caller): the ones for the page's host go before the engine's steps. */
  userRules?: readonly UserRule[];
  /** Hosts the user added to a known family: that family's rule applies there as on its own hosts. */
  extraSites?: readonly ExtraSite[];
  /** Follows next pages when given; without it only the first page is read. */
  fetchPage?: FetchPage;
  /** At most this many pages (default 50). */
  maxPages?: number;
  onProgress?: (p: Progress) => void;
  /**
   * The document was parsed for this call and may be changed (saves copying it). Leave unset
   * for a live page: the engine then works on a clone.
   */
  disposable?: boolean;
  /**
   * A fresh parse of the same page (the caller still has its HTML): with `disposable`, a page
   * without a site rule is read in place and parsed again only if the no-harm floor must read
   * it a second time — cheaper than keeping a clone of every page for that rare case.
   */
  reparse?: () => Document;
  /** Work units the article may cost (default DEFAULT_WORK_BUDGET): past it, no more pages are merged and Readability is skipped. */
  workBudget?: number;
  /** A clock (ms) for the benchmark: when given, Article.timings holds each step's time. */
  clock?: () => number;
}
