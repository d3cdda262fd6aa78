// "保存为测试页": the article and the pages it was read from, as one zip of a corpus case
// (format/test-case.ts) holding the folder "qingwen-case-<slug>/". One file rather than one
// download per page: a second save of the same page is "… (1).zip" beside the first, never
// a folder whose files the browser renamed one by one ("case (1).json") or a gold already
// corrected by hand written over.
import { zipSync } from 'fflate';
import { buildTestCase } from '../../format/test-case.js';
import type { WireArticle, WirePage } from '../messages.js';
import { downloadFile } from './download.js';

function fromBase64(data: string): Uint8Array {
  const s = atob(data);
  const bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
  return bytes;
}

/** The zip's bytes and its name. */
export function caseZip(article: WireArticle, pages: readonly WirePage[]): { bytes: Uint8Array; filename: string } {
  const c = buildTestCase(article, pages.map((p) => ({ url: p.url, contentType: p.contentType, bytes: fromBase64(p.data) })));
  const bytes = zipSync(Object.fromEntries(c.files.map((f) => [`${c.folder}/${f.name}`, f.bytes])), { level: 6 });
  return { bytes, filename: `${c.folder}.zip` };
}

export async function saveCase(article: WireArticle, pages: readonly WirePage[]): Promise<{ filename: string }> {
  const { bytes, filename } = caseZip(article, pages);
  return { filename: await downloadFile(bytes, filename) };
}
