// Next-page fetches with limits, against a local server: a page that never answers times out,
// a huge page is refused (declared or streamed), an error status is named.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchLimited, PageFetchError } from '../../src/extension/content/fetch.js';

let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/hang') return; // never answers
    if (req.url === '/slow-body') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<p>start');
      return; // the body never ends
    }
    if (req.url === '/big-declared') return void res.writeHead(200, { 'content-length': String(5_000_000) }).end();
    if (req.url === '/big-streamed') {
      res.writeHead(200, { 'content-type': 'text/html' }); // chunked: no length announced
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      let sent = 0;
      const push = (): void => {
        while (sent < 3_000_000) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', push);
        }
        res.end();
      };
      return push();
    }
    if (req.url === '/missing') return void res.writeHead(404).end('no');
    res.writeHead(200, { 'content-type': 'text/html; charset=gbk' }).end(Buffer.from('<p>第二页</p>'));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

const limits = { timeoutMs: 300, maxBytes: 1024 * 1024 };
const failure = async (path: string) => {
  try {
    await fetchLimited(`${base}${path}`, limits);
  } catch (e) {
    return e instanceof PageFetchError ? e.failure : e;
  }
  throw new Error('no failure');
};

describe('fetchLimited', () => {
  it('returns the bytes, the content type and the final URL', async () => {
    const page = await fetchLimited(`${base}/ok`, limits);
    expect(new TextDecoder().decode(page.bytes)).toBe('<p>第二页</p>');
    expect(page.contentType).toBe('text/html; charset=gbk');
    expect(page.url).toBe(`${base}/ok`);
  });
  it('gives up on a page that never answers, or whose body never ends', async () => {
    const t0 = Date.now();
    expect(await failure('/hang')).toEqual({ kind: 'timeout', seconds: 0.3 });
    expect(await failure('/slow-body')).toEqual({ kind: 'timeout', seconds: 0.3 });
    expect(Date.now() - t0).toBeLessThan(2000);
  });
  it('refuses a page larger than the cap, announced or not', async () => {
    expect(await failure('/big-declared')).toEqual({ kind: 'too-large', megabytes: 1 });
    expect(await failure('/big-streamed')).toEqual({ kind: 'too-large', megabytes: 1 });
  });
  it('names an error status', async () => {
    expect(await failure('/missing')).toEqual({ kind: 'http', status: 404 });
  });
});

describe('a next page that redirects to another site', () => {
  it('is refused, whatever CORS the other site allows', async () => {
    const { fetchLimited, PageFetchError } = await import('../../src/extension/content/fetch.js');
    const fake = (async () => ({ ok: true, status: 200, url: 'https://elsewhere.example/a.html', headers: new Headers(), body: null, arrayBuffer: async () => new ArrayBuffer(8) })) as unknown as typeof fetch;
    const err = await fetchLimited('http://xiaorob.com/a_2.html', undefined, {}, fake).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PageFetchError);
    expect((err as InstanceType<typeof PageFetchError>).failure).toEqual({ kind: 'elsewhere' });
    const same = (async () => ({ ok: true, status: 200, url: 'http://xiaorob.com/a_2.html', headers: new Headers(), body: null, arrayBuffer: async () => new ArrayBuffer(8) })) as unknown as typeof fetch;
    expect((await fetchLimited('http://xiaorob.com/a_2.html', undefined, {}, same)).bytes.byteLength).toBe(8);
  });
});
