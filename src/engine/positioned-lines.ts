// Document readers (文库) that draw one absolutely positioned line per <p>, or a text layer
// of lines: the lines of a paragraph are joined again on the working copy. Few pages need it,
// none with a site rule, so it comes in the generic reader's bundle (generic-reader.ts).
import { attr, CUT_TAG, hasBlockChild, selectAll, tagOf } from './dom.js';
import { isNumberedLine } from './lines.js';
import { CJK_CHAR, toSimplified } from './text.js';
import type { Trace } from './trace.js';

/** A text layer by its class: "text" and "layer" in it, or "page_text" / "page-text" (any case). */
function isTextLayer(el: Element): boolean {
  const cls = (attr(el, 'class') ?? '').toLowerCase();
  return (cls.includes('text') && cls.includes('layer')) || cls.includes('page_text') || cls.includes('page-text');
}

interface Line {
  el: Element;
  left: number;
  text: string;
  /** It opens with a paragraph indent (　　 in its text, or a text-indent), not by its position. */
  indented: boolean;
  /** Its class: a line of another kind (a heading line) starts a paragraph. */
  kind: string;
  /** Its top offset, where the page gives one: runs of one printed line share it. */
  top?: number;
  /** The line's later runs, joined into its text. */
  runs?: Element[];
}

const POSITIONED = /position\s*:\s*absolute/i;
const LEFT = /(?:^|;)\s*left\s*:\s*(-?\d+(?:\.\d+)?)px/i;
const TOP = /(?:^|;)\s*top\s*:\s*(-?\d+(?:\.\d+)?)px/i;
const TEXT_INDENT = /(?:^|;)\s*text-indent\s*:\s*[1-9]/i;
const TERMINAL = /[。！？!?：:；;”」』）).]$/;
/** A container of at least this many positioned lines is a document reader's page. */
const MIN_LINES = 4;
/** A text layer of unpositioned line boxes: at least this many, most of them wrapped. */
const MIN_LAYER_LINES = 6;
const WRAPPED_SHARE = 0.4;

const indentOf = (el: Element, raw: string): boolean => /^[\u3000]|^[\u00a0 ]{2,}/.test(raw) || TEXT_INDENT.test(el.getAttribute('style') ?? '');

/** Left offsets the page's stylesheet gives by class (pdf2htmlEX's ".x1{left:94.5px}"): empty on most pages. */
export type ClassLefts = Map<string, number>;
const CLASS_LEFT = /\.([A-Za-z][\w-]{0,15})\s{0,3}\{\s{0,3}left\s{0,3}:\s{0,3}(-?\d{1,5}(?:\.\d{1,6})?)(?:px)?\s{0,3};?\s{0,3}\}/g;

const NO_LEFTS: ClassLefts = new Map();

/** Read before the page's <style>s are pruned (extract.ts), for joinPositionedLines. */
export function classLefts(doc: Document): ClassLefts {
  const out: ClassLefts = new Map();
  for (const style of selectAll(doc, 'style')) for (const m of (style.textContent ?? '').slice(0, 200_000).matchAll(CLASS_LEFT)) out.set(m[1]!, Number(m[2]));
  return out;
}

function leftOf(el: Element, style: string, lefts: ClassLefts): number | null {
  const inline = LEFT.exec(style);
  if (inline) return Number(inline[1]);
  if (!lefts.size) return null;
  for (const c of (attr(el, 'class') ?? '').split(/\s+/)) {
    const left = lefts.get(c);
    if (left !== undefined) return left;
  }
  return null;
}

