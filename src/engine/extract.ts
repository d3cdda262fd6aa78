// The pipeline: recognise the site, read each page's blocks (clone → prune hidden → locate
// body → prune body → blocks), merge the pages, drop boilerplate, repair cuts, segment.
// Pure: the caller's Document is never modified, fetching is injected, no clock, no globals.
import type { SiteRule } from '../rules/define.js';
import { findRule } from '../rules/index.js';
import { dropBoilerplate, dropRepeatedEdges } from './boilerplate.js';
import { extractBlocks, type Block } from './blocks.js';
import { QingwenError } from './errors.js';
import { locateByReadability, locateByRule, locateFallback } from './locate.js';
import { findByline, findTitle, titleCount } from './meta.js';
import { readPager } from './paging.js';
import { pruneBody, pruneHidden } from './prune.js';
import { repairCuts } from './repair.js';
import { segment } from './segment.js';
import { Trace } from './trace.js';
import type { Article, ExtractOptions, PageFailure } from './types.js';

const DEFAULT_MAX_PAGES = 50;

/** One page's blocks, read from a working copy so `doc` stays as it was. */
function readBlocks(doc: Document, rule: SiteRule | null, page: number, trace: Trace, owned: boolean): Block[] | null {
  const work = owned ? doc : (doc.cloneNode(true) as Document);
  pruneHidden(work, trace);
  const body = locateByRule(work, rule) ?? locateByReadability(work) ?? locateFallback(work);
  if (!body) return null;
  pruneBody(body, rule, trace);
  return extractBlocks(body, page);
}

interface LoadedPage {
  url: string;
  blocks: Block[];
  /** A page before this one failed to load: its text is missing, never join across it. */
  afterGap: boolean;
}

function assemble(first: Document, url: string, rule: SiteRule | null, pages: LoadedPage[], failed: PageFailure[], trace: Trace): Article {
  const { title, siteName } = findTitle(first, rule);
  const perPage = dropRepeatedEdges(pages.map((p) => p.blocks), trace);
  const blocks = perPage.flatMap((blocks, i) =>
    blocks.map((b, k) => (k === 0 && i > 0 ? { ...b, cut: pages[i]!.afterGap ? ('gap' as const) : ('page' as const) } : b)),
  );
  const kept = repairCuts(dropBoilerplate(blocks, rule, title, trace), trace);
  // Link lines and scraps are not an article (a login form's labels, a menu).
  const textChars = kept.reduce((n, b) => n + (b.linkOnly ? 0 : b.text.replace(/\s/g, '').length), 0);
  if (textChars < 20) throw new QingwenError('no article text found on this page', 'no-article');
  return {
    url,
    title,
    byline: findByline(first, rule),
    siteName,
    rule: rule?.name ?? 'generic',
    pages: pages.length,
    pageUrls: pages.map((p) => p.url),
    failedPages: failed,
    pieces: segment(kept, title, titleCount(title)),
    removed: trace.removed,
  };
}

function firstPage(doc: Document, url: string, trace: Trace): { rule: SiteRule | null; page: LoadedPage } {
  const rule = findRule(doc, url);
  const blocks = readBlocks(doc, rule, 0, trace, false);
  if (!blocks) throw new QingwenError('no article found on this page', 'no-article');
  return { rule, page: { url, blocks, afterGap: false } };
}

/** Cleans one page (no next pages are read). */
export function cleanDocument(doc: Document, url: string): Article {
  const trace = new Trace();
  const { rule, page } = firstPage(doc, url, trace);
  return assemble(doc, url, rule, [page], [], trace);
}

/** Cleans an article, following its next pages through `options.fetchPage` when given. */
export async function extractArticle(doc: Document, url: string, options: ExtractOptions = {}): Promise<Article> {
  const trace = new Trace();
  const { rule, page } = firstPage(doc, url, trace);
  const pages: LoadedPage[] = [page];
  const failed: PageFailure[] = [];
  const fetchPage = options.fetchPage;
  if (fetchPage) {
    const max = Math.max(1, options.maxPages ?? DEFAULT_MAX_PAGES);
    const visited = new Set([url]);
    let pager = readPager(doc, url, url, rule);
    const numbered = new Map(pager.numbered);
    let total = pager.total;
    let current = 1;
    let next = pager.next ?? numbered.get(2) ?? null;
    let afterGap = false;
    while (next && !visited.has(next) && pages.length + failed.length < max) {
      const target = next;
      visited.add(target);
      current++;
      options.onProgress?.({ page: current, total, url: target });
      try {
        const nextDoc = await fetchPage(target);
        const blocks = readBlocks(nextDoc, rule, current - 1, trace, true);
        if (!blocks) throw new Error('no article text on the page');
        pages.push({ url: target, blocks, afterGap });
        afterGap = false;
        pager = readPager(nextDoc, target, url, rule);
        for (const [n, u] of pager.numbered) if (!numbered.has(n)) numbered.set(n, u);
        total = Math.max(total ?? 0, pager.total ?? 0) || null;
        next = pager.next ?? numbered.get(current + 1) ?? null;
      } catch (e) {
        failed.push({ page: current, url: target, reason: e instanceof Error ? e.message : String(e) });
        afterGap = true;
        // Without the failed page's pager, go on from the numbered links already seen.
        next = numbered.get(current + 1) ?? null;
      }
    }
  }
  return assemble(doc, url, rule, pages, failed, trace);
}
