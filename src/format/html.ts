// HTML for the clipboard and for files: clean semantic markup that Word, WPS and online
// editors paste as headings, paragraphs, lists and tables. Everything from the page is text
// (escaped) or an http(s) address; no page attribute, script or style comes through — only a
// few inline styles of our own that Word understands (table borders, the paragraph indent).
import type { Article, ContentBlock, ListBlock, TableBlock } from '../engine/types.js';
import { type FormatOptions, SOURCE_LABEL } from './options.js';
import { blocksOf, oneLine, paragraphLines, selectPieces } from './select.js';

export interface HtmlOptions extends FormatOptions {
  /** Only the body's markup (for the clipboard); default: a whole document. */
  fragment?: boolean;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** An http(s) address, escaped for an attribute; anything else is no link. */
function safeHref(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? escapeHtml(u.href) : null;
  } catch {
    return null;
  }
}

/** Lines of a text block, escaped, joined by <br>. */
function lines(text: string): string {
  return paragraphLines(text).map(escapeHtml).join('<br>');
}

const CELL_STYLE = 'border:1px solid #000;padding:4px 6px;vertical-align:top';

function table(b: TableBlock): string {
  const origin = new Map<string, [number, number]>();
  const covered = new Set<string>();
  for (const [r, c, rs, cs] of b.spans) {
    origin.set(`${r},${c}`, [rs, cs]);
    for (let dr = 0; dr < rs; dr++) for (let dc = 0; dc < cs; dc++) if (dr || dc) covered.add(`${r + dr},${c + dc}`);
  }
  const rows = b.rows.map((row, r) => {
    const cells = row.flatMap((text, c) => {
      if (covered.has(`${r},${c}`)) return [];
      const span = origin.get(`${r},${c}`);
      const attrs = span ? `${span[0] > 1 ? ` rowspan="${span[0]}"` : ''}${span[1] > 1 ? ` colspan="${span[1]}"` : ''}` : '';
      return [`<td${attrs} style="${CELL_STYLE}">${lines(text)}</td>`];
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  return `<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">${rows.join('')}</table>`;
}

/** Nested items go into a list inside their parent item, of the list's own kind. */
function list(b: ListBlock): string {
  const tag = b.ordered ? 'ol' : 'ul';
  let out = '';
  let depth = -1;
  b.items.forEach((item, i) => {
    const level = Math.max(0, Math.min(b.levels[i] ?? 0, depth + 1));
    if (level > depth) out += `<${tag}>`.repeat(level - depth);
    else {
      out += '</li>';
      for (; depth > level; depth--) out += `</${tag}></li>`;
    }
    depth = level;
    out += `<li>${lines(item)}`;
  });
  if (depth >= 0) out += '</li>';
  for (; depth > 0; depth--) out += `</${tag}></li>`;
  return depth === 0 ? `${out}</${tag}>` : out;
}

function block(b: ContentBlock, indent: boolean): string {
  switch (b.type) {
    case 'paragraph': {
      const body = lines(b.text);
      if (!body) return '';
      return `<p${indent ? ' style="text-indent:2em"' : ''}>${b.bold ? `<strong>${body}</strong>` : body}</p>`;
    }
    case 'heading': {
      const level = Math.min(6, Math.max(3, b.level));
      return `<h${level}>${escapeHtml(oneLine(b.text))}</h${level}>`;
    }
    case 'list':
      return list(b);
    case 'table':
      return table(b);
    case 'image': {
      const src = safeHref(b.src);
      return src ? `<p><img src="${src}" alt="${escapeHtml(oneLine(b.alt))}"></p>` : '';
    }
    case 'quote':
      return `<blockquote>${lines(b.text)}</blockquote>`;
    case 'code':
      return `<pre>${escapeHtml(b.text)}</pre>`;
  }
}

/**
 * The article (or its piece at 0-based `piece`) as HTML: <h1> title, a source line, <h2> per
 * piece heading, then its blocks. `indent: 'fullwidth'` indents paragraphs by two characters.
 */
export function toHtml(article: Article, piece?: number, opts: HtmlOptions = {}): string {
  const parts: string[] = opts.bare ? [] : [`<h1>${escapeHtml(oneLine(article.title))}</h1>`];
  if (!opts.bare && (opts.sourceLine ?? true)) {
    const href = safeHref(article.url);
    const url = escapeHtml(oneLine(article.url));
    parts.push(`<p>${SOURCE_LABEL}${href ? `<a href="${href}">${url}</a>` : url}</p>`);
  }
  for (const p of selectPieces(article, piece)) {
    if (p.heading !== null && oneLine(p.heading) !== '') parts.push(`<h2>${escapeHtml(oneLine(p.heading))}</h2>`);
    for (const b of blocksOf(p)) {
      const html = block(b, opts.indent === 'fullwidth');
      if (html) parts.push(html);
    }
  }
  const body = parts.join('\n');
  if (opts.fragment) return `${body}\n`;
  return `<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<title>${escapeHtml(oneLine(article.title))}</title>\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
}
