// See and undo (issue 10): a switch in the header shows what the engine removed, each in its
// place among the kept blocks (greyed, with its reason), and one click puts it back; any kept
// block can be removed by hand (× on hover, reachable by Tab: panel-cross.ts), with an undo in the status line.
// What copy and download write is the article as the user left it (removed-edits.ts). Removed
// text is page text: it is set as text only, never parsed as HTML.
import { t } from '../i18n.js';
import { Cross } from './panel-cross.js';
import { Edits, type EditedArticle, type RemovedItem } from './removed-edits.js';
import { button, el } from './view.js';
import type { Article } from '../../engine/types.js';

/** The engine's reasons (Trace.add) under a handful of names a reader understands; others are just "removed". */
const LABELS: Record<string, string> = {
  'ad slot': 'rmAd',
  'paywall or download box': 'rmAd',
  'QR code box': 'rmAd',
  'form or media': 'rmAd',
  'source line': 'rmSource',
  'site address': 'rmSource',
  'site watermark': 'rmSource',
  'author/time line': 'rmSource',
  'canned intro': 'rmIntro',
  'excerpt teaser': 'rmIntro',
  outro: 'rmOutro',
  'social call': 'rmOutro',
  'theme slogan': 'rmOutro',
  'site talk': 'rmSiteTalk',
  'title repeated': 'rmSiteTalk',
  'repeated on every page': 'rmSiteTalk',
  hidden: 'rmHidden',
  'pager text': 'rmPager',
  navigation: 'rmPager',
  'table of contents': 'rmPager',
  'after the end': 'rmPager',
  'pager, related list or comments': 'rmRelated',
  'related list': 'rmRelated',
  'share, related or comment widget': 'rmRelated',
  "readers' posts": 'rmRelated',
};

export function removalLabel(item: Pick<RemovedItem, 'reason' | 'step'>): string {
  if (item.reason === null) return t('rmByYou');
  if (item.step === 'user rule') return t('rmUserRule');
  return t(LABELS[item.reason] ?? 'rmOther');
}

export const REMOVED_CSS = `
.qw-switch{display:inline-flex;align-items:center;gap:4px;font-size:13px;cursor:pointer}
main{position:relative}
.qw-x{position:absolute;font-size:14px;line-height:1;padding:2px 6px;opacity:0}
.qw-x[data-on],.qw-x:hover,.qw-x:focus-visible{opacity:1}
.qw-rm{margin:0 0 .6em;padding:4px 10px;border-left:3px dashed var(--btn-line);background:rgba(127,127,127,.09);color:var(--muted);font-size:.9em}
.qw-rm p{margin:0 0 .3em;text-indent:0;text-decoration:line-through;text-decoration-color:rgba(127,127,127,.5)}
.qw-rm-head{display:flex;align-items:center;gap:8px;margin-bottom:2px;font-size:12px}
.qw-rm-label{padding:0 6px;border:1px solid var(--btn-line);border-radius:9px}
.qw-rm-head button{padding:0 8px;font-size:12px}
.qw-unknown{margin-top:16px;padding-top:8px;border-top:1px dashed var(--line)}
.qw-unknown h2{font-size:14px;margin:0 0 6px;color:var(--muted)}
.qw-undo{display:flex;gap:8px;align-items:center;font-size:13px;color:#1f7a5a}
.qw-undo[hidden]{display:none}.qw-undo button{padding:0 8px;font-size:12px}
@media print{.qw-x,.qw-rm,.qw-unknown,.qw-switch,.qw-undo{display:none!important}}
`;

/** One choice: `own` when the key is a kept block's (the user's removals), else an engine removal's. */
type Action = { kind: 'drop' | 'restore'; key: string; own: boolean };

export class RemovedView {
  readonly edits = new Edits();
  /** The switch for the header's bar. */
  readonly toggle: HTMLLabelElement;
  /** "已去除 1 段 · 撤销", under the status line. */
  readonly undoLine: HTMLElement;
  private readonly input: HTMLInputElement;
  private readonly caption: HTMLSpanElement;
  private readonly undoText: HTMLSpanElement;
  private showing = false;
  private last: EditedArticle | null = null;
  private done: Action[] = [];
  /** The × for removing a block by hand. */
  private readonly cross = new Cross((section, block) => {
    const origin = this.last?.origins[section]?.[block];
    // A block the user put back goes back out; a kept block is removed by the user.
    if (origin) this.act({ kind: 'drop', key: origin.key, own: origin.kind === 'kept' });
  });

