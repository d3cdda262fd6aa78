// Bad input files through the CLI (in-process and the built bin) and the engine:
// a one-line message on stderr, a non-zero exit, never a stack trace.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { QingwenError, cleanHtml, decodeHtml } from '../../src/index.js';
import { bin, cli, corpusFile, expectCleanFailure, prng, tempDir } from './helpers.js';

const URL = 'https://xiaorob.com/zuowen/1.html';
let dir: string;
const files: Record<string, string> = {};

const LOGIN = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>用户登录_小六范文网</title></head><body>
<div class="header"><a href="/">首页</a> <a href="/zuowen/">作文大全</a></div>
<form action="/e/member/doaction.php" method="post"><h2>会员登录</h2>
<p><label>用户名：<input name="username"></label></p><p><label>密码：<input type="password" name="password"></label></p>
<p><button>登录</button> <a href="/e/member/register/">注册</a> <a href="/e/member/GetPassword/">忘记密码？</a></p></form>
<div class="footer">Copyright 小六范文网</div></body></html>`;

function randomBytes(n: number, seed: number): Uint8Array {
  const r = prng(seed);
  const b = new Uint8Array(n);
  for (let i = 0; i < n; i++) b[i] = Math.floor(r() * 256);
  return b;
}

beforeAll(() => {
  dir = tempDir();
  files.empty = join(dir, 'empty.html');
  writeFileSync(files.empty, '');
  files.random = join(dir, 'random.html');
  writeFileSync(files.random, randomBytes(200 * 1024, 42));
  files.login = join(dir, 'login.html');
  writeFileSync(files.login, LOGIN);
  files.missing = join(dir, 'no-such-page.html');
  // A folder of mixed files: one good page, a PNG, an empty page, a PNG saved as .html.
  files.mixed = join(dir, 'mixed');
  mkdirSync(files.mixed);
  writeFileSync(join(files.mixed, '168842.html'), corpusFile('xiaorob-my-mother-single', '168842.html'));
  writeFileSync(join(files.mixed, 'photo.png'), Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'));
  writeFileSync(join(files.mixed, 'blank.html'), '');
});

describe('bad input files, through the CLI', () => {
  it('an empty file', async () => {
    const r = await cli([files.empty!, '--url', URL]);
    expectCleanFailure(r);
    expect(r.err).toContain('empty.html');
    expect(r.out).toBe('');
  });

  it('a missing file', async () => {
    const r = await cli([files.missing!]);
    expectCleanFailure(r);
    expect(r.err).toContain('no-such-page.html');
  });

  it('200 KB of random bytes', async () => {
    for (const args of [[files.random!, '--url', URL], [files.random!]]) {
      const r = await cli(args);
      expectCleanFailure(r);
      expect(r.err).toContain('random.html');
    }
  });

  it('a page with no article (a login form)', async () => {
    const r = await cli([files.login!, '--url', 'https://xiaorob.com/e/member/login/']);
    expectCleanFailure(r);
    expect(r.err).toMatch(/login\.html: .*(article|text)/);
    expect(r.out).toBe('');
    const generic = await cli([files.login!, '--url', 'https://www.example.cn/login.html']);
    expectCleanFailure(generic);
    const b = bin([files.login!]);
    if (b) expectCleanFailure(b);
  });

  it('a folder of mixed files: the page is cleaned, the empty page named in one line, the PNG not read', async () => {
    for (const format of ['md', 'json'] as const) {
      const r = await cli([files.mixed!, '--format', format]);
      expectCleanFailure(r, 1);
      expect(r.err).toContain('blank.html');
      expect(r.err).not.toContain('photo.png');
      expect(r.out).toContain('我的妈妈');
      if (format === 'json') {
        const arr = JSON.parse(r.out) as { title: string }[];
        expect(arr).toHaveLength(1);
      }
    }
  });

  it('the built bin says the same in one line, without a stack trace', () => {
    for (const [args, name] of [
      [[files.empty!, '--url', URL], 'empty.html'],
      [[files.missing!], 'no-such-page.html'],
      [[files.random!, '--url', URL], 'random.html'],
    ] as const) {
      const r = bin([...args]);
      if (!r) return; // not built: the in-process tests above still ran
      expectCleanFailure(r);
      expect(r.err).toContain(name);
    }
    const mixed = bin([files.mixed!]);
    if (mixed) {
      expectCleanFailure(mixed, 1);
      expect(mixed.out).toContain('我的妈妈');
    }
  });
});

describe('bad input, through the engine', () => {
  const failsClearly = (html: string) => {
    let err: unknown = null;
    try {
      cleanHtml(html, URL);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(QingwenError);
    expect((err as Error).message).not.toContain('\n');
  };
  it('empty HTML is a QingwenError, not a crash', () => failsClearly(''));
  it('white space only', () => failsClearly(' \n\t '));
  it('decoded random bytes: no crash (the CLI rejects the bytes as binary before the engine)', () => {
    try {
      cleanHtml(decodeHtml(randomBytes(200 * 1024, 7)).html, URL);
    } catch (e) {
      expect(e).toBeInstanceOf(QingwenError);
    }
  });
  it('a login form', () => failsClearly(LOGIN));
  it('decodeHtml never throws on random bytes and says so', () => {
    for (const seed of [1, 2, 3]) {
      const d = decodeHtml(randomBytes(64 * 1024, seed));
      expect(typeof d.html).toBe('string');
      expect(d.warning).not.toBeNull();
    }
  });
});
