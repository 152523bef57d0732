export interface Relatable {
  id: string;
  tags: readonly string[];
  exercises: readonly string[];
}

/**
 * A finder for the items closest to a given one: a shared tag counts 2, a
 * shared exercise 1. Ties keep the input order (callers pass newest first).
 * Unrelated items are left out. Build it once per site: it indexes the
 * candidates by tag and exercise, so each lookup reads only the items that
 * share something, and a large site does not pay for every pair of guides.
 * @example const find = relatedFinder(guides); find(guide) // up to 3 guides
 */
export function relatedFinder<T extends Relatable>(candidates: readonly T[], limit = 3): (current: Relatable) => T[] {
  const byTag = new Map<string, number[]>();
  const byExercise = new Map<string, number[]>();
  const post = (index: Map<string, number[]>, key: string, i: number) => {
    const list = index.get(key);
    if (list) list.push(i);
    else index.set(key, [i]);
  };
  candidates.forEach((candidate, i) => {
    for (const tag of candidate.tags) post(byTag, tag, i);
    for (const slug of candidate.exercises) post(byExercise, slug, i);
  });
  return (current) => {
    const scores = new Map<number, number>();
    const add = (indices: readonly number[] | undefined, points: number) => {
      for (const i of indices ?? []) scores.set(i, (scores.get(i) ?? 0) + points);
    };
    for (const tag of new Set(current.tags)) add(byTag.get(tag), 2);
    for (const slug of new Set(current.exercises)) add(byExercise.get(slug), 1);
    return [...scores]
      .filter(([i]) => candidates[i]!.id !== current.id)
      .sort(([a, scoreA], [b, scoreB]) => scoreB - scoreA || a - b)
      .slice(0, limit)
      .map(([i]) => candidates[i]!);
  };
}

/** The items closest to `current`, as `relatedFinder` ranks them; for one-off lookups. */
export function related<T extends Relatable>(current: Relatable, candidates: readonly T[], limit = 3): T[] {
  return relatedFinder(candidates, limit)(current);
}
