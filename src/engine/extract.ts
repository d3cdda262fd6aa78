// The pipeline: recognise the site, read each page's blocks (clone → prune hidden → locate
// body → prune body → blocks), merge the pages, drop boilerplate, repair cuts, segment.
// Pure: the caller's Document is never modified, fetching is injected, no clock, no globals.
import type { SiteRule } from '../rules/define.js';
import { findRule } from '../rules/index.js';
import { userRuleFor, type UserRule } from '../rules/user.js';
import { dropBoilerplate, dropRepeatedEdges } from './boilerplate.js';
import { linkDensity, selectAll, textExceeds } from './dom.js';
import { extractBlocks, type Block } from './blocks.js';
import { QingwenError } from './errors.js';
import { markFolds, openBlockSpans } from './layout.js';
import { textChars, tooSlight } from './listing.js';
import { dropExcerptIntro } from './excerpt.js';
import { bodySignature, genericReader, locateByReadability, locateByRule, locateFallback } from './locate.js';
import { baseUrlOf, liftNoscriptImages } from './images.js';
import { findByline, findTitle, metaContents, titleCount } from './meta.js';
import { entryPageNumber, readPager, type PagerInfo } from './paging.js';
import { pruneApartFromTitle, pruneBody, prunePage } from './prune.js';
import { markBeforeTitle } from './title-heading.js';
import { repairCuts } from './repair.js';
import { segment } from './segment.js';
import { dropSiteTalk, selfNames, stripWatermarks } from './sitetalk.js';
import { dropQrBoxes, restoreMedia, splitMedia } from './structure.js';
import { squash } from './text.js';
import { Trace } from './trace.js';
import { applyUserRule, placeBlocks, restoreKept } from './user-rule.js';
import type { Article, ExtractOptions, PageFailure } from './types.js';

const DEFAULT_MAX_PAGES = 50;
/** Work units per element: our own steps, and Readability's scoring when it runs. */
const PASSES = 6;
const READABILITY_PASSES = 10;

/** How a page's body was found, for the no-harm floor (floor.ts). */
export interface Probe {
  via?: 'rule' | 'paragraphs' | 'readability' | 'fallback';
  /** Readability's prose, read before the engine pruned it (when Readability located the body). */
  reference?: string[];
  /** Characters of the located container(s) before pruning, and of the whole page's body. */
  located?: number;
  page?: number;
  /** The located container as a selector for the article's later pages (bodySignature). */
  like?: string;
}

export interface ReadOptions {
  /** Locate by Readability even where the cheap locator would decide. */
  byReadability?: boolean;
  /** Leave the boxes judged by their names (pruneBody's cautious mode). */
  cautious?: boolean;
  probe?: Probe;
  /** The user's rule for the host (rules/user.ts): it goes first; what it keeps comes back as `kept` blocks after the page's own (assemble places them). */
  user?: UserRule | null;
  /** A later page of a page without a rule: page 1's container (bodySignature), taken where this page's own locator took a box around it. */
  like?: string;
}

