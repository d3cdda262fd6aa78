import type { Article, ContentBlock, Piece } from '../engine/types.js';

/**
 * The pieces to write: all of them, or the one at `piece` (0-based).
 * An index out of range is a programming error in the caller, so it throws.
 */
export function selectPieces(article: Article, piece?: number): Piece[] {
  if (piece === undefined) return article.pieces;
  const one = Number.isInteger(piece) ? article.pieces[piece] : undefined;
  if (!one) throw new RangeError(`piece ${piece} does not exist (the article has ${article.pieces.length})`);
  return [one];
}

/** Splits a paragraph into its lines, dropping blank ones: a blank line would end the paragraph. */
export function paragraphLines(paragraph: string): string[] {
  return paragraph
    .split(/\r\n|[\r\n\u2028\u2029]/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** Titles and headings are one line in every format. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A piece's typed blocks; a piece made without them (by hand, or an older caller) has one paragraph per string. */
export function blocksOf(piece: Piece): ContentBlock[] {
  return piece.blocks ?? piece.paragraphs.map((text): ContentBlock => ({ type: 'paragraph', text }));
}
