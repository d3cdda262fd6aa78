// `--rules FILE` through run() with the real engine: the user's rule changes the article, a
// bad file is one line naming the rule and the field, and nothing is cleaned then.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { memoryIo, tempDir } from './helpers.js';

const P = [
  '春天来了，校园里的花都开了，同学们在操场上快乐地奔跑，老师们站在一旁微笑着看着大家。',
  '我们班组织了一次春游活动，大家带着自己准备的食物，来到了城外的小山上，一起登高望远。',
];
const LEAK = '另外，学校食堂下周一起调整开放时间，请同学们留意班级群里的通知安排。';
const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>春游</title></head><body><div id="main"><h1>春游</h1>
<p>${P[0]}</p><div class="note-x">${LEAK}</div><p>${P[1]}</p></div></body></html>`;

async function cli(argv: string[]) {
  const io = memoryIo();
  const code = await run(argv, io);
  return { code, out: io.out(), err: io.err() };
}

const rules = (r: unknown) => JSON.stringify({ qingwenRules: 1, rules: r });

describe('--rules FILE', () => {
  it('applies the rule for the page host (and only there)', async () => {
    const dir = await tempDir({ 'a.html': PAGE, 'rules.json': rules([{ hosts: ['example.cn'], remove: ['.note-x'] }]) });
    const page = join(dir, 'a.html');
    const plain = await cli([page, '--url', 'https://www.example.cn/a.html', '--format', 'text']);
    expect(plain.out).toContain(LEAK);
    const ruled = await cli([page, '--url', 'https://www.example.cn/a.html', '--format', 'json', '--rules', join(dir, 'rules.json')]);
    expect(ruled.code).toBe(0);
    expect(JSON.parse(ruled.out).pieces[0].paragraphs).toEqual(P);
    const elsewhere = await cli([page, '--url', 'https://other.cn/a.html', '--format', 'text', `--rules=${join(dir, 'rules.json')}`]);
    expect(elsewhere.out).toBe(plain.out.replace('www.example.cn', 'other.cn'));
  });

  it('refuses a bad file in one line, exit code 1, before reading any page', async () => {
    const dir = await tempDir({
      'a.html': PAGE,
      'bad.json': rules([{ hosts: ['example.cn'] }, { hosts: ['example.cn'], keep: ['p', 'div[class'] }]),
      'notjson.json': '{"qingwenRules": 1, rules: []}',
      'latin1.json': new Uint8Array([0x7b, 0xff, 0x7d]),
    });
    const page = join(dir, 'a.html');
    const bad = await cli([page, '--rules', join(dir, 'bad.json')]);
    expect(bad).toEqual({ code: 1, out: '', err: `qingwen: ${join(dir, 'bad.json')}: bad rules file: rule 2, field "keep[2]": "div[class" is not a valid CSS selector\n` });
    expect((await cli([page, '--rules', join(dir, 'notjson.json')])).err).toBe(`qingwen: ${join(dir, 'notjson.json')}: bad rules file: it is not JSON\n`);
    expect((await cli([page, '--rules', join(dir, 'latin1.json')])).err).toContain('bad rules file: it is not UTF-8 text');
    const missing = await cli([page, '--rules', join(dir, 'none.json')]);
    expect(missing).toEqual({ code: 1, out: '', err: `qingwen: ${join(dir, 'none.json')}: no such file\n` });
    expect((await cli([page, '--rules', dir])).err).toContain('is a folder, not a rules file');
    const usage = await cli([page, '--rules']);
    expect(usage.code).toBe(2);
    expect(usage.err).toContain('--rules needs a value');
  });
});
