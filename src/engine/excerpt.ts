// A teaser before the text: "一、教学内容人教版一年级上册……作为一名教育工作者，常常需要准备教案…" —
// the article's own opening cut off with an ellipsis, then a canned sentence. It repeats the
// text that follows, so it is known by that: its part before the ellipsis (or all of it, for a
// summary box that copies the opening) stands at the start of the article's text (blocks glued
// together, as an excerpt is taken).
import type { Block } from './blocks.js';
import { squash } from './text.js';
import { anchorAt } from './removed-places.js';
import type { Trace } from './trace.js';

const TEASER = /^(.{8,80}?)(?:…{1,2}|\.{3,6}|。{3})(.*)$/s;
/** Only the first blocks of the article are looked at, and this much text after them. */
const LEADING = 3;
const LOOKAHEAD = 12;
/** A summary repeated whole is a sentence at least: shorter lines (a salutation) may recur. */
const MIN_WHOLE = 20;

export function dropExcerptIntro(blocks: Block[], trace: Trace): Block[] {
  const out = [...blocks];
  for (let i = 0; i < Math.min(LEADING, out.length); i++) {
    const b = out[i]!;
    if (b.media || b.item) continue;
    // Cut off with an ellipsis, or whole: a summary box that repeats the opening paragraph word for word.
    const m = TEASER.exec(b.text);
    const head = m ? squash(m[1]!) : squash(b.text);
    if (!m && head.length < MIN_WHOLE) continue;
    const after = squash(out.slice(i + 1, i + 1 + LOOKAHEAD).map((x) => x.text).join(''));
    const at = after.indexOf(head);
    // The excerpt opens the text after it (a marker line may stand before: "篇一" + the opening).
    // A whole repeat stands right before its copy (no table or image between them).
    if (at < 0 || at > (m ? 40 : 0) || (!m && out[i + 1]?.barrier)) continue;
    // A line said three times over is the text's own (a refrain), not a summary and its copy.
    if (!m && out[i + 2] && squash(out[i + 2]!.text) === head) continue;
    trace.add('boilerplate', 'excerpt teaser', b.text, { anchor: anchorAt(out, i) });
    out.splice(i, 1);
    const next = out[i];
    if (b.cut && next && !next.cut) next.cut = b.cut;
    i--;
  }
  return out;
}
