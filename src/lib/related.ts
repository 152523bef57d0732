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
  // Scores live in one reused array, and only the best `limit` are kept as they
  // are found: a tag on a large site is shared by thousands of guides, and a
  // Map of scores sorted whole for every lookup was most of a 5,000-guide build.
  const scores = new Uint32Array(candidates.length);
  const touched: number[] = [];
  const ranksAbove = (a: number, b: number) => scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b);
  return (current) => {
    const add = (indices: readonly number[] | undefined, points: number) => {
      for (const i of indices ?? []) {
        if (scores[i] === 0) touched.push(i);
        scores[i]! += points;
      }
    };
    for (const tag of new Set(current.tags)) add(byTag.get(tag), 2);
    for (const slug of new Set(current.exercises)) add(byExercise.get(slug), 1);
    const best: number[] = [];
    for (const i of touched) {
      if (candidates[i]!.id === current.id) continue;
      if (best.length === limit && !ranksAbove(i, best[limit - 1]!)) continue;
      let at = best.length;
      while (at > 0 && ranksAbove(i, best[at - 1]!)) at--;
      best.splice(at, 0, i);
      if (best.length > limit) best.pop();
    }
    for (const i of touched) scores[i] = 0;
    touched.length = 0;
    return best.map((i) => candidates[i]!);
  };
}

/** The items closest to `current`, as `relatedFinder` ranks them; for one-off lookups. */
export function related<T extends Relatable>(current: Relatable, candidates: readonly T[], limit = 3): T[] {
  return relatedFinder(candidates, limit)(current);
}
