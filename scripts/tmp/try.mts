import { cleanHtml } from '../../src/index.js';
const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>2024年小学班主任工作计划范文_某某教育网</title></head><body>
<div id="header"><a href="/"><img src="/static/logo.png"></a><ul class="menu"><li><a href="/">首页</a></li><li><a href="/jh/">计划</a></li></ul></div>
<div class="main"><div class="left"><article class="post">
<h1 class="post-title">2024年小学班主任工作计划范文</h1>
<div class="meta">发布时间：2024-03-01 作者：admin 浏览：123</div>
<div class="post-content">
<p>　　新学期开始了，为了更好地做好班主任工作，特制定本计划。本计划结合班级实际情况，从以下几个方面展开。</p>
<h2>一、班级情况分析</h2>
<p>　　本班共有学生45人，其中男生23人，女生22人。大部分学生学习习惯良好，但也有少数学生自律性较差。</p>
<figure><img class="lazyload" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="//cdn.example.edu/img/2024/class.jpg" alt="班级合影"><figcaption>图1 班级合影</figcaption></figure>
<h2>二、工作目标</h2>
<ol><li><p>培养学生良好的行为习惯。</p></li><li><p>提高班级整体学习成绩，</p><p>力争期末考试平均分提高5分。</p></li></ol>
<h2>三、具体安排</h2>
<table class="table"><thead><tr><th>月份</th><th>工作内容</th><th>负责人</th></tr></thead>
<tbody><tr><td>三月</td><td><p>开学常规教育</p><p>选举班干部</p></td><td>班主任</td></tr>
<tr><td>四月</td><td>春游活动</td><td rowspan="2">班委会</td></tr>
<tr><td>五月</td><td>期中考试总结</td></tr></tbody></table>
<blockquote><p>教育是一棵树摇动另一棵树。</p></blockquote>
<p>　　以上就是本学期的工作计划，我们将在实践中不断完善。</p>
<div class="share">分享到：<a href="#">微信</a><a href="#">微博</a></div>
</div></article></div>
<div class="sidebar"><h3>热门文章</h3><ul><li><a href="/1.html"><img src="/thumb/1.jpg">班主任工作总结</a></li></ul></div></div>
<div id="footer">Copyright © 2024 某某教育网</div></body></html>`;
const a = cleanHtml(html, 'http://www.example.edu/jh/2024/0301/1234.html');
console.log(a.title, a.rule);
for (const p of a.pieces) { console.log('## ', p.heading); for (const b of p.blocks ?? []) console.log(JSON.stringify(b)); }