/** One page's blocks, read from a working copy so `doc` stays as it was. */
export function readBlocks(doc: Document, url: string, rule: SiteRule | null, page: number, trace: Trace, owned: boolean, how: ReadOptions = {}): Block[] | null {
  const probe = how.probe ?? {};
  const user = how.user ?? null;
  const work = owned ? doc : trace.time('clone', () => doc.cloneNode(true) as Document);
  const base = baseUrlOf(work, url);
  const kept = user ? trace.time('userRule', () => applyUserRule(work, user, page, base, trace)) : null;
  // A document reader may place its lines by class (pdf2htmlEX): read before prunePage drops the <style>s.
  const lefts = rule ? undefined : genericReader()?.classLefts(work);
  const elements = trace.time('prunePage', () => prunePage(work, rule, trace));
  const workBody = work.body;
  if (workBody) {
    trace.time('layout', () => {
      liftNoscriptImages(workBody); // before Readability or pruning drops the <noscript>s
      // Before locating: Readability drops the inline styles that tell a reader's lines apart.
      genericReader()?.joinLines(workBody, trace, lefts);
      // One walk for the three: folds only add cut markers, which no footer test looks at.
      const all = selectAll(workBody, '*');
      markFolds(workBody, all);
      openBlockSpans(all);
      genericReader()?.pageFooters(workBody, all);
    });
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
    return trace.time('locateByReadability', () => {
      if (!rule) markBeforeTitle(work);
      return locateByReadability(work);
    });
  };
  let listingPage = false;
  const locate = (): Element | null => {
    if (!rule && !user?.body && workBody) trace.time('prunePage', () => pruneApartFromTitle(work, trace));
    const byParagraphs = how.byReadability ? null : trace.time('locateByParagraphs', () => genericReader()?.byParagraphs(work) ?? null);
    if (byParagraphs) {
      probe.via = 'paragraphs';
      return byParagraphs;
    }
    // No one parent holds the text: a page of teasers (a tag archive, a section front, search
    // results) is known by its shape before Readability joins its snippets into an "article".
    if (!rule && !user?.body && workBody && trace.time('isListing', () => genericReader()?.isListing(workBody) ?? false)) {
      listingPage = true;
      return null;
    }
    // A later page the cheap locator cannot decide (a short last page): page 1's container, where the page
    // has one such box of text (not a list of links that shares its class), before Readability rewrites the page.
    // (Not a box that holds the page's header, its title heading: there Readability's narrower pick is narrowed.)
    const like = how.like ? selectAll(work, how.like).filter((e) => textExceeds(e, LIKE_MIN_CHARS) && linkDensity(e) < 0.5 && !e.querySelector('h1')) : [];
    if (like.length === 1) {
      probe.via = 'paragraphs';
      return like[0]!;
    }
    const byReadability = readability();
    if (byReadability) {
      probe.via = 'readability';
      probe.reference = genericReader()?.floor.referenceProse(byReadability);
      return byReadability;
    }
    probe.via = 'fallback';
    return locateFallback(work);
  };
  if (byRule.length) probe.via = 'rule';
  // A later page is read like page 1: where its own locator took a box around page 1's
  // container (on a short last page Readability may take the whole column, the sidebar's
  // lists with it), that container is taken instead. Only ever narrower: page 1's container
  // may hold lines that only page 1's steps dropped.
  let located = byRule.length > 0 ? byRule : [locate()];
  const around = !byRule.length && how.like ? located[0] : null;
  const same = around ? trace.time('locateByRule', () => selectAll(around, how.like)) : [];
  if (same.length === 1 && textExceeds(same[0]!, LIKE_MIN_CHARS)) located = same;
  const bodies = located.filter((b): b is Element => b !== null);
  if (!rule && bodies.length === 1) probe.like = bodySignature(bodies[0]!) ?? undefined;
  if (listingPage) trace.notes.push(`page ${page + 1} is a list of links to articles, not an article`);
  if (!bodies.length) return kept?.blocks.length ? kept.blocks : null;
  // Only the floor asks (pages without a rule): two walks of the page's text it needs, no one else.
  if (how.probe) {
    probe.located = bodies.reduce((n, b) => n + squash(b.textContent ?? '').length, 0);
    probe.page = squash(work.body?.textContent ?? '').length;
  }
  // Without a site rule, a container of teasers (a portal home, search results) is no article.
  if (!rule && !user?.body && bodies.length === 1 && trace.time('isListing', () => genericReader()?.isListing(bodies[0]!, work.body) ?? false)) {
    trace.notes.push(`page ${page + 1} is a list of links to articles, not an article`);
    return kept?.blocks.length ? kept.blocks : null;
  }
  for (const body of bodies) {
    trace.time('pruneBody', () => {
      pruneBody(body, rule, trace, how.cautious);
      dropQrBoxes(body, trace);
    });
  }
  const blocks = trace.time('extractBlocks', () =>
    // A second container of the same article follows a fold: a paragraph may be cut there.
    bodies.flatMap((body, i) => extractBlocks(body, page, base).map((b, k) => (i > 0 && k === 0 && !b.cut ? { ...b, cut: 'ad' as const } : b))),
  );
  if (!kept) return blocks;
  placeBlocks(blocks, kept.text);
  return [...blocks, ...kept.blocks];
}

