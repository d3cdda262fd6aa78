import { describe, expect, it } from 'vitest';
import { declaredUrl, pageFromBytes, savedFromUrl } from '../../src/cli/html.js';
import { parseHtml } from '../../src/node/parse.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('pageFromBytes', () => {
  it('parses a page', () => {
    const { doc, warning } = pageFromBytes(utf8('<html><head><meta charset="utf-8"><title>标题</title></head><body><p>正文</p></body></html>'));
    expect(doc.querySelector('p')?.textContent).toBe('正文');
    expect(warning).toBeNull();
  });

  it('decodes GBK bytes by the page’s <meta> charset', () => {
    // "正文" in GBK
    const bytes = new Uint8Array([...utf8('<meta charset="gbk"><p>'), 0xd5, 0xfd, 0xce, 0xc4, ...utf8('</p>')]);
    expect(pageFromBytes(bytes).doc.querySelector('p')?.textContent).toBe('正文');
  });

  it('accepts UTF-16 with a BOM although it holds NUL bytes', () => {
    const text = '<p>正文</p>';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) new DataView(bytes.buffer).setUint16(2 + i * 2, text.charCodeAt(i), true);
    expect(pageFromBytes(bytes).doc.querySelector('p')?.textContent).toBe('正文');
  });

  it('refuses an empty page, or one of white space only', () => {
    expect(() => pageFromBytes(new Uint8Array())).toThrow('the page is empty');
    expect(() => pageFromBytes(utf8(' \n\t\r\n'))).toThrow('the page is empty');
  });

  it('refuses binary data', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(() => pageFromBytes(png)).toThrow('not an HTML page (binary data)');
    const controls = new Uint8Array(200).fill(0x41);
    controls.set([1, 2, 3, 4, 5], 10);
    expect(() => pageFromBytes(controls)).toThrow('binary data');
  });

  it('refuses text without any tag', () => {
    expect(() => pageFromBytes(utf8('just some words, 1 < 2 and 3 > 2'))).toThrow('not an HTML page (no tags)');
    expect(() => pageFromBytes(utf8('{"title": "json"}'))).toThrow('no tags');
  });

  it('carries the QingwenError code', () => {
    expect.assertions(1);
    try {
      pageFromBytes(utf8('plain'));
    } catch (e) {
      expect((e as { code?: string }).code).toBe('not-html');
    }
  });
});

describe('declaredUrl', () => {
  it('prefers <link rel=canonical>, then og:url', () => {
    const both = parseHtml('<html><head><link rel="canonical" href="https://a.com/1.html"><meta property="og:url" content="https://b.com/"></head></html>');
    expect(declaredUrl(both)).toBe('https://a.com/1.html');
    const og = parseHtml('<html><head><meta property="og:url" content="https://b.com/x"></head></html>');
    expect(declaredUrl(og)).toBe('https://b.com/x');
  });

  it('ignores relative or non-web addresses', () => {
    expect(declaredUrl(parseHtml('<html><head><link rel="canonical" href="/1.html"></head></html>'))).toBeNull();
    expect(declaredUrl(parseHtml('<html><head><link rel="canonical" href="javascript:x"></head></html>'))).toBeNull();
    expect(declaredUrl(parseHtml('<html><head></head><body></body></html>'))).toBeNull();
  });
});

describe('savedFromUrl', () => {
  it('reads the comment Chrome writes when saving a page', () => {
    expect(savedFromUrl('<!DOCTYPE html>\n<!-- saved from url=(0047)https://xiaorob.com/zhuanti/fanwen/169108.html -->\n<html>')).toBe(
      'https://xiaorob.com/zhuanti/fanwen/169108.html',
    );
  });
  it('reads SingleFile’s comment', () => {
    expect(savedFromUrl('<!DOCTYPE html> <html><!--\n Page saved with SingleFile \n url: https://www.fanwenku.net/a/2231.html \n saved date: x\n-->')).toBe(
      'https://www.fanwenku.net/a/2231.html',
    );
  });
  it('is null without such a comment', () => {
    expect(savedFromUrl('<html><!-- saved from url=(0010)about:blank --></html>')).toBeNull();
  });
});
