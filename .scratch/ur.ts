import '../src/engine/readability.js';
import { parseHtml } from '../src/node/parse.js';
import { readBlocks } from '../src/engine/extract.js';
import { cleanDocument } from '../src/engine/extract.js';
import { Trace } from '../src/engine/trace.js';
const P = ['春天来了，校园里的花都开了，同学们在操场上快乐地奔跑，老师们站在一旁微笑着看着大家。','我们班组织了一次春游活动，大家带着自己准备的食物，来到了城外的小山上，一起登高望远。','这次活动让我明白了团结的重要，也让我更加热爱我们这个温暖的集体，我会永远记住这一天。'];
const html = `<html><head><title>一次难忘的春游</title></head><body>
<div id="nav"><a href="/">首页</a> <a href="/a">作文</a></div>
<div class="intro">编者按：这是一篇学生习作，记录了春游的点滴，值得一读。</div>
<div id="main"><h1>一次难忘的春游</h1>
<p>${P[0]}</p><p>${P[1]}</p><p>${P[2]}</p><p style="display:none">后记：回家以后我把这一天写进了日记。</p></div>
</body></html>`;
const probe: any = {};
const b = readBlocks(parseHtml(html), 'https://www.example.cn/a/1.html', null, 0, new Trace(), false, { probe });
console.log(probe.via, b?.map((x) => x.text.slice(0, 20)));
const a = cleanDocument(parseHtml(html), 'https://www.example.cn/a/1.html', { disposable: true });
console.log(a.notes, a.pieces.map((p) => p.paragraphs.map((x) => x.slice(0, 10))));
