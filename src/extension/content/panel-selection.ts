// A selection inside the panel, read back into the article's own shape (pieces of typed
// blocks) so the background's writers can copy it as clean text or Markdown: the panel's own
// buttons and labels are left out, a piece heading stays a heading, a table a table, a list a
// list. Only the panel's DOM is read, which holds page text as text (view.ts), never page HTML.
import type { ContentBlock, Piece, TableBlock } from '../../engine/types.js';

/** The selection's range when it lies inside the panel's root (closed shadow roots need getComposedRanges). */
export function selectedRange(root: ShadowRoot): Range | null {
  const sel = document.getSelection() as (Selection & { getComposedRanges?: (o: { shadowRoots: ShadowRoot[] }) => StaticRange[] }) | null;
  if (!sel || sel.rangeCount === 0) return null;
  const r: StaticRange | Range | undefined = sel.getComposedRanges ? sel.getComposedRanges({ shadowRoots: [root] })[0] : sel.getRangeAt(0);
  if (!r || r.collapsed || !root.contains(r.startContainer) || !root.contains(r.endContainer)) return null;
  const range = document.createRange();
  range.setStart(r.startContainer, r.startOffset);
  range.setEnd(r.endContainer, r.endOffset);
  return range;
}

/** The panel's controls and labels: never part of what is copied. */
const SKIP = new Set(['button', 'input', 'select', 'label', 'style', 'details', 'script']);

/** An element's text with <br> as a line break. */
function textOf(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return (node as Text).data;
  if (!(node instanceof Element) || SKIP.has(node.localName) || node.classList.contains('hint')) return '';
  if (node.localName === 'br') return '\n';
  let s = '';
  for (const c of node.childNodes) s += textOf(c);
  return s;
}

function table(rows: HTMLTableRowElement[]): TableBlock {
  const grid: string[][] = [];
  const spans: [number, number, number, number][] = [];
  rows.forEach((tr, r) => {
    let c = 0;
    for (const td of tr.cells) {
      const row = (grid[r] ??= []);
      while (row[c] !== undefined) c++;
      const rs = Math.max(1, Math.min(td.rowSpan || 1, rows.length - r));
      const cs = Math.max(1, td.colSpan || 1);
      for (let dr = 0; dr < rs; dr++) for (let dc = 0; dc < cs; dc++) (grid[r + dr] ??= [])[c + dc] = dr || dc ? '' : textOf(td);
      if (rs > 1 || cs > 1) spans.push([r, c, rs, cs]);
      c += cs;
    }
  });
  const width = Math.max(0, ...grid.map((row) => row.length));
  return { type: 'table', rows: grid.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? '')), spans };
}

/** A list item's depth, from the indent blocks-view.ts gives it (1.5em a level). */
const levelOf = (li: HTMLElement): number => Math.max(0, Math.round((parseFloat(li.style.marginLeft) || 0) / 1.5));

class Reader {
  readonly pieces: Piece[] = [];
  private inline = '';

  private get piece(): Piece {
    if (!this.pieces.length) this.pieces.push({ heading: null, paragraphs: [], blocks: [] });
    return this.pieces.at(-1)!;
  }

  private push(b: ContentBlock): void {
    this.flush();
    this.piece.blocks!.push(b);
  }

  /** Text and inline elements outside any block (a selection inside one paragraph) make a paragraph. */
  private flush(): void {
    const text = this.inline.trim();
    this.inline = '';
    if (text) this.piece.blocks!.push({ type: 'paragraph', text });
  }

  private list(items: HTMLLIElement[], ordered: boolean): void {
    if (items.length) this.push({ type: 'list', ordered, items: items.map(textOf), levels: items.map(levelOf) });
  }

  walk(node: Node): void {
    for (const c of node.childNodes) {
      if (c.nodeType === Node.TEXT_NODE) {
        this.inline += (c as Text).data;
        continue;
      }
      if (!(c instanceof HTMLElement) || SKIP.has(c.localName) || c.classList.contains('hint')) continue;
      const tag = c.localName;
      if (tag === 'mark' || tag === 'a' || tag === 'span' || tag === 'br') {
        this.inline += textOf(c);
      } else if (tag === 'section') {
        this.flush();
        this.pieces.push({ heading: null, paragraphs: [], blocks: [] });
        this.walk(c);
      } else if (tag === 'h2') {
        const heading = textOf(c).trim();
        this.flush();
        if (this.piece.heading === null && !this.piece.blocks!.length) this.piece.heading = heading;
        else this.pieces.push({ heading, paragraphs: [], blocks: [] });
      } else if (/^h[1-6]$/.test(tag)) {
        const text = textOf(c).trim();
        if (text) this.push(tag === 'h1' ? { type: 'paragraph', text } : { type: 'heading', level: Number(tag[1]), text });
      } else if (tag === 'p') {
        const text = textOf(c).trim();
        if (text) this.push({ type: 'paragraph', text });
      } else if (tag === 'ul' || tag === 'ol') {
        this.list([...c.children].filter((x): x is HTMLLIElement => x instanceof HTMLLIElement), tag === 'ol');
      } else if (tag === 'li') {
        this.list([c as HTMLLIElement], false);
      } else if (tag === 'table' || tag === 'tbody' || tag === 'tr') {
        const rows = tag === 'tr' ? [c as HTMLTableRowElement] : [...c.querySelectorAll('tr')];
        if (rows.length) this.push(table(rows));
      } else if (tag === 'img') {
        const img = c as HTMLImageElement;
        if (/^https?:\/\//i.test(img.src)) this.push({ type: 'image', src: img.src, alt: img.alt });
      } else if (tag === 'blockquote') {
        this.push({ type: 'quote', text: textOf(c).trim() });
      } else if (tag === 'pre') {
        this.push({ type: 'code', text: textOf(c) });
      } else {
        this.flush();
        this.walk(c);
      }
    }
  }

  done(): Piece[] {
    this.flush();
    return this.pieces.filter((p) => p.heading !== null || p.blocks!.length > 0);
  }
}

/** The one-string-per-paragraph view of blocks (the wire needs it beside the blocks). */
function paragraphsOf(blocks: ContentBlock[]): string[] {
  return blocks.flatMap((b) => {
    switch (b.type) {
      case 'list':
        return b.items;
      case 'table':
        return b.rows.map((row) => row.join('\t'));
      case 'image':
        return [];
      default:
        return [b.text];
    }
  });
}

/** The selected part of the panel as pieces; none when it holds no text of the article. */
export function selectionPieces(range: Range): Piece[] {
  const reader = new Reader();
  reader.walk(range.cloneContents());
  return reader.done().map((p) => ({ ...p, paragraphs: paragraphsOf(p.blocks!) }));
}

/** A plain rendering for the copy event itself, before the background writes the formatted one. */
export function plainText(pieces: Piece[]): string {
  return pieces.flatMap((p) => [...(p.heading !== null ? [p.heading] : []), ...p.paragraphs]).join('\n\n');
}
