// The pipeline: recognise the site, read each page's blocks (clone → prune hidden → locate
// body → prune body → blocks), merge the pages, drop boilerplate, repair cuts, segment.
// Pure: the caller's Document is never modified, fetching is injected, no clock, no globals.
import type { SiteRule } from '../rules/define.js';
import { findRule } from '../rules/index.js';
import { userRuleFor, type UserRule } from '../rules/user.js';
import { dropBoilerplate, dropRepeatedEdges } from './boilerplate.js';
import { extractBlocks, type Block } from './blocks.js';
import { QingwenError } from './errors.js';
import { joinPositionedLines, markFolds, markPageFooters } from './layout.js';
import { dropExcerptIntro } from './excerpt.js';
import { locateByParagraphs, locateByReadability, locateByRule, locateFallback } from './locate.js';
import { baseUrlOf, liftNoscriptImages } from './images.js';
import { findByline, findTitle, titleCount } from './meta.js';
import { readPager, type PagerInfo } from './paging.js';
import { pruneBody, prunePage } from './prune.js';
import { repairCuts } from './repair.js';
import { segment } from './segment.js';
import { dropSiteTalk, selfNames, stripWatermarks } from './sitetalk.js';
import { dropQrBoxes, restoreMedia, splitMedia, textChars } from './structure.js';
import { Trace } from './trace.js';
import { applyUserRule, placeBlocks, restoreKept } from './user-rule.js';
import type { Article, ExtractOptions, PageFailure } from './types.js';

const DEFAULT_MAX_PAGES = 50;
/** Work units per element: our own steps, and Readability's scoring when it runs. */
const PASSES = 6;
const READABILITY_PASSES = 10;

/**
 * One page's blocks, read from a working copy so `doc` stays as it was. The user's rule goes
 * first; what it keeps comes back as `kept` blocks after the page's own (assemble places them).
 */
export function readBlocks(doc: Document, url: string, rule: SiteRule | null, page: number, trace: Trace, owned: boolean, user: UserRule | null = null): Block[] | null {
  const work = owned ? doc : trace.time('clone', () => doc.cloneNode(true) as Document);
  const base = baseUrlOf(work, url);
  const kept = user ? trace.time('userRule', () => applyUserRule(work, user, page, base, trace)) : null;
  const elements = trace.time('prunePage', () => prunePage(work, rule, trace));
  if (work.body) {
    liftNoscriptImages(work.body); // before Readability or pruning drops the <noscript>s
    // Before locating: Readability drops the inline styles that tell a reader's lines apart.
    joinPositionedLines(work.body);
    markFolds(work.body);
    markPageFooters(work.body);
  }
  // Each later step visits the page's elements about once; Readability about ten times.
  trace.spend(PASSES * elements);
  const byRule = trace.time('locateByRule', () => locateByRule(work, user?.body ? { body: user.body } : rule));
  const readability = (): Element | null => {
    if (trace.cannotAfford(READABILITY_PASSES * elements)) {
      trace.notes.push(`page ${page + 1} is too large to score in full: its main container was taken`);
      return null;
    }
    trace.spend(READABILITY_PASSES * elements);
    return trace.time('locateByReadability', () => locateByReadability(work));
  };
  const located =
    byRule.length > 0 ? byRule : [trace.time('locateByParagraphs', () => locateByParagraphs(work)) ?? readability() ?? locateFallback(work)];
  const bodies = located.filter((b): b is Element => b !== null);
  if (!bodies.length) return kept?.blocks.length ? kept.blocks : null;
  for (const body of bodies) {
    trace.time('pruneBody', () => pruneBody(body, rule, trace));
    dropQrBoxes(body, trace);
  }
  const blocks = trace.time('extractBlocks', () =>
    // A second container of the same article follows a fold: a paragraph may be cut there.
    bodies.flatMap((body, i) => extractBlocks(body, page, base).map((b, k) => (i > 0 && k === 0 && !b.cut ? { ...b, cut: 'ad' as const } : b))),
  );
  if (!kept) return blocks;
  placeBlocks(blocks, kept.text);
  return [...blocks, ...kept.blocks];
}

export interface LoadedPage {
  url: string;
  blocks: Block[];
  /** A page before this one failed to load: its text is missing, never join across it. */
  afterGap: boolean;
}

export interface FirstPage {
  rule: SiteRule | null;
  /** The user's rules for this host, folded into one (rules/user.ts). */
  user: UserRule | null;
  page: LoadedPage;
  title: string;
  siteName: string | null;
  byline: string | null;
  pager: PagerInfo;
}

/** Everything read from page 1. Title, byline and pager are read before the blocks, whose
 * steps change a disposable document (Readability removes headings and pagers). */
/** What the caller tells about the page beside the document: disposable, the user's rules and added sites. */
export type PageOptions = Pick<ExtractOptions, 'disposable' | 'userRules' | 'extraSites'>;

