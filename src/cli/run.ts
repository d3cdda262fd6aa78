// `qingwen FILE|DIR|URL… [--url URL] [--format md|text|json|html|docx] [--out PATH] [--split]`
//
// Each input is cleaned on its own; a bad one is reported in one stderr line and the
// others go on. Exit codes: 0 all done, 1 some input failed, 2 usage mistake.

import '../engine/readability.js';
import { extractArticle } from '../engine/extract.js';
import { QingwenError } from '../engine/errors.js';
import type { Article } from '../engine/types.js';
import { version } from '../../package.json';
import { HELP, USAGE, UsageError, isWebUrl, parseArgs, type CliOptions } from './args.js';
import { expandInputs, inputLabel, type Input } from './inputs.js';
import type { CliDeps, CliIo } from './io.js';
import { docxRenderer, imageFetcher } from '../format/docx-images.js';
import { FileSink, FolderSink, StdoutSink, isFolderPath, render, type Renderer, type Sink } from './output.js';
import { Reporter } from './progress.js';
import { readPageBytes } from './read.js';
import { openFile, openUrl, type SourceDeps } from './sources.js';
import { createFile } from './write.js';
import { escapeControls } from './controls.js';
import { loadRulesFile } from './rules.js';
import { PageRecorder, saveCase } from './save-case.js';
import type { UserRule } from '../rules/user.js';

export type { CliDeps, CliIo } from './io.js';

/** Sites see who is asking: the tool and its version, as a well-behaved client should. */
const USER_AGENT = `qingwen/${version} (command-line; Node.js ${process.versions.node})`;
/** An image for a .docx that takes longer is linked instead of embedded. */
const IMAGE_TIMEOUT_MS = 10_000;

const defaultDeps: CliDeps = {
  extract: extractArticle,
  fetch: (input, init) => globalThis.fetch(input, init),
  readFile: (path, maxBytes) => readPageBytes(path, maxBytes),
  createFile,
  cwd: () => process.cwd(),
  timeoutMs: 20_000,
  debug: process.env.QINGWEN_DEBUG === '1',
};

/** Any error as one line: its message's first line, never a stack trace. */
function oneLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.trim().split('\n')[0] || 'unexpected error';
}

/** The stack of an unexpected error, for QINGWEN_DEBUG=1 only. */
function debugStack(err: unknown, io: CliIo, deps: CliDeps): void {
  if (deps.debug && err instanceof Error && !(err instanceof QingwenError) && err.stack) io.stderr.write(`${err.stack.split('\n').map(escapeControls).join('\n')}\n`);
}

async function clean(input: Input, options: CliOptions, deps: CliDeps, say: Reporter, single: boolean, userRules: UserRule[], recorder?: PageRecorder): Promise<Article> {
  const sourceDeps: SourceDeps = { fetch: deps.fetch, readFile: deps.readFile, timeoutMs: deps.timeoutMs, userAgent: USER_AGENT, ...(recorder ? { onPage: recorder.onPage } : {}) };
  const warn = (where: string, warning: string) => say.line(`${where}: ${warning}`);
  const first = input.kind === 'file' ? await openFile(input.path, options.url, sourceDeps, warn) : await openUrl(input.url, sourceDeps, warn);
  const article = await deps.extract(first.doc, first.url, {
    fetchPage: first.fetchPage,
    disposable: true, // parsed for this call only
    reparse: first.reparse,
    ...(userRules.length ? { userRules } : {}),
    onProgress: ({ page, total, url }) => {
      // A paged article on its own gets a bar of its pages (a folder's bar counts files).
      if (single && total) say.progress(page, total, url);
    },
  });
  if (article.pieces.every((p) => p.paragraphs.length === 0)) throw new QingwenError('no article text found on this page', 'no-article');
  return article;
}

/** Names the pages that could not be loaded; the engine kept the rest. */
function reportFailedPages(article: Article, prefix: string, say: Reporter): void {
  for (const f of article.failedPages) say.line(`${prefix}page ${f.page} could not be loaded: ${f.url} (${f.reason})`);
  for (const note of article.notes ?? []) say.line(`${prefix}${note}`);
}

