import { graphemes } from './graphemes.js';

/** White space and invisible format characters (zero-width space, BOM, joiners) are not counted. */
const UNCOUNTED = /^[\s\p{Cf}]+$/u;

/**
 * The number of characters a reader would count ("已复制 1,234 字"): every user-perceived
 * character (an emoji or a letter with combining marks is one) except white space,
 * including the ideographic space used for indentation.
 */
export function countChars(text: string): number {
  let n = 0;
  for (const g of graphemes(text)) if (!UNCOUNTED.test(g)) n++;
  return n;
}
