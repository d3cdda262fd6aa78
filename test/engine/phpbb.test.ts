// phpBB topics (prosilver): every post's text in order, without the poster's card, the post's
// subject line and buttons, the author line, the edit notice, the signature or the code box's
// label — and the board's name in the header's <h1> is not the title.
import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../../src/index.js';
import { findRule } from '../../src/rules/index.js';
import { parseHtml } from '../../src/node/parse.js';

const TOPIC = 'Sourdough starter smells of nail varnish after a week';
const POSTS = [
  ['My starter is eight days old and fed twice a day with equal weights of flour and water.', 'Since yesterday it smells sharply of nail varnish. Is it ruined, or is this normal at this stage?'],
  ['Perfectly normal. That smell is the yeast running out of food and making acetone-like by-products.', 'Feed it more often, or feed it a bigger share of fresh flour, and it will settle within a few days.'],
  ['Agree. I keep mine in the fridge between bakes and it does the same when I forget it for a fortnight.'],
];
const post = (i: number, paras: string[], extra = ''): string =>
  `<div id="p${700 + i}" class="post has-profile bg${(i % 2) + 1}"><div class="inner">` +
  `<dl class="postprofile" id="profile${700 + i}"><dt class="has-profile-rank no-avatar"><a href="./memberlist.php?mode=viewprofile&amp;u=${i}" class="username">baker${i}</a></dt><dd class="profile-rank">Member</dd><dd class="profile-posts"><strong>Posts:</strong> ${40 + i}</dd><dd class="profile-joined"><strong>Joined:</strong> Mar 2021</dd></dl>` +
  `<div class="postbody"><div id="post_content${700 + i}"><h3${i ? '' : ' class="first"'}><a href="./viewtopic.php?p=${700 + i}#p${700 + i}">${i ? 'Re: ' : ''}${TOPIC}</a></h3>` +
  `<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p=${700 + i}" class="button button-icon-only"><span>Quote</span></a></li></ul>` +
  `<p class="author"><span class="responsive-hide">by <strong><a href="./memberlist.php?u=${i}" class="username">baker${i}</a></strong> &raquo; </span>Tue Apr ${9 + i}, 2024 7:0${i} pm</p>` +
  `<div class="content">${paras.join('<br><br>')}${extra}</div>` +
  (i === 1 ? '<div class="notice">Last edited by baker1 on Wed Apr 10, 2024 8:15 pm, edited 1 time in total.</div>' : '') +
  `<div id="sig${700 + i}" class="signature">Bread is just patience you can eat.</div></div></div></div></div><hr class="divider">`;
const CODE = '<div class="codebox"><p>Code: <a href="#" onclick="selectCode(this); return false;">Select all</a></p><pre><code>100 g starter + 100 g flour + 100 g water</code></pre></div>';
const html =
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${TOPIC} - Home Bakers Forum</title></head><body id="phpbb" class="section-viewtopic">` +
  '<div id="page-header"><div class="headerbar"><div id="site-description" class="site-description"><a id="logo" class="logo" href="./index.php"><span class="site_logo"></span></a><h1>Home Bakers Forum</h1><p>Flour, water, salt and time</p></div></div></div>' +
  `<div id="page-body" class="page-body"><h2 class="topic-title"><a href="./viewtopic.php?t=311">${TOPIC}</a></h2>` +
  '<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=311" class="button"><span>Post Reply</span></a><div class="pagination">3 posts &bull; Page <strong>1</strong> of <strong>1</strong></div></div>' +
  POSTS.map((p, i) => post(i, p, i === 1 ? CODE : '')).join('') +
  '<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 2 guests</p></div></div>' +
  '<div id="page-footer" class="page-footer"><div class="copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>&reg; Forum Software &copy; phpBB Limited</div></div></body></html>';

describe('a phpBB topic', () => {
  it("is every post's text, under the topic's title", () => {
    const a = cleanHtml(html, 'https://forum.homebakers.example/viewtopic.php?t=311');
    expect(a.title).toBe(TOPIC);
    expect(a.pieces.flatMap((p) => p.paragraphs)).toEqual([...POSTS[0]!, ...POSTS[1]!, '100 g starter + 100 g flour + 100 g water', ...POSTS[2]!]);
  });

  it('is told from a forum list, which has no post bodies', () => {
    const list =
      '<!DOCTYPE html><html><head><title>Sourdough - Home Bakers Forum</title></head><body id="phpbb" class="section-viewforum"><div id="page-body"><h2 class="forum-title"><a href="./viewforum.php?f=4">Sourdough</a></h2>' +
      '<div class="forumbg"><ul class="topiclist topics"><li class="row bg1"><dl class="row-item"><dt><a href="./viewtopic.php?t=311" class="topictitle">Starter smells odd</a></dt><dd class="posts">2</dd></dl></li></ul></div></div></body></html>';
    expect(findRule(parseHtml(list), 'https://forum.homebakers.example/viewforum.php?f=4')).toBeNull();
    expect(findRule(parseHtml(html), 'https://forum.homebakers.example/viewtopic.php?t=311')?.name).toBe('phpBB topic (prosilver)');
  });
});
