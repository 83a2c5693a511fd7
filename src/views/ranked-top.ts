/**
 * The first `limit` items by weight, heaviest first; items of equal weight keep their order.
 * With the number left out, so a list can say 等 N 个 and link to where the rest are.
 */
export function rankedTop<T>(items: readonly T[], weight: (item: T) => number, limit: number): { shown: T[]; more: number } {
  const ranked = items.map((item, i) => ({ item, i, w: weight(item) })).sort((a, b) => b.w - a.w || a.i - b.i);
  return { shown: ranked.slice(0, limit).map((r) => r.item), more: Math.max(0, items.length - limit) };
}
