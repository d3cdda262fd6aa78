// The incremental, parallel way through a paged article: page 1 is read at once, the other
// pages are fetched a few at a time (the injected fetchPage decides what is allowed), and after
// every page that settles the article is assembled again from the pages settled so far, in
// order. A failed page can be retried; when it loads it takes its place in the article.
// Pure like the rest of the engine: no network of its own, no clock, no globals.
// The engine's steps are handed in (LoaderEngine; loader.ts binds the real ones), so the
// extension can load this class in a bundle of its own beside the engine of its start-up script.
import type { Block } from './blocks.js';
import type { assemble, readBlocks, readFirstPage, FirstPage, LoadedPage } from './extract.js';
import { entryPageNumber, readPager, type PagerInfo } from './paging.js';
import type { Trace } from './trace.js';
import type { Article, ExtractOptions, FetchPage, PageFailure } from './types.js';

/** The engine steps the loader calls. */
export interface LoaderEngine {
  assemble: typeof assemble;
  readBlocks: typeof readBlocks;
  readFirstPage: typeof readFirstPage;
  Trace: typeof Trace;
  DEFAULT_WORK_BUDGET: number;
}

const DEFAULT_MAX_PAGES = 50;

/** What the article looks like now. */
export interface Snapshot {
  /** The article made of pages 1…shownPages (a failed one among them is a gap); null when they hold no article text. */
  article: Article | null;
  /** Why `article` is null (the engine's "no article" error), once every page has settled. */
  error: Error | null;
  /** Pages 1…shownPages have settled (loaded or failed); later pages may be loaded but are not shown yet. */
  shownPages: number;
  /** Pages settled so far, and the pages known (pager total or highest number seen). */
  settled: number;
  total: number;
  /** Pages that could not be loaded (they can be retried). */
  failed: PageFailure[];
  /** Nothing is loading. */
  done: boolean;
}

export interface LoaderOptions extends Pick<ExtractOptions, 'maxPages' | 'disposable' | 'reparse' | 'clock' | 'workBudget' | 'userRules' | 'extraSites'> {
  fetchPage?: FetchPage;
  /** Pages fetched at once (default 3; 1 follows the pages one after another). */
  concurrency?: number;
  /** Called when a page starts loading (the CLI's progress line). */
  onStart?: (page: number, total: number | null, url: string) => void;
  /**
   * Called when what a snapshot would show changed (a page settled in order, a retry started).
   * Call snapshot() for it — when convenient: each snapshot assembles the article, so a shell
   * that gets many changes in a row can take one snapshot for all of them.
   */
  onChange?: () => void;
}

type Slot =
  | { state: 'pending' | 'loading'; url: string }
  | { state: 'loaded'; url: string; blocks: Block[] }
  | { state: 'failed'; url: string; reason: string };

export class ArticleLoaderCore {
  private readonly first: FirstPage;
  /** Each page's own trace (what reading it removed, its steps' times), merged at every assembly. */
  private readonly traces = new Map<number, Trace>();
  /** Page number → its state; page 1 is the document given. */
  private readonly slots = new Map<number, Slot>();
  private readonly pageOf = new Map<string, number>();
  private pagerTotal: number | null;
  private active = 0;
  private waiters: ((s: Snapshot) => void)[] = [];
  private readonly max: number;
  private lastKey = '';
  /** The work budget of the whole article (see trace.ts), and what reading its pages spent. */
  private readonly budget: number;
  private work = 0;
  private budgetNote: string | null = null;
  private readonly concurrency: number;

  /** Reads page 1 now (throws the engine's "no article" error when it has no article body) and starts on the rest. */
  constructor(
    doc: Document,
    private readonly url: string,
    private readonly options: LoaderOptions,
    private readonly engine: LoaderEngine,
  ) {
    this.budget = options.workBudget ?? engine.DEFAULT_WORK_BUDGET;
    const trace = new engine.Trace(options.clock, this.budget);
    this.first = engine.readFirstPage(doc, url, trace, options);
    this.work = trace.work;
    this.max = Math.max(1, options.maxPages ?? DEFAULT_MAX_PAGES);
    this.concurrency = Math.max(1, options.concurrency ?? 3);
    // Opened on a later page (its pager says so): it takes its place, and the pages before it load too.
    const entry = options.fetchPage ? entryPageNumber(url, this.first.pager) : 1;
    this.traces.set(entry, trace);
    this.slots.set(entry, { state: 'loaded', url, blocks: this.first.page.blocks });
    this.pageOf.set(url, entry);
    this.pagerTotal = this.first.pager.total;
    if (options.fetchPage) this.learn(entry, this.first.pager);
    this.pump();
    this.lastKey = this.shownKey();
  }

