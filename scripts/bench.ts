// `npm run bench`: Qingwen against Mozilla Readability and Defuddle on every corpus page —
// speed (interleaved, medians after warm-up), the cost of each pipeline step, quality
// against the gold, growth with page size, and the size of what the extension injects.
// Prints Markdown tables and writes them to bench-results.md. Measured, never asserted.
//
//   npm run bench                 full run (≈ a minute or two)
//   npm run bench -- --runs 10    fewer measured runs (a quick look)
import '../src/engine/readability.js';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { run } from '../src/cli/run.js';
import { findRule } from '../src/rules/index.js';
import { parseHtml } from '../src/node/parse.js';
import { corpusCases, corpusPages, firstPageHtml, variantCases, type CasePage } from './bench/corpus.js';
import { defuddleLinkedom, paragraphsOf, qingwen, readabilityAlone, type Plain } from './bench/extractors.js';
import { geomean, kb, median, ms, ratio, table } from './bench/stats.js';
import { STEPS, timeSteps, type Step } from './bench/steps.js';
import { score, type Gold, type Output, type Score } from '../test/helpers/score.js';
import { version as readabilityVersion } from '../node_modules/@mozilla/readability/package.json';
import { version as defuddleVersion } from '../node_modules/defuddle/package.json';
import { version as linkedomVersion } from '../node_modules/linkedom/package.json';

const ROOT = join(import.meta.dirname, '..');

