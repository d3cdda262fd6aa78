// Mobile templates set an "open the app" box or a lead form between the halves of a sentence
// (blind round 59: m.ruiwen, m.xuexila, m.liuxue86): the box goes and the sentence is whole again.
import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../../src/index.js';

const page = (box: string, after = '') =>
  '<!doctype html><html><head><meta charset="utf-8"><title>春游记_某某范文网</title></head><body><div class="top"><a href="/">首页</a></div>' +
  '<div class="art"><h1>春游记</h1><div class="con">' +
  '<p>　　星期六早上，老师带着我们去郊外的山坡上春游。一路上，同学们有说有笑，连平时最安静的小林也唱起了歌。</p>' +
  `<p>　　到了山脚下，我们先在草地上做游戏，</p>${box}<p>然后排着队往山顶爬，谁也不肯落在后面。</p>${after}` +
  '<p>　　傍晚回到学校，我的腿又酸又胀，心里却满是快乐。这真是难忘的一天。</p></div></div></body></html>';
const text = (html: string) => cleanHtml(html, 'https://m.fanwen.example/zuowen/123.html').pieces.flatMap((p) => p.paragraphs);
const JOINED = '到了山脚下，我们先在草地上做游戏，然后排着队往山顶爬，谁也不肯落在后面。';

describe('a box that sells the app or takes a lead, cutting a sentence', () => {
  it('an "open the app" box goes, and the sentence is joined', () => {
    const box = '<div class="open_app_box"><div class="txt"><p class="t1">打开某某范文网APP</p><p class="t2">海量范文免费看，阅读体验更流畅</p></div><a class="btn" href="/app/">打开APP阅读</a></div>';
    expect(text(page(box))[1]).toBe(JOINED);
    expect(text(page(box)).join('')).not.toMatch(/APP/);
  });
  it('a lead form (fields, a button, a pitch) goes, and the sentence is joined', () => {
    const box = '<div class="form-b1"><p class="tit">免费获取升学方案</p><input type="text" name="name" placeholder="您的姓名"><input type="tel" name="phone" placeholder="手机号码"><button type="button">立即申请</button><p class="fs12">已帮助40万家长</p></div>';
    expect(text(page(box))[1]).toBe(JOINED);
  });
  it('keeps a box that holds a sentence, even with an app link in it', () => {
    const note = '<div class="note"><p>注：文中的山坡就是学校后面的青龙山。</p><a href="/app/">下载APP</a></div>';
    expect(text(page('', note))).toContain('注：文中的山坡就是学校后面的青龙山。');
  });
});
