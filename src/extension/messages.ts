// Every message between background, content script and extension pages: typed, and checked
// on arrival (shape, and that it comes from this extension), since a message is untrusted input.
import type { Article } from '../engine/types.js';
import type { ArticleJson } from '../format/index.js';

export type Format = 'text' | 'markdown';
/** What a download can write: a copy format, or Word. */
export type DownloadFormat = Format | 'docx';

/** An article as it travels between contexts: the JSON shape plus the page list. */
export interface WireArticle extends ArticleJson {
  pageUrls: string[];
}

/** What the panel's buttons and the automation surface ask for. */
export interface ActionOptions {
  /** 0-based index into pieces; omitted: the whole article. */
  piece?: number;
  format?: DownloadFormat;
}

/** The script the panel can convert an article to: simplified (mainland) or traditional (Taiwan) characters. */
export type Script = 'cn' | 'tw';

/** What the picker did, for the panel that stepped aside for it (panel-teach.ts). */
export type PickerOutcome = { result: 'saved'; kind: 'remove' | 'keep' | 'body'; selector: string; matches: number; site: string } | { result: 'cancelled' };

/** A page of the article as the server sent it, for a saved test case (bytes as base64: messages are JSON in Chromium). */
export interface WirePage {
  url: string;
  contentType: string | null;
  data: string;
}

/** Content script → background. */
export type ToBackground =
  /** `bare`: a selection in the panel, its pieces only (no title or source line). */
  | { type: 'copy'; article: WireArticle; piece?: number; format: Format; bare?: true }
  | { type: 'download'; article: WireArticle; piece?: number; format: DownloadFormat }
  | { type: 'found'; pieces: number }
  /** Inject the traditional↔simplified converter into the sender's frame (loaded only when used). */
  | { type: 'load-converter'; to: Script }
  /** Start the picker in the sender's frame (the panel's "在页面上选择要去除的内容"). */
  | { type: 'start-picker' }
  /** The picker is done: relayed to the frame it ran in; the reply says whether a panel took it. */
  | { type: 'picker-done'; outcome: PickerOutcome }
  /** Download the article and its pages as a test case (format/test-case.ts). */
  | { type: 'save-case'; article: WireArticle; pages: WirePage[] };

/** Background → the panel's frame, relayed from the picker. */
export interface ToPanel {
  type: 'picker-done';
  outcome: PickerOutcome;
}

/** Background → content script. */
export type ToContent =
  | { type: 'ping' }
  /** Open the reader; `toggle` closes it when it is already open (toolbar behaviour). */
  | { type: 'open'; toggle: boolean }
  /** The article, extracted if not done yet, without opening the panel. */
  | { type: 'article' };

