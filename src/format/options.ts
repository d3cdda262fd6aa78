/** How an article is written out; shared by the CLI and the extension. */
export interface FormatOptions {
  /** A source line under the title ("来源：<url>"; in Markdown "> 来源：<url>"). Default true. */
  sourceLine?: boolean;
  /** YAML front matter (title, source, pages, pieces) at the top of Markdown. Default false. */
  frontMatter?: boolean;
  /** Plain text only: indent each paragraph with two ideographic spaces ("　　"). Default 'none'. */
  indent?: 'none' | 'fullwidth';
  /** The source line's label, for a shell speaking another language ("Source: "). Default "来源：". */
  sourceLabel?: string;
  /** Only the pieces (their headings and blocks): no title, source line or front matter — a selection's copy. Default false. */
  bare?: boolean;
}

/** The label of the source line, shared so both formats read the same. */
export const SOURCE_LABEL = '来源：';
