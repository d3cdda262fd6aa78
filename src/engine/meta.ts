// Title, byline and site name. <title> on these sites is "文章标题_站点名" with no spaces
// around the separator (Readability keeps it whole), so the title comes from the page's
// heading when it agrees with <title>, else from <title> with the site suffix cut off.
import type { SiteRule } from '../rules/define.js';
import { TITLE_COUNT } from '../rules/generic.js';
import { selectAll, textOf } from './dom.js';
import { commonPrefix, parseNumeral, squash } from './text.js';

const SEPARATORS = /\s*(?:[_|｜–—]|\s-\s|-{1,2}|·)\s*/;

/**
 * The first non-empty content of each <meta property|name> the engine reads, in one walk
 * (a walk of the whole document per meta was a visible share of a template page's time).
 */
export function metaContents(doc: Document): Map<string, string> {
  const found = new Map<string, string>();
  // Named and og: metas belong in the head; the body (often a hundred times larger) is not walked.
  for (const m of selectAll(doc.head ?? doc, 'meta[content]')) {
    const key = m.getAttribute('property') ?? m.getAttribute('name');
    if (!key || found.has(key)) continue;
    // The first match decides, as querySelector would: an empty first one means none.
    found.set(key, m.getAttribute('content')?.trim() ?? '');
  }
  return found;
}

function metaContent(metas: Map<string, string>, key: string): string | null {
  return metas.get(key) || null;
}

/** Splits "标题_栏目_站点" into its parts; the first part is the article's. */
function titleParts(title: string): string[] {
  return title.split(SEPARATORS).map((s) => s.trim()).filter(Boolean);
}

/**
 * A title longer than this is cut: no real title comes near it, and every title pattern
 * (separators, the piece count, the base name) then sees bounded text.
 */
export const MAX_TITLE_CHARS = 300;

const bounded = (s: string | null): string | null => (s === null ? null : s.slice(0, MAX_TITLE_CHARS));

/** A document reader names the document by its file: "工作总结.docx" is titled "工作总结". */
const FILE_EXTENSION = /\.(?:docx?|pdf|pptx?|xlsx?|txt|wps|rtf)$/i;
/** A heading's permalink mark read with its text ("Choosing a storage backend¶", "安装 #"). */
const PERMALINK_END = /\s?(?:¶|§|🔗|⚓|#)$/u;

export function findTitle(doc: Document, rule: SiteRule | null, metas = metaContents(doc)): { title: string; siteName: string | null } {
  const found = findTitleAsShown(doc, rule, metas);
  const bare = found.title.replace(PERMALINK_END, '').replace(FILE_EXTENSION, '').trim();
  return bare.length >= 2 ? { ...found, title: bare } : found;
}

function findTitleAsShown(doc: Document, rule: SiteRule | null, metas: Map<string, string>): { title: string; siteName: string | null } {
  const docTitle = bounded(textOf(doc.querySelector('title')))!;
  const ogTitle = bounded(metaContent(metas, 'og:title'));
  const ogSite = bounded(metaContent(metas, 'og:site_name'));
  const parts = titleParts(docTitle);
  // A two-character last part is more likely a word than a name ("标题_孩子_学校_家长": a platform's keywords).
  const last = parts.length > 1 ? parts[parts.length - 1]! : null;
  const keywords = last !== null && last.length <= 2;
  const siteName = ogSite ?? (parts.length > 1 && !keywords ? parts[parts.length - 1]! : null) ?? rule?.siteNames?.[0] ?? null;

  const key = squash(docTitle);
  const ogKey = ogTitle ? squash(ogTitle) : null;
  // The first heading that <title> starts with (or that equals og:title) is the article's own
  // title; the selectors are tried in order and stop at the first agreement.
  let firstHeading: string | null = null;
  let related: string | null = null;
  const head = parts[0] ?? '';
  const headKey = squash(head);
  // The site's own name set as a heading (phpBB's <h1> in its header) while another heading shows
  // <title>'s first part: that one is the article's. (Without it the last part may be the title:
  // "blogname — Post title".)
  const nameKey = parts.length > 1 && siteName ? squash(siteName) : null;
  let firstPartShown: boolean | undefined;
  const isSiteName = (hk: string): boolean =>
    nameKey !== null && hk === nameKey && hk !== headKey && (firstPartShown ??= selectAll(doc, 'h1, h2, h3').some((el) => squash(textOf(el)) === headKey));
  for (const selector of [rule?.title, 'h1', 'article h2, .title h2, h2.title', 'h2.post-title, h3.post-title, h2.entry-title, h3.entry-title']) {
    for (const el of selectAll(doc, selector)) {
      const h = textOf(el);
      if (!h || h.length > 120 || isLogo(el) || isSiteName(squash(h))) continue;
      firstHeading ??= h;
      const hk = squash(h);
      // Inside <title> also counts for a long heading: "(12 封私信) 问题标题 - 知乎".
      if (key.startsWith(hk) || ogKey === hk || (hk.length >= 8 && key.includes(hk))) return { title: h, siteName };
      // A forum's "[类型]" tag before the heading: "[工作计划] 春季学期…".
      const untagged = h.replace(/^\s*[\[【〔][^\]】〕]{1,12}[\]】〕]\s*/, '');
      if (untagged !== h && untagged.length >= 4 && key.startsWith(squash(untagged))) return { title: untagged, siteName };
      // The heading holds more than the title (a date and source line after a <br>): the title's first part.
      if (headKey.length >= 4 && hk.startsWith(headKey) && /\d{4}[-年/.]\d{1,2}|[:：]/.test(hk.slice(headKey.length))) return { title: head, siteName };
      // The heading and <title> worded a little differently ("…（精选3篇）" on one only): the heading
      // is the article's own wording. A logo heading ("小六范文网") shares no such start.
      const shared = commonPrefix(hk, key);
      if (!related && shared >= 4 && shared >= Math.min(6, hk.length - 1)) related = h;
    }
  }
  if (related) return { title: related, siteName };
  // A sub-heading that is exactly the first part of <title> ("舊信 - 林予安的詩 - 河岸詩頁" over <h2 class=ptitle>舊信</h2>).
  if (parts.length > 1 && headKey.length >= 2) {
    const own = selectAll(doc, 'h2, h3').find((el) => squash(textOf(el)) === headKey);
    if (own) return { title: textOf(own), siteName };
    // Or any part, set as a heading or a bold line, where the page names itself by the part before
    // it (its logo's alt, og:site_name): "Society - Ashby Mill" over <font size=5><b>Ashby Mill</b></font>.
    const shown = new Set(selectAll(doc, 'h1, h2, h3, h4, b, strong').filter((el) => !isLogo(el) && !el.closest('a')).map((el) => squash(textOf(el))));
    const names = new Set([ogSite, ...selectAll(doc, 'img[alt]').map((img) => img.getAttribute('alt'))].filter((n): n is string => !!n).map(squash));
    const at = parts.findIndex((p, i) => i > 0 && squash(p).length >= 4 && shown.has(squash(p)) && names.has(squash(parts[i - 1]!)));
    if (at > 0) return { title: parts[at]!, siteName: parts[at - 1]! };
  }
  if (ogTitle) return { title: stripSiteSuffix(ogTitle, rule), siteName };
  if (docTitle) return { title: stripSiteSuffix(docTitle, rule), siteName };
  return { title: firstHeading ?? '', siteName };
}

