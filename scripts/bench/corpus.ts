// The corpus pages for the benchmark: every page file of every case, decoded by its charset.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHtml } from '../../src/engine/decode.js';
import { parseHtml } from '../../src/node/parse.js';
import { findRule } from '../../src/rules/index.js';

export interface CasePage {
  /** "<case>/<file>" */
  id: string;
  caseName: string;
  file: string;
  url: string;
  html: string;
  charset: string;
  /** The case's first page (the one scored for quality). */
  first: boolean;
  /** A site rule recognises it (by host or by the template's fingerprints): a known template site. */
  known: boolean;
  /** The rule's name, or "generic". */
  rule: string;
}

export interface CorpusCase {
  name: string;
  dir: string;
  url: string;
  entry: string;
  pages: number;
}

export const CORPUS = join(import.meta.dirname, '..', '..', 'test', 'corpus');

/** The labelled cases under `root` (test/corpus by default; test/variants* for the blind cases). */
export function corpusCases(root = CORPUS): CorpusCase[] {
  return readdirSync(root)
    .filter((d) => existsSync(join(root, d, 'case.json')))
    .sort()
    .map((name) => {
      const meta = JSON.parse(readFileSync(join(root, name, 'case.json'), 'utf8')) as { url: string; entry: string; pages: number };
      return { name, dir: join(root, name), url: meta.url, entry: meta.entry, pages: meta.pages };
    });
}

/** Every blind variant case (test/variants, test/variants2, …). */
export function variantCases(): CorpusCase[] {
  const test = join(CORPUS, '..');
  return readdirSync(test)
    .filter((d) => /^variants\d*$/.test(d))
    .sort()
    .flatMap((d) => corpusCases(join(test, d)).map((c) => ({ ...c, name: `${d}/${c.name}` })));
}

/** A case's first page, decoded by its charset. */
export function firstPageHtml(c: CorpusCase): string {
  return decodeHtml(new Uint8Array(readFileSync(join(c.dir, c.entry)))).html;
}


/** The page's address: the entry's URL with the file name swapped for this page's. */
function pageUrl(c: CorpusCase, file: string): string {
  if (file === c.entry) return c.url;
  return new URL(file, c.url).href;
}

const naturally = new Intl.Collator('en', { numeric: true }).compare;

export function corpusPages(): CasePage[] {
  const out: CasePage[] = [];
  for (const c of corpusCases()) {
    const files = readdirSync(c.dir)
      .filter((f) => /\.(html?|shtml)$/i.test(f))
      .sort(naturally);
    for (const file of files) {
      const { html, charset } = decodeHtml(new Uint8Array(readFileSync(join(c.dir, file))));
      const url = pageUrl(c, file);
      const rule = findRule(parseHtml(html), url)?.name ?? 'generic';
      out.push({ id: `${c.name}/${file}`, caseName: c.name, file, url, html, charset, first: file === c.entry, known: rule !== 'generic', rule });
    }
  }
  return out;
}
