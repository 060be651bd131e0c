/**
 * The choice form's ranked list, as plain functions (tested in test/web/programmes-ranking.spec.ts):
 * the chosen modules in order of preference, moved one place at a time by buttons, and the text
 * a screen reader hears after each move.
 */

/** The list with the item at `index` moved one place up (-1) or down (+1); unchanged at either end. */
export function moveItem<T>(list: readonly T[], index: number, delta: -1 | 1): T[] {
  const to = index + delta;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return [...list];
  const next = [...list];
  [next[index], next[to]] = [next[to], next[index]];
  return next;
}

/** Adds an id at the end (a new lowest choice), or takes it out; the others keep their order. */
export function toggleItem(list: readonly string[], id: string): string[] {
  return list.includes(id) ? list.filter((x) => x !== id) : [...list, id];
}

/** How many choices the form asks for: at least three, or all of them when there are fewer. */
export function choicesNeeded(available: number, minimum = 3): number {
  return Math.min(Math.max(0, available), minimum);
}

/** Ranks to send: 1 for the first choice, in the list's order. */
export function toRanks(list: readonly string[]): { moduleId: string; rank: number }[] {
  return list.map((moduleId, i) => ({ moduleId, rank: i + 1 }));
}

/** The saved ranking in list order (rank 1 first); unknown modules are left out. */
export function fromRanks(ranks: readonly { moduleId: string; rank: number }[], known: readonly string[]): string[] {
  return [...ranks]
    .sort((a, b) => a.rank - b.rank)
    .map((r) => r.moduleId)
    .filter((id) => known.includes(id));
}
