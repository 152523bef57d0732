export interface Relatable {
  id: string;
  tags: readonly string[];
  exercises: readonly string[];
}

/**
 * The items closest to `current`: a shared tag counts 2, a shared exercise 1.
 * Ties keep the input order (callers pass newest first). Unrelated items are left out.
 */
export function related<T extends Relatable>(current: Relatable, candidates: readonly T[], limit = 3): T[] {
  const tags = new Set(current.tags);
  const exercises = new Set(current.exercises);
  return candidates
    .filter((candidate) => candidate.id !== current.id)
    .map((candidate, order) => ({
      candidate,
      order,
      score:
        2 * candidate.tags.filter((tag) => tags.has(tag)).length +
        candidate.exercises.filter((slug) => exercises.has(slug)).length,
    }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}
