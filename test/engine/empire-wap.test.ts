// EmpireCMS's WAP module (/e/wap/show.php?…): bare <p>s, the text in the one opened by the
// bold 标题:/时间:/内容: labels, <br /> runs split into pages by character count, a pager line
// "上一页 下一页 (2/3)" right under the text, then 返回列表/网站首页 and a Powered by line.
import '../../src/engine/readability.js';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/engine/extract.js';
import { findRule } from '../../src/rules/index.js';
import { parseHtml } from '../../src/node/parse.js';

const Q = 'classid=5&id=301&style=0&bclassid=1&cid=5&cpage=0';
const URL1 = `http://wap.example-zongjie.cn/e/wap/show.php?${Q}`;
const url = (k: number): string => (k === 1 ? URL1 : `${URL1}&page=${k - 1}`);
const href = (k: number): string => `show.php?${Q.replace(/&/g, '&amp;')}${k === 1 ? '' : `&amp;page=${k - 1}`}`;

const TEXT = [
  '　　本学期，我校语文组紧紧围绕提高课堂效率这一中心，扎实开展各项教研活动。<br />　　一、加强集体备课<br />　　每周三下午为语文组集体备课时间，由备课组长确定主备人，',
  '大家共同研讨教学重难点。<br />　　二、开展听课评课<br />　　本学期组内教师共听课一百二十余节，每位教师都上了一节汇报课。<br />',
];

function page(k: number): string {
  const prev = k > 1 ? `<a href="${href(k - 1)}">上一页</a> ` : '';
  const next = k < TEXT.length ? `<a href="${href(k + 1)}">下一页</a> ` : '';
  return `<?xml version="1.0" encoding="utf-8"?><!DOCTYPE html PUBLIC "-//WAPFORUM//DTD XHTML Mobile 1.0//EN" "http://www.wapforum.org/DTD/xhtml-mobile10.dtd">
<html><head><title>语文组教研工作总结</title></head><body>
<p><a href="index.php?style=0">总结网WAP</a> &gt; <a href="list.php?classid=5&amp;style=0&amp;bclassid=1">教研总结</a></p>
<p><b>标题:</b>语文组教研工作总结<br />
<b>时间:</b>2024-06-28 16:40:05<br />
<b>内容:</b><br />
${TEXT[k - 1]}<br />
${prev}${next}(${k}/${TEXT.length})
</p>
<p><a href="list.php?classid=5&amp;style=0&amp;bclassid=1&amp;page=0">返回列表</a> <a href="index.php?style=0">网站首页</a></p>
<p><small>总结网 wap.example-zongjie.cn　Powered by EmpireCMS WAP</small></p>
</body></html>`;
}

describe('EmpireCMS WAP module', () => {
  it('is recognised by its links on any host, not on a page without them', () => {
    expect(findRule(parseHtml(page(1)), URL1)?.name).toBe('EmpireCMS · WAP module');
    expect(findRule(parseHtml(page(2)), 'file:///saved/show.php')?.name).toBe('EmpireCMS · WAP module');
    expect(findRule(parseHtml('<html><body><p><a href="index.php?style=0">首页</a></p><p>正文</p></body></html>'), URL1)).toBeNull();
  });

  it('reads the text only: labels, pager line, crumb, list links and the Powered by line go; the page breaks are joined', async () => {
    const pages = new Map([1, 2].map((k) => [url(k), page(k)]));
    const article = await extractArticle(parseHtml(page(1)), URL1, { fetchPage: async (u) => parseHtml(pages.get(u) ?? '') });
    expect(article.title).toBe('语文组教研工作总结');
    expect(article.pages).toBe(2);
    expect(article.pieces.flatMap((p) => p.paragraphs)).toEqual([
      '本学期，我校语文组紧紧围绕提高课堂效率这一中心，扎实开展各项教研活动。',
      '一、加强集体备课',
      '每周三下午为语文组集体备课时间，由备课组长确定主备人，大家共同研讨教学重难点。',
      '二、开展听课评课',
      '本学期组内教师共听课一百二十余节，每位教师都上了一节汇报课。',
    ]);
  });
});
