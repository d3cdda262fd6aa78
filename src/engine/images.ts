// Images of the article: the real source of a lazy image, resolved to an absolute URL, and
// the images that are no part of the text (ads, logos, QR codes, thumbnails of other
// articles, tracking pixels, icons) told apart by their own attributes and where they stand.
import { classAndId, selectAll, tagOf } from './dom.js';

/** Attributes lazy-loading scripts read the real source from, most specific first. */
const LAZY_ATTRS = ['data-original', 'data-src', 'data-lazy-src', 'data-lazy', 'data-actualsrc', 'data-echo', 'data-url', 'file'];

/** A placeholder's source: a data: URI, or a blank/loading/default picture. */
const PLACEHOLDER = /^data:|(?:^|[/_.-])(?:blank|spacer|pixel|loading|lazy|placeholder|defaultpic|nopic|grey|gray|transparent)[\w-]*\.(?:gif|png|svg)(?:[?#]|$)/i;

/** Words as words of a file or class name ("wx_qr.png", "erweima2.jpg"): "difangzhi.org" holds no gzh. */
const nameWords = (words: string): RegExp => new RegExp(`(?:^|[/_.\\s=-])(?:${words})(?:$|[/_.\\s\\d=-])`, 'i');
/** A QR code's names (isQrBox), among the words that name an image as chrome or an advert. */
const QR_WORDS = 'qr|qrcode|erweima|ewm|wxcode|gzh';
/** Words of a source, class, id or alt that name an image as chrome or an advert. */
const NOT_ARTICLE = nameWords(`logo|${QR_WORDS}|weixin|wechat|ad|ads|adv|banner|guanggao|sponsor|avatar|icon|icn|online|offline|emoji|smiley|thumb|thumbnail|btn|button|share`);
const QR_WORD = nameWords(QR_WORDS);
const NOT_ARTICLE_ALT = /二维码|扫码|扫一扫|公众号|关注我们|广告|下载(?:Word|PDF|文档)|logo|复制代码|^复制$|^copy(?: code| to clipboard)?$/i;
/** Counters and analytics beacons. */
const TRACKER = /(?:^|[/.])(?:hm\.baidu|cnzz|51\.la|google-analytics|count|counter|stat|stats|tongji|pv|collect|pixel|beacon|track)(?:[/.?_-]|$)/i;
export const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|bmp|avif)(?:[?#]|$)/i;

/** An icon or a pixel: a width or height attribute under this is no picture of the text. */
const MIN_SIDE = 40;

/** The address a relative URL in the page means; protocol-relative gets https. */
export function absoluteUrl(raw: string, base: string | null): string | null {
  const v = raw.trim();
  if (!v) return null;
  if (v.startsWith('//')) return safeUrl(`https:${v}`);
  try {
    return safeUrl(base ? new URL(v, base).href : new URL(v).href);
  } catch {
    return null;
  }
}

function safeUrl(u: string): string | null {
  try {
    const url = new URL(u);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The real source: a lazy attribute over a placeholder src. */
function rawSource(img: Element): string | null {
  for (const a of LAZY_ATTRS) {
    const v = img.getAttribute(a)?.trim();
    if (v && !v.startsWith('data:')) return v;
  }
  const src = img.getAttribute('src')?.trim();
  if (src && !PLACEHOLDER.test(src.slice(0, 2048))) return src;
  // Only a srcset: its last candidate (they are usually listed small to large).
  const set = (img.getAttribute('data-srcset') ?? img.getAttribute('srcset') ?? '').split(',').map((c) => c.trim().split(/\s+/)[0] ?? '').filter((c) => c && !c.startsWith('data:'));
  return set[set.length - 1] ?? null;
}

function side(img: Element, name: 'width' | 'height'): number | null {
  const v = img.getAttribute(name) ?? new RegExp(`(?:^|;)\\s*${name}\\s*:\\s*(\\d+)px`, 'i').exec(img.getAttribute('style') ?? '')?.[1];
  const n = v ? parseInt(v, 10) : NaN;
  return Number.isFinite(n) ? n : null;
}

/** The nearest enclosing link, below `root`. */
function linkAround(img: Element): Element | null {
  for (let el = img.parentElement; el; el = el.parentElement) if (tagOf(el) === 'A') return el;
  return null;
}

/** A page address without its fragment and page number: "/a/123_2.html" and "/a/123.html" are one article. */
function articleKey(url: string): string {
  const u = new URL(url);
  return `${u.host}${u.pathname.replace(/(?:[_-]\d{1,3})?(?:\.\w+)?$/, '')}`;
}

/** A wiki's page of one picture: /wiki/File:Old_Street.jpg, /wiki/文件:…, index.php?title=Image:… */
const FILE_PREFIX = /(?:^|[/=])(?:File|Image|文件|檔案|档案|图像|Datei|Fichier|Archivo):/i;
const FILE_NAME = /^[^/?#]{1,200}\.(?:jpe?g|png|gif|webp|svg|tiff?)(?:[?#]|$)/i;

function isFilePage(href: string): boolean {
  const m = FILE_PREFIX.exec(href);
  return m !== null && FILE_NAME.test(href.slice(m.index + m[0].length));
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** An image of the article as {src, alt}, or null when it is none (see the module comment). */
export function articleImage(img: Element, base: string | null): { src: string; alt: string } | null {
  const raw = rawSource(img);
  if (!raw) return null;
  const src = absoluteUrl(raw, base);
  if (!src) return null;
  const alt = (img.getAttribute('alt') ?? '').trim();
  const w = side(img, 'width');
  const h = side(img, 'height');
  if ((w !== null && w < MIN_SIDE) || (h !== null && h < MIN_SIDE)) return null;
  const path = new URL(src).pathname;
  const link = linkAround(img);
  // A wiki's picture links to its own file page (/wiki/File:…), its scaled copy under /thumb/: the article's.
  const filePage = link !== null && isFilePage(safeDecode(link.getAttribute('href') ?? ''));
  if ((!filePage && NOT_ARTICLE.test(path)) || NOT_ARTICLE.test(classAndId(img)) || NOT_ARTICLE_ALT.test(alt) || TRACKER.test(src)) return null;
  // Inside a link to another page: a thumbnail of another article (a link to the picture itself
  // is a zoom; "#" or a script link goes nowhere).
  if (link && !filePage) {
    const href = link.getAttribute('href')?.trim() ?? '';
    const target = href && !href.startsWith('#') ? absoluteUrl(href, base) : null;
    const samePage = target !== null && base !== null && articleKey(target) === articleKey(base);
    if (target && !samePage && !IMAGE_FILE.test(new URL(target).pathname) && target !== src) return null;
  }
  return { src, alt };
}

/** The page's base for relative URLs: its <base href>, resolved against its own address. */
export function baseUrlOf(doc: Document, url: string | null): string | null {
  const href = doc.querySelector('base[href]')?.getAttribute('href');
  if (href && url) return absoluteUrl(href, url) ?? url;
  return url;
}

/**
 * A <noscript> copy of an image is the same image once: its source is handed to the lazy
 * image before it when that one has none, or it becomes the image when it stands alone.
 * (A browser with scripting parses <noscript> as text, linkedom as elements: both read.)
 * Every other <noscript> of the body goes before the body is located: a browser running the
 * page's scripts never shows it, and linkedom would read its markup as the page's text. (A
 * page whose text is only there is read from it as a last resort: structured-data.ts.)
 */
export function liftNoscriptImages(root: Element): void {
  for (const ns of selectAll(root, 'noscript')) {
    const inner = selectAll(ns, 'img')[0];
    // The markup of one image, as text: the patterns never see more than its first 2,000 characters.
    const markup = (ns.textContent ?? '').slice(0, 2000);
    const src = inner?.getAttribute('src') ?? /<img\b[^>]*?\ssrc\s*=\s*["']?([^"'\s>]+)/i.exec(markup)?.[1];
    if (!src) {
      ns.remove();
      continue;
    }
    const alt = inner?.getAttribute('alt') ?? /<img\b[^>]*?\salt\s*=\s*["']([^"']*)["']/i.exec(markup)?.[1] ?? '';
    let prev = ns.previousElementSibling;
    if (prev && tagOf(prev) !== 'IMG') prev = selectAll(prev, 'img').pop() ?? null;
    if (prev && tagOf(prev) === 'IMG') {
      if (!rawSource(prev)) prev.setAttribute('data-src', src);
      ns.remove();
      continue;
    }
    const img = ns.ownerDocument.createElement('img');
    img.setAttribute('src', src);
    if (alt) img.setAttribute('alt', alt);
    ns.replaceWith(img);
  }
}

/** A QR code or a "关注公众号" picture: the box around it (a short promo text with it) is no article text. */
export function isQrBox(el: Element): boolean {
  const imgs = selectAll(el, 'img');
  if (!imgs.length || (el.textContent ?? '').replace(/\s/g, '').length > 80) return false;
  return imgs.some((img) => QR_WORD.test(`${img.getAttribute('src') ?? ''} ${classAndId(img)}`) || /二维码|扫码|扫一扫|公众号/.test(img.getAttribute('alt') ?? ''));
}
