// Serves the corpus pages under their real host names from 127.0.0.1 (port 0). Chromium maps
// the hosts here with --host-resolver-rules; Firefox uses this server as its HTTP proxy, so
// requests may come in absolute form ("GET http://xiaorob.com/… HTTP/1.1").
import { readFileSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, posix } from 'node:path';

export const CORPUS = join(import.meta.dirname, '../../corpus');

export interface CaseInfo {
  name: string;
  url: string;
  entry: string;
  pages: number;
  encoding: string;
}

export interface Gold {
  title: string;
  pieces: { heading: string | null; paragraphs: string[] }[];
}

export function loadCase(name: string): { info: CaseInfo; gold: Gold } {
  const dir = join(CORPUS, name);
  const info = { name, ...JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) } as CaseInfo;
  return { info, gold: JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Gold };
}

/** The URL a case is served at: its real URL, but over plain http (as many of these sites are). */
export function servedUrl(info: CaseInfo): string {
  const u = new URL(info.url);
  return `http://${u.host}${u.pathname}`;
}

export interface TestServer {
  port: number;
  hosts: string[];
  /** Extra routes: "host/path" → [content type, body]. */
  routes: Map<string, [string, string | Buffer]>;
  /** Requests seen ("host/path"), for debugging. */
  seen: string[];
  /** Simulated latency: how long to wait before answering a request for "host/path" (default none). */
  delay: (key: string) => number;
  /** Requests being answered now, and the most at once since the last reset. */
  inFlight: number;
  maxInFlight: number;
  close(): Promise<void>;
}

export async function startServer(): Promise<TestServer> {
  const routes = new Map<string, [string, string | Buffer]>();
  const hosts = new Set<string>();
  for (const name of readdirSync(CORPUS, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
    const { info } = loadCase(name);
    const u = new URL(info.url);
    hosts.add(u.hostname);
    const base = posix.dirname(u.pathname);
    for (const file of readdirSync(join(CORPUS, name))) {
      if (file.endsWith('.json')) continue;
      const path = u.pathname.endsWith('/') && file === info.entry ? u.pathname : posix.join(base, file);
      // No charset in the header: the pages' own <meta> has to be honoured (GBK included).
      routes.set(`${u.hostname}${path}`, ['text/html', readFileSync(join(CORPUS, name, file))]);
    }
  }
  const seen: string[] = [];
  const api: TestServer = {
    port: 0,
    hosts: [...hosts],
    routes,
    seen,
    delay: () => 0,
    inFlight: 0,
    maxInFlight: 0,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
    const key = `${url.hostname}${url.pathname}`;
    seen.push(`${req.method} ${key}`);
    const wait = api.delay(key);
    if (wait > 0) {
      api.inFlight++;
      api.maxInFlight = Math.max(api.maxInFlight, api.inFlight);
      await new Promise((r) => setTimeout(r, wait));
      api.inFlight--;
    }
    if (req.method === 'POST') {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        routes.set(`POST ${key}`, ['application/json', Buffer.concat(chunks)]);
        res.writeHead(204).end();
      });
      return;
    }
    const hit = routes.get(key);
    if (!hit) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    res.writeHead(200, { 'content-type': hit[0], 'cache-control': 'no-store' }).end(hit[1]);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  api.port = port;
  routes.set(`127.0.0.1/blank`, ['text/html; charset=utf-8', '<!doctype html><title>blank</title><p>clipboard reader</p>']);
  return api;
}
