// Qingwen's pipeline for one page, step by step, in the order src/engine/extract.ts runs
// them (firstPage → readBlocks → assemble), each step timed. Only exported step functions
// are called; the engine is not modified.
import { dropBoilerplate, dropRepeatedEdges } from '../../src/engine/boilerplate.js';
import { extractBlocks } from '../../src/engine/blocks.js';
import { locateByReadability, locateByRule, locateFallback } from '../../src/engine/locate.js';
import { findByline, findTitle, titleCount } from '../../src/engine/meta.js';
import { pruneBody, pruneHidden } from '../../src/engine/prune.js';
import { repairCuts } from '../../src/engine/repair.js';
import { segment } from '../../src/engine/segment.js';
import { Trace } from '../../src/engine/trace.js';
import { parseHtml } from '../../src/node/parse.js';
import { findRule } from '../../src/rules/index.js';

export const STEPS = [
  'parseHtml',
  'findRule',
  'cloneNode',
  'pruneHidden',
  'locateByRule',
  'locateByReadability',
  'locateFallback',
  'pruneBody',
  'extractBlocks',
  'findTitle',
  'dropRepeatedEdges',
  'dropBoilerplate',
  'repairCuts',
  'segment',
  'findByline',
] as const;
export type Step = (typeof STEPS)[number];

/** One pass over the page; returns each step's time in ms (0 for a step that did not run). */
export function timeSteps(html: string, url: string): Record<Step, number> {
  const t: Record<Step, number> = Object.fromEntries(STEPS.map((s) => [s, 0])) as Record<Step, number>;
  let last = performance.now();
  const lap = (s: Step) => {
    const now = performance.now();
    t[s] += now - last;
    last = now;
  };
  const trace = new Trace();
  const doc = parseHtml(html);
  lap('parseHtml');
  const rule = findRule(doc, url);
  lap('findRule');
  const work = doc.cloneNode(true) as Document;
  lap('cloneNode');
  pruneHidden(work, trace);
  lap('pruneHidden');
  let body = locateByRule(work, rule);
  lap('locateByRule');
  if (!body) {
    body = locateByReadability(work);
    lap('locateByReadability');
  }
  if (!body) {
    body = locateFallback(work);
    lap('locateFallback');
  }
  if (!body) return t;
  pruneBody(body, rule, trace);
  lap('pruneBody');
  const blocks = extractBlocks(body, 0);
  lap('extractBlocks');
  const { title } = findTitle(doc, rule);
  lap('findTitle');
  const perPage = dropRepeatedEdges([blocks], trace);
  lap('dropRepeatedEdges');
  const kept = dropBoilerplate(perPage.flat(), rule, title, trace);
  lap('dropBoilerplate');
  const repaired = repairCuts(kept, trace);
  lap('repairCuts');
  segment(repaired, title, titleCount(title));
  lap('segment');
  findByline(doc, rule);
  lap('findByline');
  return t;
}
