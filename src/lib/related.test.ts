import { expect, test } from 'vitest';
import { related, relatedFinder } from './related';

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

test('a finder built once gives every item the same answer as a one-off lookup', () => {
  const tags = ['trunk', 'speed', 'season', 'stability'];
  const items = Array.from({ length: 60 }, (_, i) => guide(`g${i}`, [tags[i % 4]!, tags[(i * 7) % 4]!], [`e${i % 5}`, `e${(i * 3) % 7}`]));
  const find = relatedFinder(items, 4);
  for (const item of items) {
    const expected = items
      .filter((c) => c.id !== item.id)
      .map((c, order) => ({ c, order, score: 2 * c.tags.filter((t) => item.tags.includes(t)).length + c.exercises.filter((e) => item.exercises.includes(e)).length }))
      .filter(({ score }) => score > 0)
      .sort((a, b) => b.score - a.score || a.order - b.order)
      .slice(0, 4)
      .map(({ c }) => c.id);
    expect(find(item).map((g) => g.id), item.id).toEqual(expected);
  }
});