/** Page 1's container found on a later page holds at least this much text, or the page is located afresh. */
const LIKE_MIN_CHARS = 20;

/** A result this short, from a container holding less than half the page's text, may be the wrong box (a newsletter card): checked. */
const SHORT_RESULT = 600;
const SHORT_SHARE = 0.5;
/** The cheap locator's result is checked when pruning left less than this share of its container. */
const KEPT_SHARE = 0.85;

const blockChars = (blocks: Block[]): string => squash(blocks.map((b) => b.text).join(''));

/**
 * Page 1 of a page without a site rule, held to the no-harm floor (floor.ts): when the result
 * misses a real share of Readability's prose, the body is read again by Readability, then
 * cautiously, and the result that holds the most of it is kept. The check costs nothing when
 * Readability located the body (its prose was read before pruning); after the cheap locator
 * it runs only where pruning took much of the container, or the result is short and its
 * container holds less than half the page's text.
 */
function readWithFloor(doc: Document, url: string, trace: Trace, disposable: boolean, user: UserRule | null, reparse: (() => Document) | undefined, found: Probe): Block[] | null {
  const probe: Probe = {};
  const own = trace.fork();
  // Read in place when a fresh copy can be had later; else keep `doc` intact for a second reading.
  const inPlace = disposable && reparse !== undefined;
  const again = (): [Document, boolean] => (inPlace ? [reparse(), true] : [doc, false]);
  const blocks = readBlocks(doc, url, null, 0, own, inPlace, { probe, user });
  const keep = (t: Trace, b: Block[] | null): Block[] | null => {
    trace.adopt(t, true);
    found.like = probe.like;
    return b;
  };
  // The floor's measures come with Readability (generic-reader.ts): without them, the reading stands.
  const floor = genericReader()?.floor;
  if (!blocks || !floor) return keep(own, blocks);
  const kept = blockChars(blocks).length;
  let reference = probe.reference;
  const candidates: { blocks: Block[]; trace: Trace; like?: string }[] = [{ blocks, trace: own, like: probe.like }];
  if (!reference) {
    const wrongBox = kept < SHORT_RESULT && (probe.located ?? 0) < SHORT_SHARE * (probe.page ?? 0);
    if (!wrongBox && kept >= KEPT_SHARE * (probe.located ?? 0)) return keep(own, blocks);
    const second: Probe = {};
    const t = own.fork();
    const [copy, owned] = again();
    const byReadability = readBlocks(copy, url, null, 0, t, owned, { byReadability: true, probe: second, user });
    reference = second.reference;
    if (byReadability) candidates.push({ blocks: byReadability, trace: t, like: second.like });
  }
  const total = (reference ?? []).reduce((n, r) => n + r.length, 0);
  const missing = (b: Block[], t: Trace) => floor.missingProse(reference ?? [], blockChars(b), t.prunedByName, t.prunedByShape).missing;
  if (!total || !floor.inDoubt({ missing: missing(blocks, own), total })) {
    for (const c of candidates.slice(1)) trace.adopt(c.trace, false);
    return keep(own, blocks);
  }
  const t = candidates.at(-1)!.trace.fork();
  const [fresh, owned] = again();
  const third: Probe = {};
  const cautious = readBlocks(fresh, url, null, 0, t, owned || disposable, { byReadability: true, cautious: true, user, probe: third });
  if (cautious) candidates.push({ blocks: cautious, trace: t, like: third.like });
  // The least missing wins; on a tie the first (the engine's own reading).
  let best = candidates[0]!;
  let least = missing(blocks, own);
  for (const c of candidates.slice(1)) {
    const m = missing(c.blocks, c.trace);
    if (m < least) [best, least] = [c, m];
  }
  for (const c of candidates) if (c !== best) trace.adopt(c.trace, false);
  trace.adopt(best.trace, true);
  found.like = best.like;
  if (best !== candidates[0]) trace.notes.push('the cleaned article missed text that a reader view keeps: page 1 was read again more cautiously');
  return best.blocks;
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
  /** Page 1's container, to find on the later pages of a page without a rule (bodySignature). */
  like?: string;
  /** A script-built page's article, read when asked, where nothing else reads as one: its structured data (JSON-LD articleBody), on a first page the page its <noscript> shows. */
  structured?: () => Block[] | null;
  /** The page as its <noscript> shows it, when asked. */
  shell?: () => Document | null;
}

