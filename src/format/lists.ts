// List markers shared by the writers: numbers count per level and start again under a new parent.
import type { ListBlock } from '../engine/types.js';

/**
 * The marker of each item: ordered lists number each level 1, 2, 3 … (again from 1 under each
 * new parent), unordered ones use `bullet(level)`. Nested levels follow the list's own kind.
 */
export function listMarkers(list: ListBlock, number: (n: number, level: number) => string, bullet: (level: number) => string): string[] {
  const counters: number[] = [];
  return list.items.map((_, i) => {
    const level = list.levels[i] ?? 0;
    counters.length = level + 1;
    counters[level] = (counters[level] ?? 0) + 1;
    return list.ordered ? number(counters[level]!, level) : bullet(level);
  });
}
