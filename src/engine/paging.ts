// Pagination: where the next page of the article is. 下一页 links (and rel=next), numbered
// pager links (EmpireCMS "<b>1</b>/<b>9</b>", DedeCMS pagelist, a.CnPage), all limited to
// sibling pages of the same article on the same site: "下一篇" (the next article) and links
// to other sites are never followed.
import type { SiteRule } from '../rules/define.js';
import { attr, selectAll, tagOf, textOf } from './dom.js';
import { escapeRe } from './regex.js';

export interface PagerInfo {
  /** The page that 下一页 points to, if any. */
  next: string | null;
  /** Page number → URL, from numbered pager links. */
  numbered: Map<number, string>;
  /** Total pages when the pager says ("共3页", "1/9"). */
  total: number | null;
}

const NEXT_TEXT = /^(?:下一页|下页|下一頁|后一页|后页|next(?:\s*page)?|›|»|>|→|(?:点击)?加载更多|載入更多|加載更多|load more)$/i;
/** "点击进入下一页阅读更多内容 >>": a longer link that still says 下一页 (never 下一篇). */
const NEXT_IN_TEXT = /下一?[页頁]/;
/** Pager decorations around the words: « » › ‹ > < → ← [ ] 【 】 and spaces. */
const DECORATION = /[«»‹›<>←→\[\]【】\s|]+/g;
/** "2", "第2页" — also "[2]" and "【第2页】", once DECORATION is gone. */
const PAGE_NUMBER = /^(?:第)?(\d{1,3})(?:页|頁)?$/;