/** Background → offscreen document (Chromium). */
export interface ToOffscreen {
  type: 'offscreen-copy';
  text: string;
  /** The same article as HTML (text/html beside text/plain), when there is one. */
  html?: string;
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

export const ok = <T>(value: T): Reply<T> => ({ ok: true, value });
export const fail = (e: unknown): Reply<never> => ({ ok: false, error: e instanceof Error ? e.message : String(e) });

/** The value of a reply, or throws its error (also for a malformed reply). */
export function unwrap<T>(reply: unknown): T {
  if (isObject(reply) && reply.ok === true && 'value' in reply) return reply.value as T;
  if (isObject(reply) && reply.ok === false && typeof reply.error === 'string') throw new Error(reply.error);
  throw new Error('no valid reply');
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
const isString = (x: unknown): x is string => typeof x === 'string';
const isStringArray = (x: unknown): x is string[] => Array.isArray(x) && x.every(isString);
const isNullableString = (x: unknown): x is string | null => x === null || isString(x);
const isIndex = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;
const isFormat = (x: unknown): x is Format => x === 'text' || x === 'markdown';
const isDownloadFormat = (x: unknown): x is DownloadFormat => isFormat(x) || x === 'docx';
const isStringGrid = (x: unknown): boolean => Array.isArray(x) && x.every(isStringArray);
const isSpans = (x: unknown): boolean => Array.isArray(x) && x.every((s) => Array.isArray(s) && s.length === 4 && s.every(isIndex));

/** A typed block of the engine's contract (the writers read nothing else). */
function isBlock(b: unknown): boolean {
  if (!isObject(b)) return false;
  switch (b.type) {
    case 'paragraph':
    case 'quote':
    case 'code':
      return isString(b.text);
    case 'heading':
      return isString(b.text) && isIndex(b.level);
    case 'list':
      return typeof b.ordered === 'boolean' && isStringArray(b.items) && Array.isArray(b.levels) && b.levels.every(isIndex);
    case 'table':
      return isStringGrid(b.rows) && isSpans(b.spans);
    case 'image':
      return isString(b.src) && isString(b.alt);
    default:
      return false;
  }
}

export function isWireArticle(x: unknown): x is WireArticle {
  return (
    isObject(x) &&
    isString(x.url) &&
    isString(x.title) &&
    isNullableString(x.byline) &&
    isNullableString(x.siteName) &&
    isString(x.rule) &&
    typeof x.pages === 'number' &&
    isStringArray(x.pageUrls) &&
    Array.isArray(x.failedPages) &&
    x.failedPages.every((f) => isObject(f) && isString(f.url) && isString(f.reason)) &&
    Array.isArray(x.pieces) &&
    x.pieces.every((p) => isObject(p) && isNullableString(p.heading) && isStringArray(p.paragraphs) && (p.blocks === undefined || (Array.isArray(p.blocks) && p.blocks.every(isBlock))))
  );
}

/** A selector is at most 300 characters (RULE_LIMITS); a site a host name. */
function parseOutcome(o: unknown): PickerOutcome | null {
  if (!isObject(o)) return null;
  if (o.result === 'cancelled') return { result: 'cancelled' };
  if (o.result !== 'saved' || (o.kind !== 'remove' && o.kind !== 'keep' && o.kind !== 'body')) return null;
  if (!isString(o.selector) || o.selector.length === 0 || o.selector.length > 300 || !isIndex(o.matches) || !isString(o.site) || !/^[a-z0-9.-]{1,253}$/.test(o.site)) return null;
  return { result: 'saved', kind: o.kind, selector: o.selector, matches: o.matches, site: o.site };
}

/** At most the engine's 50 pages plus the first; base64 only. */
const MAX_CASE_PAGES = 51;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
function parsePages(x: unknown): WirePage[] | null {
  if (!Array.isArray(x) || x.length === 0 || x.length > MAX_CASE_PAGES) return null;
  const pages: WirePage[] = [];
  for (const p of x) {
    if (!isObject(p) || !isString(p.url) || !/^https?:/i.test(p.url) || !isNullableString(p.contentType) || !isString(p.data) || !BASE64.test(p.data)) return null;
    pages.push({ url: p.url, contentType: p.contentType, data: p.data });
  }
  return pages;
}

/** Checks the piece index against the article too, so a bad index fails here, not deep in a format. */
function pieceOk(piece: unknown, article: WireArticle): boolean {
  return piece === undefined || (isIndex(piece) && piece < article.pieces.length);
}

export function parseToBackground(m: unknown): ToBackground | null {
  if (!isObject(m)) return null;
  switch (m.type) {
    case 'copy': {
      if (!isWireArticle(m.article) || !isFormat(m.format) || !pieceOk(m.piece, m.article) || (m.bare !== undefined && m.bare !== true)) return null;
      const copy: ToBackground = m.piece === undefined ? { type: m.type, article: m.article, format: m.format } : { type: m.type, article: m.article, format: m.format, piece: m.piece as number };
      return m.bare ? { ...copy, bare: true } : copy;
    }
    case 'download':
      if (!isWireArticle(m.article) || !isDownloadFormat(m.format) || !pieceOk(m.piece, m.article)) return null;
      return m.piece === undefined ? { type: m.type, article: m.article, format: m.format } : { type: m.type, article: m.article, format: m.format, piece: m.piece as number };
    case 'found':
      return isIndex(m.pieces) ? { type: 'found', pieces: m.pieces } : null;
    case 'load-converter':
      return m.to === 'cn' || m.to === 'tw' ? { type: 'load-converter', to: m.to } : null;
    case 'start-picker':
      return { type: 'start-picker' };
    case 'picker-done': {
      const outcome = parseOutcome(m.outcome);
      return outcome ? { type: 'picker-done', outcome } : null;
    }
    case 'save-case': {
      const pages = parsePages(m.pages);
      return pages && isWireArticle(m.article) ? { type: 'save-case', article: m.article, pages } : null;
    }
    default:
      return null;
  }
}

export function parseToContent(m: unknown): ToContent | null {
  if (!isObject(m)) return null;
  if (m.type === 'ping' || m.type === 'article') return { type: m.type };
  if (m.type === 'open') return { type: 'open', toggle: m.toggle === true };
  return null;
}

export function parseToPanel(m: unknown): ToPanel | null {
  if (!isObject(m) || m.type !== 'picker-done') return null;
  const outcome = parseOutcome(m.outcome);
  return outcome ? { type: 'picker-done', outcome } : null;
}

export function parseToOffscreen(m: unknown): ToOffscreen | null {
  if (!isObject(m) || m.type !== 'offscreen-copy' || !isString(m.text) || (m.html !== undefined && !isString(m.html))) return null;
  return isString(m.html) ? { type: 'offscreen-copy', text: m.text, html: m.html } : { type: 'offscreen-copy', text: m.text };
}

/** Validates automation options (piece range is checked once the article is known). */
export function parseActionOptions(o: unknown): ActionOptions {
  if (o === undefined || o === null) return {};
  if (!isObject(o)) throw new TypeError('options must be an object');
  if (o.piece !== undefined && !isIndex(o.piece)) throw new TypeError('piece must be a 0-based integer');
  if (o.format !== undefined && !isDownloadFormat(o.format)) throw new TypeError("format must be 'text', 'markdown' or 'docx'");
  const out: ActionOptions = {};
  if (o.piece !== undefined) out.piece = o.piece as number;
  if (o.format !== undefined) out.format = o.format as DownloadFormat;
  return out;
}

export function toWire(article: Article, json: ArticleJson): WireArticle {
  return { ...json, pageUrls: [...article.pageUrls] };
}

/** Back to the engine's Article for the formats (the removal trace does not travel). */
export function fromWire(w: WireArticle): Article {
  const { pageUrls, ...rest } = w;
  return { ...rest, pageUrls, removed: [] };
}

/** Only this extension's own contexts may talk to us. */
export function fromSelf(sender: { id?: string | undefined }, runtimeId: string): boolean {
  return sender.id === runtimeId;
}
