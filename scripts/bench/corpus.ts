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

export function corpusCases(): CorpusCase[] {
  return readdirSync(CORPUS)
    .filter((d) => existsSync(join(CORPUS, d, 'case.json')))
    .sort()
    .map((name) => {
      const meta = JSON.parse(readFileSync(join(CORPUS, name, 'case.json'), 'utf8')) as { url: string; entry: string; pages: number };
      return { name, dir: join(CORPUS, name), url: meta.url, entry: meta.entry, pages: meta.pages };
    });
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