/** What the caller tells about the page beside the document: disposable (and how to parse it again), the user's rules and added sites. */
export type PageOptions = Pick<ExtractOptions, 'disposable' | 'reparse' | 'userRules' | 'extraSites'>;

type PageHead = Omit<FirstPage, 'page'>;

const STRUCTURED_NOTE = 'the page shows no article text: it was read from the article its structured data (JSON-LD) holds';
const NOSCRIPT_NOTE = 'the page builds its text by script: it was read from what it shows without scripts (<noscript>)';

/** Reads a script-built page (structured-data.ts): its JSON-LD articleBody, or the page its <noscript> shows. Registered like Readability: the extension loads it with the reader. */
export interface StructuredReader {
  blocks: (doc: Document) => Block[] | null;
  shell: (doc: Document) => Document | null;
}
let structuredReaderOf: () => StructuredReader | undefined = () => undefined;
export function provideStructuredData(get: () => StructuredReader | undefined): void {
  structuredReaderOf = get;
}

/**
 * The pager reader (paging.ts) is handed in too: the article's other pages are loaded by the
 * page loader (the extension's pages bundle), so the start-up script's reading of page 1 (the
 * badge's count) does without it and sees no pager.
 */
let pagerReaderOf: () => typeof readPager | undefined = () => undefined;
export function providePager(get: () => typeof readPager | undefined): void {
  pagerReaderOf = get;
}
const NO_PAGER: PagerInfo = { next: null, numbered: new Map(), total: null };

/** What page 1 says before its blocks are read: rule, title, byline, pager. */
function readPageHead(doc: Document, url: string, trace: Trace, options: PageOptions): PageHead {
  const rule = trace.time('findRule', () => findRule(doc, url, options.extraSites));
  const user = userRuleFor(options.userRules, url);
  const metas = trace.time('findTitle', () => metaContents(doc));
  const { title, siteName } = trace.time('findTitle', () => findTitle(doc, rule, metas));
  const byline = trace.time('findByline', () => findByline(doc, rule, metas));
  const pager = trace.time('readPager', () => pagerReaderOf()?.(doc, url, url, rule) ?? NO_PAGER);
  // Read from the page as it came: later steps change a disposable copy (scripts go first).
  const fresh = options.disposable ? options.reparse : () => doc;
  const structured = fresh ? () => structuredReaderOf()?.blocks(fresh()) ?? null : undefined;
  const shell = fresh ? () => structuredReaderOf()?.shell(fresh()) ?? null : undefined;
  return { rule, user, title, siteName, byline, pager, ...(structured ? { structured } : {}), ...(shell ? { shell } : {}) };
}

function readPageBody(doc: Document, url: string, trace: Trace, options: PageOptions, head: PageHead): FirstPage {
  const { rule, user } = head;
  // A site rule, or the user's own body, decides the container: no floor to hold it to.
  const disposable = !!options.disposable;
  const found: Probe = {};
  const blocks = rule || user?.body ? readBlocks(doc, url, rule, 0, trace, disposable, { user }) : readWithFloor(doc, url, trace, disposable, user, options.reparse, found);
  // A script-built page: its JSON-LD articleBody, else the page as it shows itself without scripts (its <noscript>, read like any page).
  const scriptBuilt = (): Block[] | null => {
    const structured = head.structured?.() ?? null;
    if (structured) {
      trace.notes.push(STRUCTURED_NOTE);
      return structured;
    }
    const shell = head.shell?.() ?? null;
    const shown = shell ? readWithFloor(shell, url, trace, false, user, undefined, {}) : null;
    if (shown) trace.notes.push(NOSCRIPT_NOTE);
    return shown;
  };
  const read = blocks ?? scriptBuilt();
  if (!read || (!rule && !user?.body && (genericReader()?.notFound(head.title, read) ?? false))) throw new QingwenError('no article found on this page', 'no-article');
  return { ...head, structured: blocks ? scriptBuilt : () => null, page: { url, blocks: read, afterGap: false }, ...(found.like ? { like: found.like } : {}) };
}

