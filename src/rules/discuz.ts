import { defineRule } from './define.js';

// Discuz! X portal articles (portal.php?mod=view&aid=…; the default template's view_article):
// title in h1.ph, the 发布者/查看/评论 line in p.xg1, a 摘要 box (div.s) repeating the opening,
// the body in td#article_content, pages in div.pg (…&page=2, a.nxt 下一页), comments in #comment.
// Forum threads (forum.php?mod=viewthread) are another template and are not matched here.
export default defineRule({
  name: 'Discuz! portal article',
  hosts: [],
  fingerprints: ['td#article_content', 'h1.ph', 'meta[name="generator"][content*="Discuz"]', 'table.vwtb'],
  minFingerprints: 2,
  title: 'h1.ph',
  body: 'td#article_content',
  info: 'p.xg1',
  pager: 'div.pg',
  remove: ['div.pg'],
});
