/** Each tag with how many items carry it, most used first, then A to Z. */
export function countTags(items: readonly { tags: readonly string[] }[]): { tag: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const item of items) for (const tag of new Set(item.tags)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

/**
 * A tag as readers see it.
 * @example tagLabel('posterior-chain') // 'posterior chain'
 */
export function tagLabel(tag: string): string {
  return tag.replace(/-/g, ' ');
}
