import { expect, test } from 'vitest';
import { related } from './related';

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