  /** `changed` shows the article again (the user's choices changed it). */
  constructor(private readonly changed: () => void) {
    this.input = el('input');
    this.input.type = 'checkbox';
    this.input.setAttribute('role', 'switch');
    this.input.name = 'showRemoved';
    this.input.addEventListener('change', (e) => {
      if (!e.isTrusted) return;
      this.showing = this.input.checked;
      this.changed();
    });
    this.caption = el('span', { text: t('removedShow', 0) });
    this.toggle = el('label', { class: 'qw-switch' }, this.input, this.caption);
    this.undoText = el('span');
    this.undoLine = el('div', { class: 'qw-undo' }, this.undoText, button(t('undo'), () => this.undo(), undefined, t('undoLabel')));
    this.undoLine.hidden = true;
  }

  /** At every open: the choices made on another page are forgotten, those of this one kept. */
  forPage(url: string): void {
    if (this.edits.url === url) return;
    this.edits.clear();
    this.edits.url = url;
    this.done = [];
    this.undoLine.hidden = true;
  }

  /** The article as the user left it: what the panel shows, copies and downloads. */
  apply(article: Article): Article {
    this.last = this.edits.apply(article);
    return this.last.article;
  }

  /** After the pieces are rendered (view.ts): the count, the ×, and, when the switch is on, what was removed, in its place. */
  decorate(main: HTMLElement): void {
    const last = this.last;
    for (const old of main.querySelectorAll('.qw-rm, .qw-unknown')) old.remove();
    if (!last) return;
    this.caption.textContent = t('removedShow', last.removed.length);
    this.input.checked = this.showing;
    const sections = [...main.querySelectorAll<HTMLElement>(':scope > section')];
    sections.forEach((section, i) => {
      const blocks = new Map<number, HTMLElement>();
      for (const b of section.querySelectorAll<HTMLElement>(':scope > [data-b]')) blocks.set(Number(b.dataset.b), b);
      if (!this.showing) return;
      for (const item of last.removed) {
        if (item.at?.piece !== i) continue;
        const box = this.box(item);
        const before = blocks.get(item.at.before);
        // Before the block, else at the piece's end.
        if (before) before.before(box);
        else section.append(box);
      }
    });
    const unknown = last.removed.filter((r) => r.at === null);
    if (this.showing && unknown.length) main.append(el('div', { class: 'hint qw-unknown' }, el('h2', { text: t('rmUnknownPlace') }), ...unknown.map((r) => this.box(r))));
    this.cross.attach(main);
  }

  /** One removed item, greyed, with its reason and the button that puts it back. Marked .hint: a selection copy leaves it out (panel-selection.ts). */
  private box(item: RemovedItem): HTMLElement {
    const label = removalLabel(item);
    const restore = button(t('restore'), () => this.act({ kind: 'restore', key: item.key, own: item.reason === null }), undefined, t('restoreLabel', label));
    const box = el('div', { class: 'hint qw-rm' }, el('div', { class: 'qw-rm-head' }, el('span', { class: 'qw-rm-label', text: label }), restore));
    box.dataset.reason = item.reason ?? 'user';
    for (const line of item.lines) box.append(el('p', { text: line }));
    return box;
  }

  /** Applies a choice (`undo`: its opposite). A kept block the user removes lives in `dropped`, an engine removal put back in `restored`. */
  private set(a: Action, undo = false): void {
    const { restored, dropped } = this.edits;
    const drop = (a.kind === 'drop') !== undo;
    if (a.own) {
      if (drop) dropped.add(a.key);
      else dropped.delete(a.key);
    } else if (drop) restored.delete(a.key);
    else restored.add(a.key);
  }

  private act(a: Action): void {
    this.set(a);
    this.done.push(a);
    this.undoText.textContent = t(a.kind === 'drop' ? 'removedOne' : 'restoredOne');
    this.undoLine.hidden = false;
    this.changed();
  }

  private undo(): void {
    const a = this.done.pop();
    if (!a) return;
    this.set(a, true);
    const before = this.done.at(-1);
    this.undoLine.hidden = !before;
    if (before) this.undoText.textContent = t(before.kind === 'drop' ? 'removedOne' : 'restoredOne');
    this.changed();
  }
}