// Re-spawn with --expose-gc so the growth runs can force a collection between runs.
const gc = (globalThis as { gc?: (options?: { type: 'major' | 'minor'; execution: 'sync' | 'async' }) => void }).gc;
if (typeof gc !== 'function') {
  const r = spawnSync(process.execPath, [...process.execArgv, '--expose-gc', process.argv[1]!, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
// A full, synchronous mark-compact. A bare gc() also reduces the memory footprint (it flushes
// compiled code and inline caches), which makes the next run several times slower than any
// real run: measured here, ~8× on a 19 KB page. {type: 'major'} collects the garbage without that.
const forceGc = () => gc!({ type: 'major', execution: 'sync' });

const argRuns = process.argv.indexOf('--runs');
const RUNS = Math.max(1, argRuns > 0 ? Number(process.argv[argRuns + 1]) || 40 : 40);
const WARMUP = Math.max(2, Math.round(RUNS / 6));
const GROWTH_RUNS = Math.max(1, Math.min(RUNS, 30));
/** Fewer runs for the big pages (a run of the 80× page takes about a second). */
const growthRuns = (k: number) => (k >= 40 ? Math.max(1, Math.min(RUNS, 15)) : GROWTH_RUNS);

const md: string[] = [];
const say = (s = '') => {
  console.log(s);
  md.push(s);
};

// ── Machine ──────────────────────────────────────────────────────────────────────────
const cpu = cpus();
say('# Qingwen benchmark');
say();
say(`Machine: ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, ${platform()} ${release()}; Node ${process.version}.`);
say(`Run on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC. Libraries: @mozilla/readability ${readabilityVersion}, defuddle ${defuddleVersion} (its defuddle/node entry, synchronous parse()), linkedom ${linkedomVersion} for every DOM.`);
say(`Every timing includes parsing the HTML string with linkedom. One process, tools interleaved page by page (Readability, Defuddle, Qingwen, Readability, …), ${WARMUP} warm-up rounds, then the median of ${RUNS} runs.`);
say();

// ── Speed ────────────────────────────────────────────────────────────────────────────
const pages = corpusPages();
type Tool = 'readability' | 'defuddle' | 'qingwen';
const TOOLS: Tool[] = ['readability', 'defuddle', 'qingwen'];
const runTool: Record<Tool, (p: CasePage) => unknown> = {
  readability: (p) => readabilityAlone(p.html),
  defuddle: (p) => defuddleLinkedom(p.html, p.url),
  qingwen: (p) => qingwen(p.html, p.url),
};
const errors = new Map<string, string>();
const times = new Map<string, Record<Tool, number[]>>(pages.map((p) => [p.id, { readability: [], defuddle: [], qingwen: [] }]));
let sink = 0;
for (let round = 0; round < WARMUP + RUNS; round++) {
  for (const p of pages) {
    for (const tool of TOOLS) {
      const t0 = performance.now();
      try {
        const r = runTool[tool](p);
        sink += r ? 1 : 0;
      } catch (e) {
        errors.set(`${p.id} ${tool}`, e instanceof Error ? e.message : String(e));
      }
      const dt = performance.now() - t0;
      if (round >= WARMUP) times.get(p.id)![tool].push(dt);
    }
  }
}

say('## Speed per corpus page (median ms, parse included)');
say();
const rows: (string | number)[][] = [];
const ratiosKnown: number[] = [];
const ratiosOther: number[] = [];
const ratiosDefuddle: number[] = [];
const med = new Map<string, Record<Tool, number>>();
for (const p of pages) {
  const t = times.get(p.id)!;
  const m = { readability: median(t.readability), defuddle: median(t.defuddle), qingwen: median(t.qingwen) };
  med.set(p.id, m);
  const q = m.qingwen / m.readability;
  (p.known ? ratiosKnown : ratiosOther).push(q);
  ratiosDefuddle.push(m.qingwen / m.defuddle);
  const flag = (tool: Tool) => (errors.has(`${p.id} ${tool}`) ? ' †' : '');
  rows.push([
    p.id,
    p.rule,
    kb(Buffer.byteLength(p.html)),
    ms(m.readability) + flag('readability'),
    ms(m.defuddle) + flag('defuddle'),
    ms(m.qingwen) + flag('qingwen'),
    ratio(q),
    ratio(m.qingwen / m.defuddle),
  ]);
}
say(table(['page', 'site rule', 'size', 'Readability', 'Defuddle', 'Qingwen', 'Qingwen/Readability', 'Qingwen/Defuddle'], rows, ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r']));
say();
const gKnown = geomean(ratiosKnown);
const gOther = geomean(ratiosOther);
const gAll = geomean([...ratiosKnown, ...ratiosOther]);
say(`Geometric mean of Qingwen/Readability: **${ratio(gKnown)}** on the ${ratiosKnown.length} pages of known template sites (a site rule applies; target ≤ 1.0), **${ratio(gOther)}** on the ${ratiosOther.length} other page${ratiosOther.length === 1 ? '' : 's'} (target ≤ 1.3), ${ratio(gAll)} over all ${pages.length} pages. Qingwen/Defuddle over all pages: ${ratio(geomean(ratiosDefuddle))}.`);

// A wider sample of speed: the first page of every blind variant (test/variants*), the same
// interleaved medians, Readability alone against Qingwen.
{
  const variantRatios = { known: [] as number[], other: [] as number[] };
  const runs = Math.max(9, Math.floor(RUNS / 2));
  for (const c of variantCases()) {
    const html = firstPageHtml(c);
    const known = findRule(parseHtml(html), c.url) !== null;
    const rd: number[] = [];
    const qw: number[] = [];
    for (let i = 0; i < runs + 3; i++) {
      let t0 = performance.now();
      sink += readabilityAlone(html).content?.length ?? 0;
      if (i >= 3) rd.push(performance.now() - t0);
      t0 = performance.now();
      try {
        sink += qingwen(html, c.url).pieces.length;
      } catch {
        /* a page the engine rejects still costs its time */
      }
      if (i >= 3) qw.push(performance.now() - t0);
    }
    (known ? variantRatios.known : variantRatios.other).push(median(qw) / median(rd));
  }
  say();
  say(`On the first pages of the ${variantRatios.known.length + variantRatios.other.length} blind variant cases (median of ${runs}): Qingwen/Readability **${ratio(geomean(variantRatios.known))}** on the ${variantRatios.known.length} recognised as template sites, **${ratio(geomean(variantRatios.other))}** on the ${variantRatios.other.length} others (worst ${ratio(Math.max(...variantRatios.other))}).`);
}
if (errors.size) {
  say();
  say('† the tool threw on this page (time is to the throw):');
  for (const [k, v] of errors) say(`- ${k}: ${v}`);
}
say();

// ── Pipeline steps ───────────────────────────────────────────────────────────────────
const stepTimes = new Map<string, Record<Step, number[]>>(pages.map((p) => [p.id, Object.fromEntries(STEPS.map((s) => [s, [] as number[]])) as Record<Step, number[]>]));
for (let round = 0; round < WARMUP + RUNS; round++) {
  for (const p of pages) {
    try {
      const t = timeSteps(p.html, p.url);
      if (round >= WARMUP) for (const s of STEPS) stepTimes.get(p.id)![s].push(t[s]);
    } catch (e) {
      errors.set(`${p.id} steps`, e instanceof Error ? e.message : String(e));
    }
  }
}
const stepSum = (filter: (p: CasePage) => boolean, s: Step) => pages.filter(filter).reduce((n, p) => n + median(stepTimes.get(p.id)![s]), 0);
const totalKnown = STEPS.reduce((n, s) => n + stepSum((p) => p.known, s), 0);
const totalOther = STEPS.reduce((n, s) => n + stepSum((p) => !p.known, s), 0);
say('## Where Qingwen spends its time (one page, steps in the order of src/engine/extract.ts)');
say();
say(`Sum over pages of each step's median (ms); share of the pipeline's total. A step at 0 did not run (the site rule found the body, so Readability was skipped).`);
say();
const stepRows = STEPS.map((s) => {
  const k = stepSum((p) => p.known, s);
  const o = stepSum((p) => !p.known, s);
  const slowest = pages.reduce((best, p) => {
    const v = median(stepTimes.get(p.id)![s]);
    return v > best.v ? { v, id: p.id } : best;
  }, { v: 0, id: '–' });
  return [s, ms(k), `${((100 * k) / totalKnown).toFixed(1)} %`, ms(o), `${((100 * o) / (totalOther || 1)).toFixed(1)} %`, slowest.v > 0 ? `${ms(slowest.v)} (${slowest.id})` : '–'];
});
stepRows.push(['**total**', ms(totalKnown), '100 %', ms(totalOther), '100 %', '']);
say(table(['step', `template pages (${ratiosKnown.length})`, 'share', `other pages (${ratiosOther.length})`, 'share', 'slowest page'], stepRows, ['l', 'r', 'r', 'r', 'r', 'l']));
say();

// ── Quality ──────────────────────────────────────────────────────────────────────────
async function qingwenCli(file: string, url: string): Promise<Output> {
  let out = '';
  let err = '';
  const code = await run([file, '--url', url, '--format', 'json'], { stdout: { write: (s: string) => void (out += s) }, stderr: { write: (s: string) => void (err += s) } });
  if (code !== 0) throw new Error(`qingwen exited ${code}: ${err.trim()}`);
  return JSON.parse(out) as Output;
}
const asOutput = (r: Plain): Output => ({ title: r.title, pieces: [{ heading: null, paragraphs: paragraphsOf(r.content) }] });
type Q = { name: string; scores: Record<Tool, Score> };
const quality: Q[] = [];
for (const c of corpusCases()) {
  const gold = JSON.parse(readFileSync(join(c.dir, 'expected.json'), 'utf8')) as Gold;
  const first = pages.find((p) => p.caseName === c.name && p.first)!;
  let rd: Output;
  let df: Output;
  try {
    rd = asOutput(readabilityAlone(first.html));
  } catch {
    rd = { title: null, pieces: [] };
  }
  try {
    df = asOutput(defuddleLinkedom(first.html, first.url));
  } catch {
    df = { title: null, pieces: [] };
  }
  const qw = await qingwenCli(join(c.dir, c.entry), c.url);
  quality.push({ name: c.name, scores: { readability: score(gold, rd), defuddle: score(gold, df), qingwen: score(gold, qw) } });
}
const goldChars = corpusCases().reduce((n, c) => {
  const gold = JSON.parse(readFileSync(join(c.dir, 'expected.json'), 'utf8')) as Gold;
  return n + gold.pieces.flatMap((p) => p.paragraphs).reduce((m, t) => m + [...t.replace(/\s/g, '')].length, 0);
}, 0);
say(`## Quality against the gold (${quality.length} corpus cases, ${goldChars} gold characters)`);
say();
say('Readability alone and Defuddle read the first page only (neither follows "下一页"); their paragraphs are the text of the innermost block elements of their output (<p>, <div>, <li>, headings; a <br><br> also splits), as one piece without a heading, under their own title. Qingwen is the full CLI path (`qingwen FILE --url URL --format json`), which reads the saved next pages. Scored with test/helpers/score.ts (the port of the corpus scorer).');
say();
const labels: Record<Tool, string> = { readability: `Readability ${readabilityVersion} alone`, defuddle: `Defuddle ${defuddleVersion}`, qingwen: 'Qingwen' };
/** One row per tool: perfect cases, titles, leaked and lost characters, exact paragraphs. */
function qualityTable(rows: Q[]): string {
  return table(
    ['', 'perfect cases', 'titles right', 'boilerplate chars leaked', 'gold chars lost', 'paragraphs exact'],
    TOOLS.map((t) => [
      labels[t],
      `${rows.filter((q) => q.scores[t].perfect).length} / ${rows.length}`,
      `${rows.filter((q) => q.scores[t].title).length} / ${rows.length}`,
      rows.reduce((n, q) => n + q.scores[t].leakedChars, 0),
      rows.reduce((n, q) => n + q.scores[t].lostChars, 0),
      `${rows.reduce((n, q) => n + q.scores[t].exact, 0)} / ${rows.reduce((n, q) => n + q.scores[t].paragraphs, 0)}`,
    ]),
    ['l', 'r', 'r', 'r', 'r', 'r'],
  );
}
say(qualityTable(quality));
say();
say('Per case (perfect? / leaked / lost characters):');
say();
const cell = (s: Score) => `${s.perfect ? 'yes' : 'no'} / ${s.leakedChars} / ${s.lostChars}`;
say(table(['case', 'Readability', 'Defuddle', 'Qingwen'], quality.map((q) => [q.name, cell(q.scores.readability), cell(q.scores.defuddle), cell(q.scores.qingwen)])));
say();

// The same comparison on the blind variants (other sites of the families, other charsets and
// markers, ordinary pages), summed: a wider sample than the 8 corpus cases.
const variantQuality: Q[] = [];
for (const c of variantCases()) {
  const gold = JSON.parse(readFileSync(join(c.dir, 'expected.json'), 'utf8')) as Gold;
  const html = firstPageHtml(c);
  const attempt = (f: () => Output): Output => {
    try {
      return f();
    } catch {
      return { title: null, pieces: [] };
    }
  };
  const rd = attempt(() => asOutput(readabilityAlone(html)));
  const df = attempt(() => asOutput(defuddleLinkedom(html, c.url)));
  const qw = await qingwenCli(join(c.dir, c.entry), c.url);
  variantQuality.push({ name: c.name, scores: { readability: score(gold, rd), defuddle: score(gold, df), qingwen: score(gold, qw) } });
}
say(`## Quality on the ${variantQuality.length} blind variant cases (test/variants*)`);
say();
say('Labelled pages written blind to the engine: other hosts and clones of the families, Big5/GBK/mislabelled charsets, other piece markers, and ordinary news, blog, forum and novel pages that must lose nothing. Same scoring as above.');
say();
say(qualityTable(variantQuality));
say();

// ── Growth ───────────────────────────────────────────────────────────────────────────
const growthCase = 'xiaorob-teacher-summary-ads';
const base = pages.find((p) => p.caseName === growthCase && p.first)!;
const open = /<div class="content" id="content">/.exec(base.html)!;
const bodyStart = open.index + open[0].length;
const bodyEnd = base.html.indexOf('\n</div>\n\n<div class="pdfdown">', bodyStart);
const articleBody = base.html.slice(bodyStart, bodyEnd);
const growthPage = (k: number) => base.html.slice(0, bodyStart) + articleBody.repeat(k) + base.html.slice(bodyEnd);
const FACTORS = [1, 10, 40, 80];
type G = { k: number; chars: number; rd: { gc: number; nogc: number }; qw: { gc: number; nogc: number } };
const growth: G[] = [];
for (const k of FACTORS) {
  const html = growthPage(k);
  const g: G = { k, chars: html.length, rd: { gc: 0, nogc: 0 }, qw: { gc: 0, nogc: 0 } };
  for (const mode of ['nogc', 'gc'] as const) {
    forceGc();
    const rd: number[] = [];
    const qw: number[] = [];
    for (let i = 0; i < growthRuns(k) + 2; i++) {
      if (mode === 'gc') forceGc();
      let t0 = performance.now();
      sink += readabilityAlone(html).content?.length ?? 0;
      if (i >= 2) rd.push(performance.now() - t0);
      if (mode === 'gc') forceGc();
      t0 = performance.now();
      sink += qingwen(html, base.url).pieces.length;
      if (i >= 2) qw.push(performance.now() - t0);
    }
    g.rd[mode] = (median(rd) * 1e6) / html.length;
    g.qw[mode] = (median(qw) * 1e6) / html.length;
  }
  growth.push(g);
}
say(`## Growth: the body of ${growthCase} repeated on one page`);
say();
say(`Nanoseconds per character of HTML (median of ${GROWTH_RUNS} runs — ${growthRuns(80)} for the 40× and 80× pages — after 2 warm-up runs, interleaved Readability/Qingwen). "GC between runs": a full synchronous collection, \`gc({type: 'major', execution: 'sync'})\` (node --expose-gc; the script re-spawns itself with that flag), before every timed run, outside the timing — not a bare \`gc()\`, which also flushes compiled code and would slow the next run several-fold. "No GC": the collector runs only when V8 decides, so garbage left by earlier runs is paid for inside later ones.`);
say();
const g10 = growth.find((g) => g.k === 10)!;
say(
  table(
    ['body ×', 'page size', 'Readability, GC between runs', 'Readability, no GC', 'Qingwen, GC between runs', 'Qingwen, no GC', 'Qingwen/Readability (GC)'],
    growth.map((g) => [
      g.k,
      `${(g.chars / 1000).toFixed(0)} K chars`,
      `${g.rd.gc.toFixed(0)} (${ratio(g.rd.gc / g10.rd.gc)}×)`,
      `${g.rd.nogc.toFixed(0)} (${ratio(g.rd.nogc / g10.rd.nogc)}×)`,
      `${g.qw.gc.toFixed(0)} (${ratio(g.qw.gc / g10.qw.gc)}×)`,
      `${g.qw.nogc.toFixed(0)} (${ratio(g.qw.nogc / g10.qw.nogc)}×)`,
      ratio(g.qw.gc / g.rd.gc),
    ]),
    ['r', 'r', 'r', 'r', 'r', 'r', 'r'],
  ),
);
say();
say('(In brackets: the cost per character relative to the 10× page; 1.00× is flat. Page size in UTF-16 characters of HTML.)');
say();

// ── Size ─────────────────────────────────────────────────────────────────────────────
say('## Size of the extension (gzip -9)');
say();
const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const dist = join(ROOT, 'dist');
if (!existsSync(join(dist, 'chrome', 'manifest.json'))) {
  say('not built (run `npm run build` first)');
} else {
  const manifest = JSON.parse(readFileSync(join(dist, 'chrome', 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[]; css?: string[] }[];
  };
  const injected = new Set<string>();
  for (const cs of manifest.content_scripts ?? []) for (const f of [...(cs.js ?? []), ...(cs.css ?? [])]) injected.add(f);
  // Files the background injects on demand (scripting.executeScript / insertCSS).
  const bg = existsSync(join(dist, 'chrome', 'background.js')) ? readFileSync(join(dist, 'chrome', 'background.js'), 'utf8') : '';
  // Every script file the background names (in `files: [...]` lists or ternaries of them):
  // the reader's (panel, Readability) come on open; the picker and the converters only when asked for.
  const named = new Set([...bg.matchAll(/["'`]([\w-]+\.(?:js|css))["'`]/g)].map((m) => m[1]!).filter((f) => existsSync(join(dist, 'chrome', f)) && f !== 'background.js'));
  const askedFor = (f: string): boolean => /^opencc-/.test(f) || f === 'picker.js';
  for (const f of named) if (!askedFor(f) && !['offscreen.js', 'options.js'].includes(f)) injected.add(f);
  const injectedGz = [...injected].filter((f) => existsSync(join(dist, 'chrome', f))).reduce((n, f) => n + gz(join(dist, 'chrome', f)), 0);
  const startGz = existsSync(join(dist, 'chrome', 'content.js')) ? gz(join(dist, 'chrome', 'content.js')) : 0;
  say(`Injected at start-up (content.js, on every known-site page and on the first click): **${kb(startGz)} gzipped** (target ≤ 40 KB); with what the background injects when the reader opens (dist/chrome: ${[...injected].join(', ') || 'none'}): ${kb(injectedGz)} gzipped.`);
  if (named.has('picker.js')) say(`Only when the user starts the picker: picker.js ${kb(gz(join(dist, 'chrome', 'picker.js')))} gzipped.`);
  // Injected only when the user asks for them (the 简/繁 converters, background/index.ts CONVERTERS).
  const onDemand = [...new Set([...bg.matchAll(/["'`](opencc-[\w-]+\.js)["'`]/g)].map((m) => m[1]!))].filter((f) => existsSync(join(dist, 'chrome', f)));
  if (onDemand.length) say(`Only when the user converts 简/繁: ${onDemand.map((f) => `${f} ${kb(gz(join(dist, 'chrome', f)))}`).join(', ')} gzipped.`);
  say();
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
  for (const browser of ['chrome', 'firefox']) {
    const dir = join(dist, browser);
    if (!existsSync(dir)) {
      say(`dist/${browser}: not built`);
      say();
      continue;
    }
    const list = files(dir).filter((f) => /\.(js|html|css|json)$/.test(f) && !f.includes('_locales'));
    const sizeRows = list.map((f) => [relative(dir, f), kb(statSync(f).size), kb(gz(f)), browser !== 'chrome' ? '' : injected.has(relative(dir, f)) ? 'injected' : /^opencc-|^picker\.js$/.test(relative(dir, f)) ? 'on demand' : '']);
    const locales = files(dir).filter((f) => f.includes('_locales'));
    if (locales.length) sizeRows.push([`_locales (${locales.length} files)`, kb(locales.reduce((n, f) => n + statSync(f).size, 0)), kb(locales.reduce((n, f) => n + gz(f), 0)), '']);
    say(`dist/${browser}:`);
    say();
    say(table(['file', 'size', 'gzipped', ''], sizeRows, ['l', 'r', 'r', 'l']));
    say();
  }
}

writeFileSync(join(ROOT, 'bench-results.md'), `${md.join('\n')}\n`);
console.log(`(written to bench-results.md${sink < 0 ? '' : ''})`);
