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
  const byTag = postings(candidates, (candidate) => candidate.tags);
  const byExercise = postings(candidates, (candidate) => candidate.exercises);
  // Candidates are told apart from the current item by a number per id, so a
  // lookup reads only these typed arrays and never the candidates themselves:
  // on a 5,000-guide site each lookup touches thousands of items, and reaching
  // each one's object in a build's large heap cost four times the scoring.
  const idNumbers = new Map<string, number>();
  const idOf = Int32Array.from(candidates, (candidate) => {
    let number = idNumbers.get(candidate.id);
    if (number === undefined) idNumbers.set(candidate.id, (number = idNumbers.size));
    return number;
  });
  // One reused array of scores, and only the best `limit` kept as they are found:
  // a Map of scores sorted whole for every lookup was most of a 5,000-guide build.
  const scores = new Uint32Array(candidates.length);
  const touched = new Int32Array(candidates.length);
  const ranksAbove = (a: number, b: number) => scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b);
  return (current) => {
    let count = 0;
    const add = (indices: Int32Array | undefined, points: number) => {
      if (!indices) return;
      for (let k = 0; k < indices.length; k++) {
        const i = indices[k]!;
        if (scores[i] === 0) touched[count++] = i;
        scores[i]! += points;
      }
    };
    for (const tag of new Set(current.tags)) add(byTag.get(tag), 2);
    for (const slug of new Set(current.exercises)) add(byExercise.get(slug), 1);
    const self = idNumbers.get(current.id) ?? -1;
    const best: number[] = [];
    for (let k = 0; k < count; k++) {
      const i = touched[k]!;
      if (idOf[i] === self) continue;
      if (best.length === limit && !ranksAbove(i, best[limit - 1]!)) continue;
      let at = best.length;
      while (at > 0 && ranksAbove(i, best[at - 1]!)) at--;
      best.splice(at, 0, i);
      if (best.length > limit) best.pop();
    }
    for (let k = 0; k < count; k++) scores[touched[k]!] = 0;
    return best.map((i) => candidates[i]!);
  };
}

/** For each key `keysOf` gives, the indices of the candidates that have it, in order. */
function postings<T>(candidates: readonly T[], keysOf: (candidate: T) => readonly string[]): Map<string, Int32Array> {
  const lists = new Map<string, number[]>();
  candidates.forEach((candidate, i) => {
    for (const key of keysOf(candidate)) {
      const list = lists.get(key);
      if (list) list.push(i);
      else lists.set(key, [i]);
    }
  });
  return new Map([...lists].map(([key, list]) => [key, Int32Array.from(list)]));
}

/** The items closest to `current`, as `relatedFinder` ranks them; for one-off lookups. */
export function related<T extends Relatable>(current: Relatable, candidates: readonly T[], limit = 3): T[] {
  return relatedFinder(candidates, limit)(current);
}
