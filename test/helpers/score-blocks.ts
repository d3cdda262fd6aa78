// The structure scorer (../shared/tools/score_blocks.py) in TypeScript: blocks compared one for
// one per piece (type; text without white space, NFKC; list items and `ordered`; table cells;
// image src), plus the figures by kind. Same notion of "structure-perfect".
const norm = (s: unknown): string => (typeof s === 'string' ? s : s == null ? '' : String(s)).normalize('NFKC').replace(/\s+/gu, '');

type Json = Record<string, unknown>;
export interface StructureOutput {
  pieces?: { blocks?: unknown[]; paragraphs?: string[] }[];
}
export interface StructureGold {
  pieces: { blocks: Json[] }[];
}
export interface StructureScore {
  structurePerfect: boolean;
  blocksInOrder: [number, number];
  tables: [number, number];
  lists: [number, number];
  images: [number, number];
  paragraphsConsistent: boolean;
  firstMismatch: string | null;
}

/** A block as a comparable key, or null when it is no block of the contract. */
export function canon(b: unknown): string | null {
  if (typeof b !== 'object' || b === null) return null;
  const x = b as Json;
  const t = x.type;
  if (t === 'paragraph' || t === 'heading' || t === 'quote') return JSON.stringify([t, norm(x.text)]);
  if (t === 'list') return JSON.stringify(['list', !!x.ordered, (Array.isArray(x.items) ? x.items : []).map(norm)]);
  if (t === 'table') return JSON.stringify(['table', (Array.isArray(x.rows) ? x.rows : []).map((r: unknown) => (Array.isArray(r) ? r : []).map(norm))]);
  if (t === 'image') return JSON.stringify(['image', typeof x.src === 'string' ? x.src.trim() : '']);
  return JSON.stringify([String(t)]);
}

function lcs(a: string[], b: string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const cur = [0];
    b.forEach((y, j) => cur.push(x === y ? prev[j]! + 1 : Math.max(prev[j + 1]!, cur[j]!)));
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/** The paragraphs a piece's blocks imply (the contract's derivation). */
export function derivedParagraphs(blocks: unknown[]): string[] {
  return blocks.flatMap((b) => {
    const x = b as Json;
    if (x.type === 'paragraph' || x.type === 'heading' || x.type === 'quote' || x.type === 'code') return [String(x.text ?? '')];
    if (x.type === 'list' && Array.isArray(x.items)) return x.items.map(String);
    if (x.type === 'table' && Array.isArray(x.rows)) return x.rows.map((r: unknown) => (Array.isArray(r) ? r.join('\t') : ''));
    return [];
  });
}

export function scoreBlocks(gold: StructureGold, out: StructureOutput): StructureScore {
  const gBlocks = gold.pieces.map((p) => p.blocks.map(canon) as string[]);
  const oPieces = out.pieces ?? [];
  const oBlocks = oPieces.map((p) => (Array.isArray(p.blocks) ? p.blocks : []).map(canon).filter((c): c is string => c !== null));
  const gAll = gBlocks.flat();
  const oAll = oBlocks.flat();
  const kind = (k: string): [number, number] => {
    const g = gAll.filter((c) => JSON.parse(c)[0] === k);
    const o = new Set(oAll.filter((c) => JSON.parse(c)[0] === k));
    return [g.filter((c) => o.has(c)).length, g.length];
  };
  const perfect = gBlocks.length === oBlocks.length && gBlocks.every((g, i) => g.length === oBlocks[i]!.length && g.every((c, k) => c === oBlocks[i]![k]));
  let firstMismatch: string | null = null;
  if (gBlocks.length !== oBlocks.length) firstMismatch = `${oBlocks.length} pieces in the output, ${gBlocks.length} in the gold`;
  else {
    outer: for (const [i, g] of gBlocks.entries()) {
      for (let k = 0; k < Math.max(g.length, oBlocks[i]!.length); k++) {
        if (g[k] !== oBlocks[i]![k]) {
          firstMismatch = `piece ${i + 1}, block ${k + 1}: gold ${g[k] ?? 'nothing'}, got ${oBlocks[i]![k] ?? 'nothing'}`;
          break outer;
        }
      }
    }
  }
  const consistent = oPieces.every((p) => {
    const a = derivedParagraphs(Array.isArray(p.blocks) ? p.blocks : []).map(norm).filter(Boolean);
    const b = (p.paragraphs ?? []).map(norm).filter(Boolean);
    return a.length === b.length && a.every((x, i) => x === b[i]);
  });
  return {
    structurePerfect: perfect,
    blocksInOrder: [lcs(gAll, oAll), gAll.length],
    tables: kind('table'),
    lists: kind('list'),
    images: kind('image'),
    paragraphsConsistent: consistent,
    firstMismatch,
  };
}
