// A page saved as a test case (format/test-case.ts, the extension's "保存为测试页" and the CLI's
// --save-case): the project's own corpus loader reads it back, and with its own result as the
// gold it scores perfect by the scorer's rules (test/helpers/score.ts, a port of score.py).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanHtmlPaged, decodeHtml, parseHtml } from '../../src/index.js';
import { pageFileName } from '../../src/format/page-files.js';
import { buildTestCase, caseSlug, entryFileName, type CasePage, type TestCase } from '../../src/format/test-case.js';
import { runCase } from '../helpers/corpus-case.js';

const CORPUS = join(import.meta.dirname, '../corpus');
const tmp = mkdtempSync(join(tmpdir(), 'qingwen-case-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Reads a corpus case as a browser would have fetched it: every page's bytes, in the order the engine asked for them. */
async function readAsServed(dir: string, contentType: (file: string) => string | null = () => null, strip = (b: Uint8Array) => b) {
  const info = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as { url: string; entry: string };
  const entry = strip(new Uint8Array(readFileSync(join(dir, info.entry))));
  const pages: CasePage[] = [{ url: info.url, bytes: entry, contentType: contentType(info.entry) }];
  const article = await cleanHtmlPaged(decodeHtml(entry, contentType(info.entry)).html, info.url, {
    fetchPage: async (url) => {
      const file = pageFileName(url, info.url);
      const bytes = strip(new Uint8Array(readFileSync(join(dir, file))));
      pages.push({ url, bytes, contentType: contentType(file) });
      return parseHtml(decodeHtml(bytes, contentType(file)).html);
    },
  });
  return { article, pages: article.pageUrls.map((u) => pages.find((p) => p.url === u)!).filter(Boolean) };
}

function write(c: TestCase): string {
  const dir = join(tmp, c.folder);
  for (const f of c.files) {
    mkdirSync(dirname(join(dir, f.name)), { recursive: true });
    writeFileSync(join(dir, f.name), f.bytes);
  }
  return dir;
}

describe('a saved test case', () => {
  it('of a 9-page article: every page in order, read back by the corpus loader, perfect against itself', async () => {
    const { article, pages } = await readAsServed(join(CORPUS, 'xiaorob-school-speeches-paged'));
    expect(pages).toHaveLength(9);
    const c = buildTestCase(article, pages);
    expect(c.folder).toBe('qingwen-case-xiaorob-com-169108');
    const dir = write(c);
    const info = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8'));
    expect(info).toMatchObject({ url: article.url, entry: '169108.html', pages: 9, encoding: 'utf-8' });
    expect(info.files).toEqual(['169108.html', ...Array.from({ length: 8 }, (_, i) => `169108_${i + 2}.html`)]);
    // The bytes as served: the page files are the corpus's own.
    expect(readFileSync(join(dir, '169108_5.html'))).toEqual(readFileSync(join(CORPUS, 'xiaorob-school-speeches-paged/169108_5.html')));
    const r = await runCase(dir);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.json.pages).toBe(9);
    expect(r.score).toMatchObject({ perfect: true, leakedChars: 0, lostChars: 0, leftSplit: 0 });
    // And its gold is the shared gold: the engine reads this case perfectly.
    const shared = JSON.parse(readFileSync(join(CORPUS, 'xiaorob-school-speeches-paged/expected.json'), 'utf8'));
    expect(JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'))).toEqual({ url: shared.url, title: shared.title, pieces: shared.pieces });
  });

  it('of a GB2312 page: the bytes kept in their charset; a charset only the HTTP header named is written into the file', async () => {
    const { article, pages } = await readAsServed(join(CORPUS, 'dede-gb2312-teacher-paged'));
    const dir = write(buildTestCase(article, pages));
    expect(JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8'))).toMatchObject({ pages: 3, encoding: 'gb18030' });
    expect((await runCase(dir)).score.perfect).toBe(true);

  });

  it('of a Big5 page whose charset only the HTTP header names: the charset is written into the file', async () => {
    // The page's <meta> taken out (as Latin-1, byte for byte), its charset in the header only.
    const noMeta = (b: Uint8Array) => Uint8Array.from(new TextDecoder('latin1').decode(b).replace(/<meta[^>]*charset[^>]*>/gi, ''), (ch) => ch.charCodeAt(0));
    const { article, pages } = await readAsServed(join(import.meta.dirname, '../variants/big5-tw-reading-notes'), () => 'text/html; charset=big5', noMeta);
    expect(decodeHtml(pages[0]!.bytes, null).charset).not.toBe('big5');
    const c = buildTestCase(article, pages);
    expect(new TextDecoder().decode(c.files[0]!.bytes.subarray(0, 23))).toBe('<meta charset="big5">\n<');
    const dir = write(c);
    expect(JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8'))).toMatchObject({ encoding: 'big5' });
    const r = await runCase(dir);
    expect(r.score).toMatchObject({ perfect: true, leakedChars: 0, lostChars: 0 });
    expect(r.gold.title).toBe(article.title);
  });

  it('names: a slug of the address, a folder page as index.html, no two pages under one name', () => {
    expect(caseSlug('https://www.oh100.com/a/202301/5501.html')).toBe('oh100-com-5501');
    expect(caseSlug('https://blog.example-dev.cn/posts/rust-cli-tips/')).toBe('blog-example-dev-cn-rust-cli-tips');
    expect(caseSlug('http://x.cn/文章/')).toBe('x-cn');
    expect(entryFileName('https://blog.example-dev.cn/posts/rust-cli-tips/')).toBe('index.html');
    expect(entryFileName('https://x.cn/a/9527.htm')).toBe('9527.htm');
    const page = (url: string): CasePage => ({ url, bytes: new TextEncoder().encode('<p>x'), contentType: null });
    const article = { url: 'https://x.cn/a/', title: 't', pieces: [] };
    expect(buildTestCase(article, [page('https://x.cn/a/'), page('https://x.cn/a/2/')]).files.map((f) => f.name)).toEqual(['index.html', '2/index.html', 'case.json', 'expected.json']);
    expect(() => buildTestCase({ ...article, url: 'https://x.cn/a/1.html' }, [page('https://x.cn/a/1.html'), page('https://x.cn/b/1.html')])).toThrow('one name');
    expect(() => buildTestCase(article, [])).toThrow();
  });
});