/** Everything read from page 1. Title, byline and pager are read before the blocks, whose
 * steps change a disposable document (Readability removes headings and pagers). */
export function readFirstPage(doc: Document, url: string, trace: Trace, options: PageOptions): FirstPage {
  return readPageBody(doc, url, trace, options, readPageHead(doc, url, trace, options));
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
    return dropSiteTalk(stripWatermarks(phrases, names, trace, rule !== null), names, title, rule !== null, trace);
  });
  const kept = restoreKept(restoreMedia(trace.time('repairCuts', () => repairCuts(dropped, trace)), media), keptBlocks);
  // Link lines and scraps are not an article (a login form's labels, a menu) — unless the
  // page holds its article as structured data (a script-built page), read then instead.
  if (textChars(kept) < 20 || tooSlight(kept.filter((b) => !b.linkOnly))) {
    const structured = pages.length === 1 ? first.structured?.() : null;
    if (!structured) throw new QingwenError('no article text found on this page', 'no-article');
    const page = { ...first.page, blocks: structured };
    return assemble({ ...first, page, structured: () => null }, url, [page], failed, trace);
  }
  const pieces = trace.time('segment', () => segment(kept, title, titleCount(title)));
  return {
    url,
    title,
    byline: first.byline,
    siteName: first.siteName,
    rule: rule?.name ?? 'generic',
    pages: pages.length,
    pageUrls: pages.map((p) => p.url),
    failedPages: failed,
    pieces,
    // Each with the text around it: a reader that shows and restores them places them (placeRemovals).
    removed: trace.removed,
    notes: trace.notes,
    work: trace.work,
    ...(Object.keys(trace.timings).length ? { timings: trace.timings } : {}),
  };
}

/** Cleans one page (no next pages are read). */
export function cleanDocument(doc: Document, url: string, options: Pick<ExtractOptions, 'disposable' | 'reparse' | 'clock' | 'workBudget' | 'userRules' | 'extraSites'> = {}): Article {
  const trace = new Trace(options.clock, options.workBudget);
  const first = readFirstPage(doc, url, trace, options);
  return assemble(first, url, [first.page], [], trace);
}

/** Cleans an article, following its next pages through `options.fetchPage` when given. */
export function extractArticle(doc: Document, url: string, options: ExtractOptions = {}): Promise<Article> {
  return extractFrom(doc, url, options, true);
}

async function extractFrom(doc: Document, url: string, options: ExtractOptions, mayRestart: boolean): Promise<Article> {
  const trace = new Trace(options.clock, options.workBudget);
  const head = readPageHead(doc, url, trace, options);
  // Opened on a later page (its pager says so): the article is read from page 1, when page 1 loads.
  const page1 = mayRestart && options.fetchPage && entryPageNumber(url, head.pager) > 1 ? head.pager.numbered.get(1) : undefined;
  if (page1 && options.fetchPage) {
    const firstDoc = await options.fetchPage(page1).catch(() => null);
    if (firstDoc) return extractFrom(firstDoc, page1, { ...options, disposable: true, reparse: undefined }, false);
    trace.notes.push(`page 1 (${page1}) could not be loaded: the article is read from the page given`);
  }
  const first = readPageBody(doc, url, trace, options, head);
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
        const blocks = readBlocks(nextDoc, target, rule, current - 1, trace, true, { user: first.user, like: first.like });
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
