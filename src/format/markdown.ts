// Markdown output. The article's text is data, never markup: every character that a
// CommonMark/GFM renderer could read as syntax is backslash-escaped, so "# ", "* ",
// "<script>" or "[x](javascript:…)" in a page come out as the literal text they are.
// CJK punctuation is never markup and is left alone, so the source stays readable.
// (A bare "https://…" in the text may still be auto-linked by GFM renderers: it links to
// exactly the text shown, so it is left as it is.)
//
// A paragraph with line breaks keeps them as hard breaks written with a trailing
// backslash (CommonMark): unlike two trailing spaces, it survives editors that trim
// white space and is visible in the source.

import type { Article, ContentBlock, ListBlock, TableBlock } from '../engine/types.js';
import { listMarkers } from './lists.js';
import { type FormatOptions, SOURCE_LABEL } from './options.js';
import { blocksOf, oneLine, paragraphLines, selectPieces } from './select.js';

/** Characters that are syntax anywhere in a line (emphasis, code, links, HTML, tables, strikethrough). */
const INLINE = /[\\`*[\]<|~]/g;

const PUNCT = /[\p{P}\p{S}]/u;
const SPACE = /\s/;

/**
 * Escapes the runs of "_" that could open emphasis (CommonMark's flanking rules) — emphasis
 * needs an opener, so the others stay literal — and, for laxer renderers, any run of one or
 * two between letters other than ASCII ("和_斜体_和"). Template blanks of three or more —
 * "为______市", "（甲方）：________" — keep plain underscores, readable in any editor.
 */
function escapeUnderscores(line: string): string {
  return line.replace(/_+/g, (run, at: number) => {
    const before = line[at - 1];
    const after = line[at + run.length];
    const ws = (c: string | undefined) => c === undefined || SPACE.test(c);
    const punct = (c: string | undefined) => c !== undefined && PUNCT.test(c);
    const leftFlanking = !ws(after) && (!punct(after) || ws(before) || punct(before));
    const rightFlanking = !ws(before) && (!punct(before) || ws(after) || punct(after));
    const canOpen = leftFlanking && (!rightFlanking || punct(before));
    const asciiWord = (c: string | undefined) => c !== undefined && /[A-Za-z0-9]/.test(c);
    const short = run.length <= 2 && !(asciiWord(before) && asciiWord(after));
    return canOpen || short ? run.replace(/_/g, '\\_') : run;
  });
}
/** An entity reference ("&amp;", "&#20013;", "&#x4e2d;") would be decoded by the renderer. */
const ENTITY = /&(?=#\d+;|#x[\da-f]+;|[a-z][a-z\d]*;)/gi;

/** Escapes inline syntax only (a table cell cannot open a block). */
function escapeInline(line: string): string {
  return escapeUnderscores(line.replace(INLINE, '\\$&').replace(ENTITY, '\\&'));
}

/** Escapes one line: inline syntax anywhere, block openers at its start (any line may open a block); `everyHash` for headings. */
function escapeLine(line: string, everyHash: boolean): string {
  let out = escapeInline(line);
  if (everyHash) out = out.replace(/#/g, '\\#');
  // Block openers at the start of a line: ATX heading, block quote, list items,
  // thematic breaks and setext underlines ("---", "==="), ordered list markers.
  out = out
    .replace(/^#/, '\\#')
    .replace(/^>/, '\\>')
    .replace(/^[-+](?=[ \t]|$)/, '\\$&')
    .replace(/^([-=])(?=[-= \t]*$)/, '\\$1')
    .replace(/^(\d{1,9})([.)])(?=[ \t]|$)/, '$1\\$2');
  return out;
}

/**
 * Escapes text so that Markdown renders it literally. Each line is escaped on its own
 * (a line may start a block); line breaks are kept as they are. Leading spaces and tabs
 * are dropped because four of them would open a code block.
 */
export function escapeMarkdown(text: string): string {
  return text
    .split('\n')
    .map((line) => escapeLine(line.replace(/^[ \t]+/, '').replace(/[ \t]+$/, ''), false))
    .join('\n');
}

/** A heading's text: one line, and every "#" escaped since a trailing " #" would be eaten as a closing sequence. */
function headingText(text: string): string {
  return escapeLine(oneLine(text), true);
}

/** A web or file address becomes an autolink (it cannot hold spaces or "<>"); anything else is escaped text. */
function sourceLink(url: string): string {
  return /^(https?|file):\/\/[^\s<>]+$/i.test(url) ? `<${url}>` : escapeMarkdown(oneLine(url));
}

function paragraph(text: string, indent = ''): string {
  return paragraphLines(text)
    .map((line) => escapeLine(line, false))
    .join(`\\\n${indent}`);
}

/** A list, nested items indented under their parent's text (as wide as its marker). */
function list(block: ListBlock): string {
  const markers = listMarkers(block, (n) => `${n}.`, () => '-');
  const indents: number[] = [];
  return block.items
    .map((item, i) => {
      const level = block.levels[i] ?? 0;
      indents.length = level + 1;
      const pad = ' '.repeat(indents.slice(0, level).reduce((n, w) => n + (w ?? 2), 0));
      const marker = markers[i]!;
      indents[level] = marker.length + 1;
      const text = paragraph(item, pad + ' '.repeat(marker.length + 1));
      return `${pad}${marker} ${text}`.trimEnd();
    })
    .join('\n');
}

/** A cell: inline syntax escaped ("|" too), its lines joined with <br>. */
function cell(text: string): string {
  return paragraphLines(text).map(escapeInline).join('<br>');
}

/** A GFM table, its first row as the header (merged cells: the text at the top-left, the rest empty). */
function table(block: TableBlock): string {
  const width = block.rows[0]?.length ?? 0;
  if (!width) return '';
  const row = (cells: string[]): string => `| ${cells.map(cell).join(' | ')} |`;
  return [row(block.rows[0]!), `|${' --- |'.repeat(width)}`, ...block.rows.slice(1).map(row)].join('\n');
}

/** An address inside ( ): percent-encoded so spaces and brackets cannot end it early. */
function linkTarget(url: string): string {
  return url.replace(/[\s()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** A fence longer than any run of backticks inside the code. */
function code(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}\n${text}\n${fence}`;
}

