// Qingwen's pipeline for one page, step by step: the engine times its own steps when given a
// clock (Article.timings), so this measures the real pipeline, not a copy of it.
import '../../src/engine/readability.js';
import { cleanDocument } from '../../src/engine/extract.js';
import { parseHtml } from '../../src/node/parse.js';

export const STEPS = [
  'parseHtml',
  'findRule',
  'findTitle',
  'findByline',
  'readPager',
  'prunePage',
  'layout',
  'locateByRule',
  'locateByParagraphs',
  'locateByReadability',
  'isListing',
  'pruneBody',
  'extractBlocks',
  'dropRepeatedEdges',
  'dropBoilerplate',
  'repairCuts',
  'segment',
] as const;
export type Step = (typeof STEPS)[number];

/** One pass over the page; returns each step's time in ms (0 for a step that did not run). */
export function timeSteps(html: string, url: string): Record<Step, number> {
  const t: Record<Step, number> = Object.fromEntries(STEPS.map((s) => [s, 0])) as Record<Step, number>;
  const start = performance.now();
  const doc = parseHtml(html);
  t.parseHtml = performance.now() - start;
  const article = cleanDocument(doc, url, { disposable: true, clock: () => performance.now() });
  for (const [step, ms] of Object.entries(article.timings ?? {})) if (step in t) t[step as Step] += ms;
  return t;
}