function positionedLine(el: Element, lefts: ClassLefts): Line | null {
  const style = el.getAttribute('style') ?? '';
  // Placed by its own top and left, the absolute position set by its class ("p.reader-word-layer"),
  // or by its classes alone, as pdf2htmlEX writes a page (<div class="t x1 y2 …">).
  const byClass = lefts.size > 0 && !style && !hasBlockChild(el) && /^(?:DIV|P)$/.test(tagOf(el));
  if (!POSITIONED.test(style) && !TOP.test(style) && !byClass) return null;
  const left = leftOf(el, style, lefts);
  const raw = el.textContent ?? '';
  const text = raw.trim();
  // Off-screen (left:-9999px) is an anti-copy trick, not a line of the page.
  const top = TOP.exec(style);
  return left !== null && text && left >= 0 ? { el, left, text, indented: indentOf(el, raw), kind: '', ...(top ? { top: Number(top[1]) } : {}) } : null;
}

/**
 * Runs of one printed line (a reader draws a line in several <p>s where its spacing changes:
 * the same top, further right) as one line, read from its first run's place.
 */
function printedLines(runs: Line[]): Line[] {
  const out: Line[] = [];
  for (const run of runs) {
    const prev = out[out.length - 1];
    if (prev && run.top !== undefined && run.top === prev.top && run.left > prev.left) {
      out[out.length - 1] = { ...prev, text: prev.text + run.text, runs: [...(prev.runs ?? []), run.el] };
    } else out.push(run);
  }
  return out;
}

/** A line box of a text layer: a <div>/<p> holding only a line of text (inline elements at most). */
function layerLine(el: Element): Line | null {
  if (!/^(?:DIV|P)$/.test(tagOf(el)) || hasBlockChild(el)) return null;
  const raw = el.textContent ?? '';
  const text = raw.trim();
  return text && text.length <= 100 ? { el, left: 0, text, indented: indentOf(el, raw), kind: attr(el, 'class') ?? '' } : null;
}

/**
 * Rebuilds paragraphs from a document reader's visual lines: consecutive positioned lines
 * join into one paragraph until a line is indented past the page's left margin (a first
 * line) or the line before ended a sentence well short of the full width. A text layer of
 * unpositioned line boxes (one <div> per printed line, most of them cut mid-sentence) is
 * read the same way.
 */
export function joinPositionedLines(body: Element, trace?: Trace, lefts: ClassLefts = NO_LEFTS): void {
  const parents = new Set<Element>();
  let total = 0;
  for (const el of selectAll(body, lefts.size ? 'p[style], div[style], p[class], div[class]' : 'p[style], div[style]')) {
    if (el.parentElement && positionedLine(el, lefts)) {
      parents.add(el.parentElement);
      total++;
    }
  }
  // The reader's pages together hold many lines (a page may end with one or two).
  if (total >= MIN_LINES) {
    const boxes: Element[] = [];
    for (const parent of parents) {
      const lines: Line[] = [];
      for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
        const line = positionedLine(c, lefts);
        if (line) lines.push(line);
      }
      // A page box of lines, not a paragraph with a positioned span in it.
      if (lines.length < 2 || lines.length < 0.8 * parent.children.length - 2) continue;
      mergeLines(parent, printedLines(lines), trace);
      boxes.push(parent);
    }
    // The reader's page boxes, one paragraph list (a sentence the page break cut is joined).
    if (boxes.length > 1) gatherLayers(boxes);
  }
  // Text layers: judged together (one page may end on few wrapped lines), merged, then gathered.
  const layers: { layer: Element; lines: Line[] }[] = [];
  for (const layer of selectAll(body, '[class]').filter(isTextLayer)) {
    if (!body.contains(layer) || parents.has(layer) || layers.some((l) => l.layer.contains(layer))) continue;
    const lines: Line[] = [];
    for (let c = layer.firstElementChild; c; c = c.nextElementSibling) {
      const line = layerLine(c);
      if (line) lines.push(line);
    }
    if (lines.length >= 2 && lines.length >= 0.8 * layer.children.length) layers.push({ layer, lines });
  }
  const all = layers.flatMap((l) => l.lines);
  if (all.length < MIN_LAYER_LINES) return;
  const width = Math.max(...all.map((l) => l.text.length));
  const wrapped = all.filter((l) => l.text.length >= 0.7 * width && !TERMINAL.test(l.text)).length;
  if (wrapped < WRAPPED_SHARE * all.length) return;
  for (const { layer, lines } of layers) mergeLines(layer, lines, trace);
  const merged = layers.map((l) => l.layer);
  gatherLayers(merged);
}

