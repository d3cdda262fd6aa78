// A piece's typed blocks in the panel: tables as tables (merged cells rebuilt), lists as lists,
// images as images. Built with createElement and text only: page text and addresses are data,
// never HTML; an image is shown only from an http(s) address.
import type { ContentBlock, ListBlock, TableBlock } from '../../engine/types.js';

type Paragraph = (text: string) => HTMLElement;

function withLines(e: HTMLElement, text: string): HTMLElement {
  text.split('\n').forEach((line, i) => {
    if (i) e.append(document.createElement('br'));
    e.append(document.createTextNode(line));
  });
  return e;
}

function table(b: TableBlock): HTMLTableElement {
  const covered = new Set<string>();
  const origin = new Map<string, [number, number]>();
  for (const [r, c, rs, cs] of b.spans) {
    origin.set(`${r},${c}`, [rs, cs]);
    for (let dr = 0; dr < rs; dr++) for (let dc = 0; dc < cs; dc++) if (dr || dc) covered.add(`${r + dr},${c + dc}`);
  }
  const t = document.createElement('table');
  b.rows.forEach((row, r) => {
    const tr = t.insertRow();
    row.forEach((text, c) => {
      if (covered.has(`${r},${c}`)) return;
      const td = withLines(tr.insertCell(), text) as HTMLTableCellElement;
      const span = origin.get(`${r},${c}`);
      if (span) [td.rowSpan, td.colSpan] = span;
    });
  });
  return t;
}

/** Items indented by their depth (the list's own kind at every level). */
function list(b: ListBlock): HTMLElement {
  const l = document.createElement(b.ordered ? 'ol' : 'ul');
  b.items.forEach((item, i) => {
    const li = withLines(document.createElement('li'), item);
    const level = b.levels[i] ?? 0;
    if (level) li.style.marginLeft = `${level * 1.5}em`;
    l.append(li);
  });
  return l;
}

/** The blocks' elements, each marked with its block's index (data-b) for the removed view (panel-removed.ts). */
export function renderBlocks(blocks: ContentBlock[], paragraph: Paragraph): HTMLElement[] {
  return blocks.flatMap((b, i) => {
    const shown = renderBlock(b, paragraph);
    for (const e of shown) e.dataset.b = String(i);
    return shown;
  });
}

function renderBlock(b: ContentBlock, paragraph: Paragraph): HTMLElement[] {
  {
    switch (b.type) {
      case 'paragraph':
        return [paragraph(b.text)];
      case 'heading':
        return [withLines(document.createElement(`h${Math.min(6, Math.max(3, b.level))}` as 'h3'), b.text)];
      case 'list':
        return [list(b)];
      case 'table':
        return [table(b)];
      case 'image': {
        if (!/^https?:\/\//i.test(b.src)) return [];
        const img = document.createElement('img');
        img.src = b.src;
        img.alt = b.alt;
        img.loading = 'lazy';
        return [img];
      }
      case 'quote':
        return [withLines(document.createElement('blockquote'), b.text)];
      case 'code':
        return [withLines(document.createElement('pre'), b.text)];
    }
  }
}