export function resolveUrl(href: string | null, base: string): string | null {
  if (!href || /^\s*(?:#|javascript:|mailto:|tel:)/i.test(href)) return null;
  try {
    const u = new URL(href, base);
    if (u.protocol !== 'http:' && u.protocol !== 'https:' && u.protocol !== 'file:') return null;
    u.hash = '';
    return u.href;
  } catch {
    return null;
  }
}

/**
 * An article at a folder URL ("…/8523/") is the folder's default document, which its pager
 * names (index.html → index_2.html): the folder reads as that file.
 */
const DEFAULT_DOCUMENT = 'index';

function stem(pathname: string): { dir: string; base: string } {
  const i = pathname.lastIndexOf('/');
  const file = pathname.slice(i + 1);
  return { dir: pathname.slice(0, i + 1), base: file ? file.replace(/\.[a-z0-9]+$/i, '') : DEFAULT_DOCUMENT };
}

/**
 * Where a pager button without a link goes: `onclick="location.href='…_2.html'"` (also
 * window./self./top.location, location.assign/replace(…)), or a data-href / data-url.
 * Only a plain quoted string is read, never an expression ('…_' + n + '.html').
 */
const ONCLICK_TARGET = /(?:^|[\s;{(])(?:(?:window|self|top|document)\.)?location(?:\.href)?\s*=\s*(['"])([^'"\\]{1,300})\1(?=\s*(?:[;}]|$))|location\.(?:assign|replace)\(\s*(['"])([^'"\\]{1,300})\3\s*\)/;

export function buttonTarget(el: Element): string | null {
  const data = el.getAttribute('data-href') ?? el.getAttribute('data-url');
  if (data) return data;
  // (A pager button's handler is short; a long one is not read further.)
  const m = ONCLICK_TARGET.exec((el.getAttribute('onclick') ?? '').slice(0, 2000));
  return m ? (m[2] ?? m[4] ?? null) : null;
}

/** The folder a numbered page file sits in ("/zongjie/36212/2.html" → "/zongjie/36212/"), or null. */
const folderOfPage = (path: string): string | null => /^(.*\/)\d{1,2}\.s?html?$/.exec(path)?.[1] ?? null;
/** The article a PATHINFO page path belongs to ("/show/4402/p/2.html" → "/show/4402"), or null. */
const pathPageOf = (path: string): string | null => /^(.+?)\/(?:p|page)\/\d{1,3}(?:\.s?html?)?$/.exec(path)?.[1] ?? null;
const withoutExtension = (path: string): string => path.replace(/\.[a-z0-9]+$/i, '');

/**
 * True when `url` can be another page of the article whose first page is `first`: same
 * origin and folder, and either the same file with another query (?page=2) or the same
 * file name with a page suffix (169108.html, 169108_2.html, 2231-3.html).
 */
/**
 * The same file's queries name pages of one article when they differ in one parameter at
 * most, and that one holds a page number (?id=7&page=2 beside ?id=7): "?p=2330" beside
 * "?p=2318" is another post (WordPress's rel="next" to the next post), not its page 2.
 */
// (Joomla's page break numbers an article's pages by start=1, 2 …; older ones by limitstart.)
const PAGE_PARAM = /^(?:page|paged|p|pn|pg|pageno|pagenum|pageindex|curpage|cp|pi|start|limitstart)$/i;

function samePageQuery(a: URLSearchParams, b: URLSearchParams): boolean {
  // forEach, not spread iterators: spreading them broke pagination in Firefox's content script (seen in the e2e test).
  const keys = new Set<string>();
  a.forEach((_, k) => keys.add(k));
  b.forEach((_, k) => keys.add(k));
  let differing = 0;
  for (const k of keys) {
    const va = a.get(k);
    const vb = b.get(k);
    if (va === vb) continue;
    if (++differing > 1 || !PAGE_PARAM.test(k)) return false;
    for (const v of [va, vb]) if (v !== null && !/^\d{1,3}$/.test(v)) return false;
  }
  return true;
}

export function isSiblingPage(url: string, first: string): boolean {
  let a: URL;
  let b: URL;
  try {
    a = new URL(url);
    b = new URL(first);
  } catch {
    return false;
  }
  if (a.origin !== b.origin) return false;
  if (a.pathname === b.pathname) return samePageQuery(a.searchParams, b.searchParams);
  // An article at a folder ("…/20240311/") pages as sub-folders ("…/20240311/2/") or as
  // numbered files in it ("…/36212/2.html"), which link back to the folder.
  if (b.pathname.endsWith('/') && a.pathname.startsWith(b.pathname) && /^\d{1,3}\/?$/.test(a.pathname.slice(b.pathname.length))) return true;
  if (folderOfPage(a.pathname) === b.pathname || folderOfPage(b.pathname) === a.pathname) return true;
  // …and page 2 of it links back to the others the same way.
  const parent = a.pathname.replace(/\d{1,3}\/?$/, '');
  if (parent !== a.pathname && parent.endsWith('/') && (b.pathname === parent || b.pathname.startsWith(parent) && /^\d{1,3}\/?$/.test(b.pathname.slice(parent.length)))) return true;
  // PATHINFO pages (ThinkPHP): …/show/4402.html → …/show/4402/p/2.html, and back.
  const pa = pathPageOf(a.pathname);
  const pb = pathPageOf(b.pathname);
  if ((pa !== null && (pa === pb || pa === withoutExtension(b.pathname))) || (pb !== null && pb === withoutExtension(a.pathname))) return true;
  const sa = stem(a.pathname);
  const sb = stem(b.pathname);
  const firstStem = sb.base.replace(/[_-]\d{1,3}$/, '');
  // A saved page (file:) keeps the site's root-relative links, so its folder cannot be compared.
  const sameFolder = sa.dir === sb.dir || a.protocol === 'file:';
  return sameFolder && !!firstStem && new RegExp(`^${escapeRe(firstStem)}(?:[_-]\\d{1,3})?$`).test(sa.base);
}

export function readPager(doc: Document, pageUrl: string, firstUrl: string, rule: SiteRule | null): PagerInfo {
  const scoped = rule?.pager ? selectAll(doc, rule.pager) : [];
  const roots: ParentNode[] = scoped.length ? scoped : [doc];
  // Links, and pager buttons that go by script (a "javascript:;" link or a <button> with
  // onclick="location.href=…"); the page's <select>s and its rel="next" — in one walk of the page.
  const LINKS = 'a[href], [onclick], [data-href], [data-url]';
  // A <noscript>'s links are not the page's as a browser with scripts builds it (there they are
  // text); a parser without scripts (linkedom) reads them as links: left out, so both agree.
  const all = selectAll(doc, `${LINKS}, select, link[rel], noscript`);
  const page = all.some((el) => tagOf(el) === 'NOSCRIPT') ? all.filter((el) => tagOf(el) !== 'NOSCRIPT' && !el.closest('noscript')) : all;
  const isLink = (el: Element): boolean => (tagOf(el) === 'A' && attr(el, 'href') !== null) || attr(el, 'onclick') !== null || attr(el, 'data-href') !== null || attr(el, 'data-url') !== null;
  const anchors = scoped.length ? scoped.flatMap((r) => selectAll(r, LINKS)) : page.filter(isLink);
  const sibling = (u: string | null): u is string => !!u && isSiblingPage(u, firstUrl);

  let next: string | null = null;
  const numbered = new Map<number, string>();
  const rel = page.find((el) => /^(?:LINK|A)$/.test(tagOf(el)) && (attr(el, 'rel') ?? '').toLowerCase() === 'next') ?? null;
  const relUrl = resolveUrl(rel?.getAttribute('href') ?? null, pageUrl);
  if (sibling(relUrl) && relUrl !== pageUrl) next = relUrl;
  for (const a of anchors) {
    // The words first: most links say neither 下一页 nor a page number, and their URLs need no parsing.
    const text = textOf(a);
    const bare = text.replace(DECORATION, '');
    const saysNext = NEXT_TEXT.test(bare) || NEXT_TEXT.test(text) || (bare.length <= 20 && NEXT_IN_TEXT.test(bare) && !/篇|章/.test(bare));
    const number = PAGE_NUMBER.exec(bare);
    if (!(saysNext && !next) && !number) continue;
    const url = resolveUrl(a.getAttribute('href'), pageUrl) ?? resolveUrl(buttonTarget(a), pageUrl);
    if (!sibling(url) || url === pageUrl) continue;
    if (!next && saysNext) next = url;
    else if (number) {
      const n = Number(number[1]);
      if (n >= 1 && !numbered.has(n)) numbered.set(n, url);
    }
  }
  // A <select> of the article's pages ("第 [1|2] 页", or page titles): each option that leads to a
  // page of the same article, numbered by its words or else by its place in the list.
  for (const select of page.filter((el) => tagOf(el) === 'SELECT')) {
    const options = selectAll(select, 'option[value]').map((o, i) => ({ i, text: textOf(o), url: resolveUrl(o.getAttribute('value'), pageUrl) }));
    const pages = options.filter((o) => sibling(o.url));
    if (pages.length < 2 || pages.length < options.length - 1) continue;
    for (const o of pages) {
      const number = PAGE_NUMBER.exec(o.text.replace(DECORATION, ''));
      const n = number ? Number(number[1]) : o.i + 1;
      if (o.url !== pageUrl && n >= 1 && !numbered.has(n)) numbered.set(n, o.url!);
    }
  }
  const pagerText = roots.map((r) => (r === doc ? '' : textOf(r as Element))).join(' ');
  const m = /共\s*(\d{1,3})\s*页/.exec(pagerText) ?? /(?:^|\s)\d{1,3}\s*\/\s*(\d{1,3})(?:\s|$)/.exec(pagerText);
  const total = m?.[1] ? Number(m[1]) : numbered.size ? Math.max(...numbered.keys()) : null;
  return { next, numbered, total };
}

/**
 * Which page of its article the page read is, by its pager: 1 unless the pager links a page 1
 * elsewhere (another page of the same article) and leaves out the page's own number — the
 * one number of the run the pager does not link ("1 2 [3] 4 5" on page 3). A search engine
 * often lands people on page 3; the article still starts at page 1.
 */
const LATER_PAGE = /[_-]\d{1,3}\.[a-z]+(?:[?#]|$)|[?&](?:page|paged|p|pn|pg|pageno|start|limitstart)=\d{1,3}(?:&|#|$)|\/\d{1,3}\/?(?:[?#]|$)/i;

export function entryPageNumber(url: string, pager: PagerInfo): number {
  const first = pager.numbered.get(1);
  if (!first || first === url || !isSiblingPage(first, url)) return 1;
  if ([...pager.numbered.values()].includes(url)) return 1;
  const top = Math.max(...pager.numbered.keys(), pager.total ?? 0);
  const missing: number[] = [];
  for (let n = 2; n <= top; n++) if (!pager.numbered.has(n)) missing.push(n);
  // The pager names every page but this one: the gap is this page.
  if (missing.length === 1) return missing[0]!;
  // It names every page before this one and none after it: this is the last page.
  // (Only for an address that reads as a later page: 169108_9.html, 38561-3.html, ?page=3, …/3/.)
  if (!missing.length && !pager.next && top >= 1 && LATER_PAGE.test(url)) return top + 1;
  // Or the next page is named: this one comes before it.
  if (pager.next) for (const [n, u] of pager.numbered) if (u === pager.next && n > 2 && !pager.numbered.has(n - 1)) return n - 1;
  return 1;
}