/**
 * The text layers of a reader's pages, one paragraph list: each later page's paragraphs move
 * to the first page's layer after a cut marker (a paragraph the page break cut is joined
 * there), so locating the body never takes one page for the article.
 */
function gatherLayers(layers: Element[]): void {
  const [first, ...rest] = layers;
  if (!first) return;
  // One kind of box, numbered per page or not ("pc pc1", "pc pc2").
  const kindOf = (el: Element): string => (attr(el, 'class') ?? '').replace(/\d+/g, '');
  const kind = kindOf(first);
  for (const layer of rest) {
    if (kindOf(layer) !== kind) continue;
    first.append(first.ownerDocument.createElement(CUT_TAG));
    while (layer.firstChild) first.append(layer.firstChild);
  }
}

/** A line's end and the next line's start, joined: Chinese directly, a word cut at a hyphen whole, other words with a space. */
function joinLines(lines: string[]): string {
  let out = '';
  for (const line of lines) {
    if (!out) out = line;
    else if (/[A-Za-z]-$/.test(out) && /^[a-z]/.test(line)) out = out.slice(0, -1) + line;
    else if (/[\w,.;:!?)"'’”]$/.test(out) && /^[\w("'‘“]/.test(line) && !CJK_CHAR.test(out[out.length - 1]!)) out = `${out} ${line}`;
    else out += line;
  }
  return out;
}

function mergeLines(parent: Element, lines: Line[], trace?: Trace): void {
  dropPageRenders(parent, trace);
  const margin = Math.min(...lines.map((l) => l.left));
  const width = Math.max(...lines.map((l) => l.text.length));
  let para: Line[] = [];
  const flush = (): void => {
    if (!para.length) return;
    const p = parent.ownerDocument.createElement('p');
    p.textContent = joinLines(para.map((l) => l.text));
    para[0]!.el.before(p);
    for (const l of para) for (const el of [l.el, ...(l.runs ?? [])]) el.remove();
    para = [];
  };
  for (const line of lines) {
    const prev = para[para.length - 1];
    // A new paragraph: indented (by position or by its own 　　), after a sentence ended short
    // of the full width, or after a short line that ends no clause (a heading: "一、基本情况"),
    // or a line of another kind (a bold or centred heading line of the layer).
    const starts =
      line.left > margin + 4 ||
      line.indented ||
      (prev !== undefined && prev.kind !== line.kind) ||
      (prev !== undefined && TERMINAL.test(prev.text) && line.text.length < 0.6 * width && isNumberedLine(toSimplified(line.text))) ||
      (prev !== undefined && prev.text.length < 0.85 * width && (TERMINAL.test(prev.text) || (prev.text.length < 0.6 * width && !/[，,、；;]$/.test(prev.text))));
    if (starts) flush();
    para.push(line);
  }
  flush();
}

/**
 * The picture of the page under a reader's text layer (its sibling <img>, "第1页"): the page
 * drawn, not an image in the text — and kept, it would stand between two halves of a
 * paragraph the page break cut.
 */
function dropPageRenders(layer: Element, trace?: Trace): void {
  const page = layer.parentElement;
  if (!page) return;
  for (let c = page.firstElementChild; c; ) {
    const next = c.nextElementSibling;
    const img = tagOf(c) === 'IMG' ? c : c !== layer && c.childElementCount === 1 && !(c.textContent ?? '').trim() && tagOf(c.firstElementChild!) === 'IMG' ? c : null;
    if (img) {
      trace?.addElement('prune', 'page image under its text', img);
      img.remove();
    }
    c = next;
  }
}