function block(b: ContentBlock): string {
  switch (b.type) {
    case 'paragraph':
      return paragraph(b.text);
    case 'heading':
      return oneLine(b.text) ? `${'#'.repeat(Math.min(6, Math.max(3, b.level)))} ${headingText(b.text)}` : '';
    case 'list':
      return list(b);
    case 'table':
      return table(b);
    case 'image':
      return `![${escapeInline(oneLine(b.alt))}](${linkTarget(b.src)})`;
    case 'quote':
      return paragraphLines(b.text)
        .map((line) => `> ${escapeLine(line, false)}`)
        .join('\\\n');
    case 'code':
      return code(b.text);
  }
}

/** YAML front matter; strings are JSON-quoted, which is valid YAML and needs no escaping rules of its own. */
function frontMatter(article: Article, piece?: number): string {
  const q = (s: string) => JSON.stringify(s);
  const lines = ['---', `title: ${q(oneLine(article.title))}`, `source: ${q(article.url)}`];
  if (article.byline) lines.push(`byline: ${q(oneLine(article.byline))}`);
  if (article.siteName) lines.push(`site: ${q(oneLine(article.siteName))}`);
  lines.push(`pages: ${article.pages}`, `pieces: ${article.pieces.length}`);
  if (piece !== undefined) {
    lines.push(`piece: ${piece + 1}`);
    const heading = article.pieces[piece]?.heading;
    if (heading) lines.push(`heading: ${q(oneLine(heading))}`);
  }
  lines.push('---');
  return lines.join('\n');
}

/**
 * The article (or its piece at 0-based index `piece`) as Markdown: `# title`, a source
 * line, then `## heading` per piece (none for a null heading), paragraphs separated by
 * blank lines. Ends with one newline.
 */
export function toMarkdown(article: Article, piece?: number, opts: FormatOptions = {}): string {
  const pieces = selectPieces(article, piece);
  const blocks: string[] = [];
  if (!opts.bare) {
    if (opts.frontMatter) blocks.push(frontMatter(article, piece));
    blocks.push(`# ${headingText(article.title)}`);
    if (opts.sourceLine ?? true) blocks.push(`> ${opts.sourceLabel ?? SOURCE_LABEL}${sourceLink(article.url)}`);
  }
  for (const p of pieces) {
    if (p.heading !== null && oneLine(p.heading) !== '') blocks.push(`## ${headingText(p.heading)}`);
    for (const b of blocksOf(p)) {
      const md = block(b);
      if (md !== '') blocks.push(md);
    }
  }
  return blocks.join('\n\n') + '\n';
}