  /** The article so far (pages in order up to the first one still loading). */
  snapshot(): Snapshot {
    const numbers = [...this.slots.keys()].sort((a, b) => a - b);
    const shown: number[] = [];
    for (const n of numbers) {
      const s = this.slots.get(n)!;
      if (s.state === 'pending' || s.state === 'loading') break;
      shown.push(n);
    }
    const pages: LoadedPage[] = [];
    const failed: PageFailure[] = [];
    for (const n of numbers) {
      const s = this.slots.get(n)!;
      if (s.state === 'failed') failed.push({ page: n, url: s.url, reason: s.reason });
    }
    let previous = 0;
    for (const n of shown) {
      const s = this.slots.get(n)!;
      if (s.state === 'loaded') pages.push({ url: s.url, blocks: s.blocks, afterGap: n > 1 && previous !== n - 1 });
      if (s.state === 'loaded') previous = n;
    }
    const done = this.active === 0 && numbers.every((n) => this.slots.get(n)!.state !== 'pending');
    const shownFailed = failed.filter((f) => f.page <= (shown.at(-1) ?? 1));
    let article: Article | null = null;
    let error: Error | null = null;
    try {
      article = this.engine.assemble(this.first, this.slots.get(1)?.url ?? this.url, pages, shownFailed, this.traceOf(shown));
    } catch (e) {
      // Page 1 alone may be too short to be an article while later pages are still coming.
      if (done) error = e instanceof Error ? e : new Error(String(e));
    }
    const settled = numbers.filter((n) => this.slots.get(n)!.state === 'loaded' || this.slots.get(n)!.state === 'failed').length;
    return { article, error, shownPages: shown.at(-1) ?? 1, settled, total: Math.max(this.pagerTotal ?? 0, numbers.at(-1) ?? 1, settled), failed, done };
  }

  /** Resolves when nothing is loading any more (at once when that is already so). */
  whenDone(): Promise<Snapshot> {
    const s = this.snapshot();
    if (s.done) return Promise.resolve(s);
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Loads a failed page again; resolves when everything has settled once more. */
  retry(page: number): Promise<Snapshot> {
    const s = this.slots.get(page);
    if (s?.state === 'failed') {
      this.slots.set(page, { state: 'pending', url: s.url });
      this.pump();
      this.changed();
    }
    return this.whenDone();
  }

  /** Records the pages a pager names: numbered links, and 下一页 as the page after `page`. */
  private learn(page: number, pager: PagerInfo): void {
    for (const [n, u] of pager.numbered) this.add(n, u);
    if (pager.next) this.add(page + 1, pager.next);
    if (pager.total) this.pagerTotal = Math.max(this.pagerTotal ?? 0, pager.total);
  }

  /** Each page number and each URL once; never beyond the page limit. */
  private add(n: number, url: string): void {
    if (n < 1 || this.slots.has(n) || this.pageOf.has(url) || this.slots.size >= this.max) return;
    this.slots.set(n, { state: 'pending', url });
    this.pageOf.set(url, n);
  }

  /** Starts pending pages, lowest number first, while fewer than `concurrency` are loading. */
  private pump(): void {
    const fetchPage = this.options.fetchPage;
    if (!fetchPage) return;
    while (this.active < this.concurrency) {
      const n = [...this.slots.keys()].sort((a, b) => a - b).find((k) => this.slots.get(k)!.state === 'pending');
      if (n === undefined) return;
      if (this.work > this.budget) return this.outOfBudget(n);
      const url = this.slots.get(n)!.url;
      this.slots.set(n, { state: 'loading', url });
      this.active++;
      this.options.onStart?.(n, this.pagerTotal, url);
      void this.load(fetchPage, n, url);
    }
  }

  /** Pathological input spent the budget: the pages not started are dropped, with a note. */
  private outOfBudget(from: number): void {
    for (const [k, slot] of this.slots) if (slot.state === 'pending') this.slots.delete(k);
    this.budgetNote = `the work budget ran out before page ${from}${this.pagerTotal ? ` of ${this.pagerTotal}` : ''}: the pages after it were not merged`;
  }

  private async load(fetchPage: FetchPage, n: number, url: string): Promise<void> {
    try {
      const doc = await fetchPage(url);
      const trace = new this.engine.Trace(this.options.clock, Math.max(0, this.budget - this.work));
      const pager = trace.time('readPager', () => readPager(doc, url, this.url, this.first.rule)); // before the blocks change doc
      const blocks = this.engine.readBlocks(doc, url, this.first.rule, n - 1, trace, true, { user: this.first.user, like: this.first.like });
      this.traces.set(n, trace);
      this.work += trace.work;
      if (!blocks) throw new Error('no article text on the page');
      this.slots.set(n, { state: 'loaded', url, blocks });
      this.learn(n, pager);
    } catch (e) {
      this.slots.set(n, { state: 'failed', url, reason: e instanceof Error ? e.message : String(e) });
    }
    this.active--;
    this.pump();
    this.changed();
  }

  /** Which pages a snapshot would show, and how they stand. */
  private shownKey(): string {
    const parts: string[] = [];
    for (const n of [...this.slots.keys()].sort((a, b) => a - b)) {
      const s = this.slots.get(n)!.state;
      parts.push(`${n}:${s}`);
      if (s === 'pending' || s === 'loading') break;
    }
    return parts.join(',');
  }

  /** A fresh trace for one assembly, holding what reading the shown pages removed and took. */
  private traceOf(pages: number[]): Trace {
    const trace = new this.engine.Trace(this.options.clock);
    for (const n of pages) {
      const t = this.traces.get(n);
      if (!t) continue;
      trace.removed.push(...t.removed);
      trace.notes.push(...t.notes);
      trace.spend(t.work);
      for (const [k, ms] of Object.entries(t.timings)) trace.timings[k] = (trace.timings[k] ?? 0) + ms;
    }
    if (this.budgetNote) trace.notes.push(this.budgetNote);
    return trace;
  }

  /** Tells onChange when what is shown changed, and the waiters once nothing is loading. */
  private changed(): void {
    const key = this.shownKey();
    if (key === this.lastKey) return;
    this.lastKey = key;
    this.options.onChange?.();
    if (this.active > 0 || !this.waiters.length) return;
    const s = this.snapshot();
    if (!s.done) return;
    const waiting = this.waiters;
    this.waiters = [];
    for (const w of waiting) w(s);
  }
}
