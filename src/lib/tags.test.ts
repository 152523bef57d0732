import { expect, test } from 'vitest';
import { countTags, tagLabel } from './tags';

test('counts each tag once per item, most used first', () => {
  expect(countTags([{ tags: ['b', 'a', 'a'] }, { tags: ['b'] }, { tags: ['c'] }])).toEqual([
    { tag: 'b', count: 2 },
    { tag: 'a', count: 1 },
    { tag: 'c', count: 1 },
  ]);
});

test('labels read as words', () => {
  expect(tagLabel('posterior-chain')).toBe('posterior chain');
});
