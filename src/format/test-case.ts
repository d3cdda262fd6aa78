// A page saved as a test case in the corpus format (test/corpus/README.md): the pages as they
// were served, named as a mirroring crawler names them (page-files.ts: what the CLI looks for
// next to a saved page), a case.json, and the article as read now as a starting expected.json
// (the gold's shape: title, pieces with heading and paragraphs), to be corrected by hand.
// One builder for both shells: the extension's "保存为测试页" and the CLI's --save-case.
import { decodeHtml } from '../engine/decode.js';
import { pageFileName, siblingFileName } from './page-files.js';

/** A page of the article as the server sent it. */
export interface CasePage {
  url: string;
  bytes: Uint8Array;
  /** The HTTP Content-Type header, when the page came over HTTP. */
  contentType: string | null;
}

/** What the case records of the article: the gold's fields. */
export interface CaseArticle {
  url: string;
  title: string;
  pieces: readonly { heading: string | null; paragraphs: readonly string[] }[];
}

export interface CaseFile {
  /** Relative to the case's folder ("169108_2.html", "2/index.html", "case.json"). */
  name: string;
  bytes: Uint8Array;
}

export interface TestCase {
  /** "qingwen-case-<slug>". */
  folder: string;
  files: CaseFile[];
}

/** "xiaorob-com-169108" for https://www.xiaorob.com/zhuanti/fanwen/169108.html: ASCII, at most 60 characters. */
export function caseSlug(url: string): string {
  const u = new URL(url);
  let last = u.pathname.split('/').filter(Boolean).pop() ?? '';
  try {
    last = decodeURIComponent(last); // a Chinese segment is dropped below, not kept as its escapes
  } catch {
    // keep it escaped
  }
  const stem = last.replace(/\.[a-z0-9]{1,6}$/i, '');
  const slug = `${u.hostname.replace(/^www\./, '')}-${stem}`
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'page';
}

/** The first page's file name: its last path segment, or index.html for a folder's address. */
export function entryFileName(url: string): string {
  try {
    return siblingFileName(url);
  } catch {
    const u = new URL(url);
    return 'index.html' + u.search.replace(/[/\\]/g, '_');
  }
}

const encoder = new TextEncoder();
const ASCII_COMPATIBLE = new Set(['utf-8', 'gb18030', 'big5', 'gbk', 'shift_jis', 'euc-jp', 'euc-kr', 'windows-1252']);

/**
 * The page's bytes as a file that decodes as it did over HTTP: a charset only the HTTP header
 * named is lost in a file, so it is written into the page as a <meta> before everything else
 * (for the ASCII-compatible charsets these sites use; the bytes after it are untouched).
 */
function selfDescribing(page: CasePage): { bytes: Uint8Array; charset: string } {
  const served = decodeHtml(page.bytes, page.contentType).charset;
  if (decodeHtml(page.bytes, null).charset === served || !ASCII_COMPATIBLE.has(served)) return { bytes: page.bytes, charset: served };
  const meta = encoder.encode(`<meta charset="${served}">\n`);
  const bytes = new Uint8Array(meta.length + page.bytes.length);
  bytes.set(meta);
  bytes.set(page.bytes, meta.length);
  return { bytes, charset: served };
}

const json = (value: unknown): Uint8Array => encoder.encode(JSON.stringify(value, null, 1) + '\n');

/**
 * The case for `article`, read from `pages` (the first page first, then every further page the
 * article merged, in order). Throws when two pages would be saved under one name.
 */
export function buildTestCase(article: CaseArticle, pages: readonly CasePage[], exercises = 'saved from the page by Qingwen; expected.json is what Qingwen read then: check it by hand'): TestCase {
  if (pages.length === 0) throw new Error('a test case needs its first page');
  const entry = entryFileName(article.url);
  const names = [entry, ...pages.slice(1).map((p) => pageFileName(p.url, article.url))];
  if (new Set(names).size !== names.length || names.some((n) => n === 'case.json' || n === 'expected.json')) {
    throw new Error(`two pages would be saved under one name: ${names.join(', ')}`);
  }
  const files: CaseFile[] = [];
  let encoding = 'utf-8';
  pages.forEach((page, i) => {
    const { bytes, charset } = selfDescribing(page);
    if (i === 0) encoding = charset;
    files.push({ name: names[i]!, bytes });
  });
  const info = { url: article.url, entry, pages: pages.length, exercises, encoding, files: names };
  const gold = { url: article.url, title: article.title, pieces: article.pieces.map((p) => ({ heading: p.heading, paragraphs: [...p.paragraphs] })) };
  files.push({ name: 'case.json', bytes: json(info) }, { name: 'expected.json', bytes: json(gold) });
  return { folder: `qingwen-case-${caseSlug(article.url)}`, files };
}