/** A heading that is the site's name linked to its home page (Blogger's h1.title, a logo): never the article's title. */
function isLogo(heading: Element): boolean {
  const links = selectAll(heading, 'a[href]');
  if (links.length !== 1 || textOf(links[0]!) !== textOf(heading)) return false;
  const href = (links[0]!.getAttribute('href') ?? '').trim();
  return /^(?:(?:https?:)?\/\/[^/?#]+)?\/?(?:index\.\w{2,5})?$/i.test(href);
}

/** "标题_小六范文网" → "标题"; keeps a title with no recognisable suffix as it is. */
export function stripSiteSuffix(title: string, rule: SiteRule | null): string {
  let t = title.trim();
  for (const name of rule?.siteNames ?? []) if (t.endsWith(name)) t = t.slice(0, -name.length).replace(/[\s_|｜–—·-]+$/, '');
  // [part, separator, part, …]: drop short trailing parts (site or column names) while the head stays substantial.
  const pieces = t.split(new RegExp(`(${SEPARATORS.source})`));
  while (pieces.length >= 3) {
    const last = pieces[pieces.length - 1]!.trim();
    const head = pieces.slice(0, -2).join('');
    if (last.length > 16 || squash(head).length < 4) break;
    pieces.splice(-2, 2);
  }
  return pieces.join('').trim();
}

/** The author from <meta name=author>, or an "作者：…" in the info line. */
export function findByline(doc: Document, rule: SiteRule | null, metas = metaContents(doc)): string | null {
  const meta = metaContent(metas, 'author');
  if (meta) return meta;
  const info = [rule?.info, '.info', '.post-meta', '.meta', '.byline', '.author'].filter(Boolean).join(',');
  for (const el of selectAll(doc, info)) {
    const m = /作者\s*[:：]\s*([^\s\u3000:：|]{1,20})/.exec(el.textContent ?? '');
    if (m?.[1] && !/^(?:佚名|未知|admin)$/i.test(m[1])) return m[1];
  }
  return null;
}

/** The number of pieces the title announces ("（精选5篇）" → 5), or null. */
export function titleCount(title: string): number | null {
  const m = TITLE_COUNT.exec(title);
  const n = m?.[1] ? parseNumeral(m[1]) : null;
  return n && n > 1 && n <= 200 ? n : null;
}