async function chooseSink(options: CliOptions, several: boolean, io: CliIo, deps: CliDeps, say: Reporter): Promise<Sink> {
  const { format, out, split } = options;
  const renderer: Renderer =
    format === 'docx'
      ? docxRenderer(options.docx, imageFetcher(deps.fetch, Math.min(deps.timeoutMs, IMAGE_TIMEOUT_MS), USER_AGENT))
      : async (article, piece) => render(article, format, piece);
  if (split) return new FolderSink(out ?? deps.cwd(), format, true, deps.createFile, renderer);
  if (out !== null) {
    if (several || (await isFolderPath(out))) return new FolderSink(out, format, false, deps.createFile, renderer);
    return new FileSink(out, deps.createFile, renderer, (m) => say.line(m));
  }
  // parseArgs refuses docx without --out.
  return new StdoutSink(io, format === 'docx' ? 'md' : format, several, (write) => say.aside(write));
}

export async function run(argv: string[], io: CliIo, overrides: Partial<CliDeps> = {}): Promise<number> {
  const deps: CliDeps = { ...defaultDeps, ...overrides };
  const say = new Reporter(io);
  let options: CliOptions;
  try {
    const parsed = parseArgs(argv);
    if (parsed.kind === 'help') {
      io.stdout.write(HELP);
      return 0;
    }
    if (parsed.kind === 'version') {
      io.stdout.write(`qingwen ${version}\n`);
      return 0;
    }
    options = parsed.options;
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr.write(`qingwen: ${escapeControls(err.message)}\n${USAGE}\n`);
    return 2;
  }

  let userRules: UserRule[] = [];
  if (options.rules !== null) {
    const loaded = await loadRulesFile(options.rules, deps.readFile);
    if (!loaded.ok) {
      io.stderr.write(`qingwen: ${escapeControls(options.rules)}: ${escapeControls(loaded.message)}\n`);
      return 1;
    }
    userRules = loaded.rules;
  }

  if (options.saveCase !== undefined) {
    const arg = options.inputs[0]!;
    const input: Input = isWebUrl(arg) ? { kind: 'url', url: arg } : { kind: 'file', path: arg };
    const recorder = new PageRecorder();
    try {
      const article = await clean(input, options, deps, say, true, userRules, recorder);
      say.finish();
      reportFailedPages(article, '', say);
      const folder = await saveCase(options.saveCase, article, recorder.inOrder(article), deps.createFile);
      io.stdout.write(`${escapeControls(folder)}\n`);
      return 0;
    } catch (err) {
      say.finish();
      say.line(`${inputLabel(input)}: ${oneLine(err)}`);
      debugStack(err, io, deps);
      return 1;
    }
  }

  try {
    const expanded = await expandInputs(options.inputs);
    for (const p of expanded.problems) say.line(`${p.label}: ${p.message}`);
    // Several arguments or a folder mean one output per page (and a JSON array), even if only one page is left.
    const several = options.inputs.length > 1 || expanded.sawFolder;
    const sink = await chooseSink(options, several, io, deps, say);
    let failed = expanded.problems.length;
    const total = expanded.inputs.length;
    for (const [i, input] of expanded.inputs.entries()) {
      const label = inputLabel(input);
      if (total > 1) say.progress(i, total, label);
      try {
        const article = await clean(input, options, deps, say, total === 1, userRules);
        say.finish();
        reportFailedPages(article, several ? `${label}: ` : '', say);
        await sink.put(article);
      } catch (err) {
        failed++;
        say.line(`${label}: ${oneLine(err)}`);
        debugStack(err, io, deps);
      }
      if (total > 1) say.progress(i + 1, total, label);
    }
    say.finish();
    sink.close();
    return failed > 0 ? 1 : 0;
  } catch (err) {
    // Failures outside any one input: reading the arguments' folders, the final write to stdout.
    say.finish();
    io.stderr.write(`qingwen: ${escapeControls(oneLine(err))}\n`);
    debugStack(err, io, deps);
    return 1;
  }
}
