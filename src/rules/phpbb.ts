import { defineRule } from './define.js';

// phpBB 3.x topics in the default prosilver style (viewtopic.php?t=…): the topic's title in
// h2.topic-title (the header's <h1> is the board's name), each post a div.post whose text is
// its div.postbody's div.content; the poster's card (dl.postprofile), the post's subject line,
// buttons, author line, edit notice and signature sit beside it. A code box's "Code: Select all"
// label is the style's. The board index and forum lists have no post bodies and are not matched.
export default defineRule({
  name: 'phpBB topic (prosilver)',
  hosts: [],
  fingerprints: ['div.post div.postbody', 'dl.postprofile', 'h2.topic-title', 'body#phpbb'],
  minFingerprints: 2,
  title: 'h2.topic-title',
  body: 'div.post div.postbody div.content',
  remove: ['div.codebox > p'],
});
