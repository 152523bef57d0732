import fc from 'fast-check';
import { expect, test } from 'vitest';
import { related, relatedFinder, type Relatable } from './related';

const guide = (id: string, tags: string[], exercises: string[] = []) => ({ id, tags, exercises });

test('ranks shared tags above shared exercises and leaves out the unrelated', () => {
  const current = guide('a', ['trunk', 'stability'], ['dead-bug']);
  const candidates = [
    guide('a', ['trunk']),
    guide('exercise-only', ['speed'], ['dead-bug']),
    guide('one-tag', ['trunk']),
    guide('two-tags', ['trunk', 'stability']),
    guide('unrelated', ['season']),
  ];
  expect(related(current, candidates).map((g) => g.id)).toEqual(['two-tags', 'one-tag', 'exercise-only']);
});

test('keeps the input order among equals and honours the limit', () => {
  const current = guide('a', ['trunk']);
  const candidates = ['n1', 'n2', 'n3', 'n4'].map((id) => guide(id, ['trunk']));
  expect(related(current, candidates, 2).map((g) => g.id)).toEqual(['n1', 'n2']);
});

/** Every pair scored and the whole list sorted: slow, and plainly right. */
function reference(current: Relatable, candidates: readonly Relatable[], limit: number): string[] {
  return candidates
    .map((c, order) => ({ c, order, score: 2 * c.tags.filter((t) => current.tags.includes(t)).length + c.exercises.filter((e) => current.exercises.includes(e)).length }))
    .filter(({ c, score }) => c.id !== current.id && score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map(({ c }) => c.id);
}

// Few tags and exercises, so that items share many and ties are common.
const item = fc.record({
  id: fc.constantFrom('g0', 'g1', 'g2', 'g3', 'g4', 'g5', 'g6', 'g7'),
  tags: fc.uniqueArray(fc.constantFrom('trunk', 'speed', 'season', 'stability'), { maxLength: 3 }),
  exercises: fc.uniqueArray(fc.constantFrom('e0', 'e1', 'e2', 'e3', 'e4'), { maxLength: 4 }),
});

test('a finder built once answers every lookup as scoring every pair would', () => {
  fc.assert(
    fc.property(fc.array(item, { maxLength: 40 }), item, fc.integer({ min: 0, max: 6 }), (candidates, current, limit) => {
      const find = relatedFinder(candidates, limit);
      // Twice, and for each candidate too: the finder reuses its scores between lookups.
      for (const lookup of [current, ...candidates, current]) expect(find(lookup).map((g) => g.id)).toEqual(reference(lookup, candidates, limit));
    }),
  );
});

test('a lookup reads no candidate, only the index built from them', () => {
  // Reaching thousands of candidates' objects per lookup was most of its cost in a large build's heap.
  let reads = 0;
  const watched = ['a', 'b', 'c', 'd'].map((id, i) => new Proxy(guide(id, ['trunk'], i % 2 ? ['dead-bug'] : []), { get: (target, key: keyof Relatable) => (reads++, target[key]) }));
  const find = relatedFinder(watched);
  reads = 0;
  expect(find(guide('b', ['trunk'], ['dead-bug'])).map((g) => g.id)).toEqual(['d', 'a', 'c']);
  expect(reads).toBe(3); // the ids just above, none inside the finder
});
