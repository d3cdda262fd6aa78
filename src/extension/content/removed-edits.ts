// The user's own say over what the engine removed: removals put back, kept blocks taken out.
// Choices are keyed by content (a removal's reason and text, a block's own content), so they
// hold while more pages arrive, over ↻ and over a close and reopen on the same page; the
// article the panel shows, copies and downloads is the engine's with these choices applied.
import { placeRemovals } from '../../engine/removed-places.js';
import type { Article, ContentBlock, Removal } from '../../engine/types.js';

/**
 * Plain text of edited blocks, one string per quote and per list item (structure.ts's
 * paragraphsOf, not imported: that module pulls in the pruning steps). A piece the user left
 * as it was keeps the engine's own `paragraphs`, which split a quote's paragraphs and an
 * item's lines that stand apart.
 */
function paragraphsOf(blocks: ContentBlock[]): string[] {
  return blocks.flatMap((b) => (b.type === 'list' ? b.items : b.type === 'table' ? b.rows.map((r) => r.join('\t')) : b.type === 'image' ? [] : [b.text]));
}

/** Removals a reader has no use for: script code, and the repair step's notes of joins (nothing was taken). */
function shownToUser(r: Removal): boolean {
  return r.step !== 'repair' && r.reason !== 'script or embed' && (r.paragraphs ?? [r.text]).some((p) => p.trim());
}

/** Where a block of the article shown came from. */
export type Origin = { kind: 'kept'; key: string } | { kind: 'restored'; key: string };

/** Something removed, to show in the removed view: the engine's (with its reason) or the user's own. */
export interface RemovedItem {
  key: string;
  /** The engine's reason, or null: removed by the user. */
  reason: string | null;
  step: string | null;
  /** Its text, line by line (shown as text). */
  lines: string[];
  /** The user's own removal: the block itself, shown as it was. */
  block?: ContentBlock;
  /** Shown before block `before` of piece `piece` of the article shown; null: place unknown. */
  at: { piece: number; before: number } | null;
}

export interface EditedArticle {
  article: Article;
  /** For each piece, for each block shown, where it came from. */
  origins: Origin[][];
  removed: RemovedItem[];
}

/** Keys that tell equal contents apart by their order: "text#0", "text#1". */
function counter(): (base: string) => string {
  const seen = new Map<string, number>();
  return (base) => {
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return `${base}#${n}`;
  };
}

export class Edits {
  /** Keys of the engine's removals put back. */
  readonly restored = new Set<string>();
  /** Keys of kept blocks the user removed. */
  readonly dropped = new Set<string>();
  /** The page these choices belong to (the address). */
  url = '';

  get empty(): boolean {
    return !this.restored.size && !this.dropped.size;
  }

  clear(): void {
    this.restored.clear();
    this.dropped.clear();
  }

  /** The article with the user's choices applied, where each shown block came from, and what is removed and where. */
  apply(article: Article): EditedArticle {
    const removalKey = counter();
    const blockKey = counter();
    // Placed here, when the removals are shown, not by the engine on every page it reads.
    const removals = placeRemovals(article.removed, article.pieces).filter(shownToUser).map((r) => ({ r, key: removalKey(`${r.reason}|${(r.paragraphs ?? [r.text]).join('\n')}`) }));
    const at = new Map<string, typeof removals>();
    const unplaced: typeof removals = [];
    for (const x of removals) {
      const p = x.r.place;
      const piece = p ? article.pieces[p.piece] : undefined;
      if (!p || !piece || p.before > (piece.blocks?.length ?? piece.paragraphs.length)) unplaced.push(x);
      else {
        const k = `${p.piece}:${p.before}`;
        at.set(k, [...(at.get(k) ?? []), x]);
      }
    }
    const removed: RemovedItem[] = [];
    const origins: Origin[][] = [];
    const restoredBlocks = (r: Removal): ContentBlock[] => (r.paragraphs ?? [r.text]).map((text) => ({ type: 'paragraph', text }));
    const pieces = article.pieces.map((piece, i) => {
      const source = piece.blocks ?? piece.paragraphs.map((text): ContentBlock => ({ type: 'paragraph', text }));
      const blocks: ContentBlock[] = [];
      const from: Origin[] = [];
      for (let j = 0; j <= source.length; j++) {
        for (const x of at.get(`${i}:${j}`) ?? []) {
          if (this.restored.has(x.key)) {
            for (const b of restoredBlocks(x.r)) {
              blocks.push(b);
              from.push({ kind: 'restored', key: x.key });
            }
          } else removed.push({ key: x.key, reason: x.r.reason, step: x.r.step, lines: x.r.paragraphs ?? [x.r.text], at: { piece: i, before: blocks.length } });
        }
        const b = source[j];
        if (!b) continue;
        const key = blockKey(JSON.stringify(b));
        if (this.dropped.has(key)) {
          removed.push({ key, reason: null, step: null, lines: paragraphsOf([b]), block: b, at: { piece: i, before: blocks.length } });
          continue;
        }
        blocks.push(b);
        from.push({ kind: 'kept', key });
      }
      origins.push(from);
      return { piece, blocks, source };
    });
    // Put back without a known place: at the end of the article.
    const last = pieces.at(-1);
    for (const x of unplaced) {
      if (this.restored.has(x.key) && last) {
        for (const b of restoredBlocks(x.r)) {
          last.blocks.push(b);
          origins.at(-1)!.push({ kind: 'restored', key: x.key });
        }
      } else removed.push({ key: x.key, reason: x.r.reason, step: x.r.step, lines: x.r.paragraphs ?? [x.r.text], at: null });
    }
    const edited: Article = {
      ...article,
      pieces: pieces.map(({ piece, blocks, source }, i) => {
        // (Checked here: a removal of unknown place may have been put back at the end.)
        const unchanged = blocks.length === source.length && origins[i]!.every((o) => o.kind === 'kept');
        return { heading: piece.heading, paragraphs: unchanged ? piece.paragraphs : paragraphsOf(blocks), blocks };
      }),
    };
    return { article: this.empty ? article : edited, origins, removed };
  }
}