export function readFirstPage(doc: Document, url: string, trace: Trace, options: PageOptions): FirstPage {
  const rule = trace.time('findRule', () => findRule(doc, url, options.extraSites));
  const user = userRuleFor(options.userRules, url);
  const { title, siteName } = trace.time('findTitle', () => findTitle(doc, rule));
  const byline = trace.time('findByline', () => findByline(doc, rule));
  const pager = trace.time('readPager', () => readPager(doc, url, url, rule));
  const blocks = readBlocks(doc, url, rule, 0, trace, !!options.disposable, user);
  if (!blocks) throw new QingwenError('no article found on this page', 'no-article');
  return { rule, user, title, siteName, byline, pager, page: { url, blocks, afterGap: false } };
}

export function assemble(first: FirstPage, url: string, pages: LoadedPage[], failed: PageFailure[], trace: Trace): Article {
  const { rule, title } = first;
  // Tables and images ride beside the text steps and come back at their place (structure.ts).
  // What the user's rule keeps rides beside every step and comes back at its place at the end.
  const keptBlocks = pages.flatMap((p) => p.blocks.filter((b) => b.kept));
  const { text, media } = splitMedia(pages.map((p) => (keptBlocks.length ? p.blocks.filter((b) => !b.kept) : p.blocks)));
  const perPage = trace.time('dropRepeatedEdges', () => dropRepeatedEdges(text, trace));
  const blocks = perPage.flatMap((blocks, i) =>
    blocks.map((b, k) => (k === 0 && i > 0 ? { ...b, cut: pages[i]!.afterGap ? ('gap' as const) : ('page' as const) } : b)),
  );
  const names = selfNames(url, [first.siteName, ...(rule?.siteNames ?? [])]);
  const dropped = trace.time('dropBoilerplate', () => {
    const phrases = dropExcerptIntro(dropBoilerplate(blocks, rule, title, trace), trace);
    return dropSiteTalk(stripWatermarks(phrases, names, trace), names, title, rule !== null, trace);
  });
  const kept = restoreKept(restoreMedia(trace.time('repairCuts', () => repairCuts(dropped, trace)), media), keptBlocks);
  // Link lines and scraps are not an article (a login form's labels, a menu).
  if (textChars(kept) < 20) throw new QingwenError('no article text found on this page', 'no-article');
  return {
    url,
    title,
    byline: first.byline,
    siteName: first.siteName,
    rule: rule?.name ?? 'generic',
    pages: pages.length,
    pageUrls: pages.map((p) => p.url),
    failedPages: failed,
    pieces: trace.time('segment', () => segment(kept, title, titleCount(title))),
    removed: trace.removed,
    notes: trace.notes,
    work: trace.work,
    ...(Object.keys(trace.timings).length ? { timings: trace.timings } : {}),
  };
}

/** Cleans one page (no next pages are read). */
export function cleanDocument(doc: Document, url: string, options: Pick<ExtractOptions, 'disposable' | 'clock' | 'workBudget' | 'userRules' | 'extraSites'> = {}): Article {
  const trace = new Trace(options.clock, options.workBudget);
  const first = readFirstPage(doc, url, trace, options);
  return assemble(first, url, [first.page], [], trace);
}

/** Cleans an article, following its next pages through `options.fetchPage` when given. */
export async function extractArticle(doc: Document, url: string, options: ExtractOptions = {}): Promise<Article> {
  const trace = new Trace(options.clock, options.workBudget);
  const first = readFirstPage(doc, url, trace, options);
  const { rule } = first;
  const pages: LoadedPage[] = [first.page];
  const failed: PageFailure[] = [];
  const fetchPage = options.fetchPage;
  if (fetchPage) {
    const max = Math.max(1, options.maxPages ?? DEFAULT_MAX_PAGES);
    const visited = new Set([url]);
    let pager = first.pager;
    const numbered = new Map(pager.numbered);
    let total = pager.total;
    let current = 1;
    let next = pager.next ?? numbered.get(2) ?? null;
    let afterGap = false;
    while (next && !visited.has(next) && pages.length + failed.length < max) {
      if (trace.cannotAfford(0)) {
        trace.notes.push(`the work budget ran out after page ${current}${total ? ` of ${total}` : ''}: the pages after it were not merged`);
        break;
      }
      const target = next;
      visited.add(target);
      current++;
      options.onProgress?.({ page: current, total, url: target });
      try {
        const nextDoc = await fetchPage(target);
        pager = trace.time('readPager', () => readPager(nextDoc, target, url, rule)); // before the blocks change nextDoc
        const blocks = readBlocks(nextDoc, target, rule, current - 1, trace, true, first.user);
        if (!blocks) throw new Error('no article text on the page');
        pages.push({ url: target, blocks, afterGap });
        afterGap = false;
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
  return assemble(first, url, pages, failed, trace);
}
