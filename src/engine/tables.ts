// Tables: a data table becomes a grid of cell texts (merged cells at their top-left, "" in
// the cells they cover, the merges listed as spans); a layout table — one cell, the page's
// columns, a frame around the whole article — is no table and is read in place.
import type { TableBlock } from './types.js';
import { isElement, linkDensity, selectAll, tagOf } from './dom.js';

const MAX_SPAN = 100;

/** The table's own rows, not those of a table nested in one of its cells. */
export function ownRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (let c = table.firstElementChild; c; c = c.nextElementSibling) {
    const t = tagOf(c);
    if (t === 'TR') rows.push(c);
    else if (t === 'THEAD' || t === 'TBODY' || t === 'TFOOT') for (let r = c.firstElementChild; r; r = r.nextElementSibling) if (tagOf(r) === 'TR') rows.push(r);
  }
  return rows;
}

function ownCells(row: Element): Element[] {
  const cells: Element[] = [];
  for (let c = row.firstElementChild; c; c = c.nextElementSibling) if (tagOf(c) === 'TD' || tagOf(c) === 'TH') cells.push(c);
  return cells;
}

function span(cell: Element, name: 'colspan' | 'rowspan', rest: number): number {
  const n = parseInt(cell.getAttribute(name) ?? '1', 10);
  if (name === 'rowspan' && n === 0) return Math.max(1, rest); // rowspan="0": to the end of the table
  return Number.isFinite(n) && n >= 1 ? Math.min(n, MAX_SPAN) : 1;
}

const text = (el: Element): string => (el.textContent ?? '').replace(/[\s\u00a0\u3000]+/g, '');

/** Elements that only a page's frame puts in a cell. */
const FRAME_CONTENT = 'table, h1, h2, h3, h4, h5, h6, form, nav, header, footer, article, main, aside, iframe';
const PARAGRAPHS = 'p, div, li, blockquote, pre, section';
/** A cell holding this much running text in several paragraphs is a column of the page. */
const COLUMN_CHARS = 150;
/** A cell holding this much and this share of a table's text is the article inside a frame. */
const FRAME_CHARS = 500;
const FRAME_SHARE = 0.6;

/**
 * A table used for layout, not data: one cell with content; a single column; a frame holding
 * headings, forms or other tables; or one or two rows whose cells hold running text in
 * several paragraphs (the page's columns, a frame around the article); or marked as such.
 */
export function isLayoutTable(table: Element): boolean {
  const role = table.getAttribute('role');
  if (role === 'presentation' || role === 'none') return true;
  const rows = ownRows(table);
  const cells = rows.flatMap(ownCells);
  // One cell with content, the rest spacers; a blank form (two rows of two cells or more) stays a table.
  const filled = cells.filter((c) => text(c) || selectAll(c, 'img').length).length;
  const grid = rows.filter((r) => ownCells(r).length >= 2).length >= 2;
  if (cells.length <= 1 || (filled <= 1 && !grid)) return true;
  if (rows.every((r) => ownCells(r).reduce((n, c) => n + span(c, 'colspan', 1), 0) <= 1)) return true;
  if (selectAll(table, FRAME_CONTENT).length > 0) return true;
  // A grid of links is navigation (a related list, a menu), read in place where the text steps judge its lines.
  if (selectAll(table, 'a[href]').length >= 2 && linkDensity(table) >= 0.8) return true;
  const total = text(table).length;
  for (const c of cells) {
    const chars = text(c).length;
    const paragraphs = selectAll(c, PARAGRAPHS).filter((p) => text(p)).length + selectAll(c, 'br').length;
    if (rows.length <= 2 && paragraphs >= 3 && chars >= COLUMN_CHARS) return true;
    // A frame around the article: one cell holds most of the table's running text.
    if (paragraphs >= 3 && chars >= FRAME_CHARS && chars >= FRAME_SHARE * total) return true;
  }
  return false;
}

/** The table as a grid: `cellText` reads each cell (its lines joined by "\n"). */
export function readTable(table: Element, cellText: (cell: Element) => string): TableBlock {
  const rows = ownRows(table);
  const grid: (string | null)[][] = rows.map(() => []);
  const spans: [number, number, number, number][] = [];
  rows.forEach((row, r) => {
    let col = 0;
    for (const cell of ownCells(row)) {
      while (grid[r]![col] !== undefined) col++;
      const colspan = span(cell, 'colspan', 1);
      const rowspan = Math.min(span(cell, 'rowspan', rows.length - r), rows.length - r);
      grid[r]![col] = cellText(cell);
      for (let dr = 0; dr < rowspan; dr++) for (let dc = 0; dc < colspan; dc++) if (dr || dc) grid[r + dr]![col + dc] = null;
      if (rowspan > 1 || colspan > 1) spans.push([r, col, rowspan, colspan]);
      col += colspan;
    }
  });
  const width = Math.max(0, ...grid.map((g) => g.length));
  return { type: 'table', rows: grid.map((g) => Array.from({ length: width }, (_, i) => g[i] ?? '')), spans };
}

/** True for a <table> element (the stack walk meets nodes of every kind). */
export function isTable(n: Node): n is Element {
  return isElement(n) && tagOf(n) === 'TABLE';
}
