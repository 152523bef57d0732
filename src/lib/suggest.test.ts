import { describe, expect, test } from 'vitest';
import { didYouMean, suggest } from './suggest';

const known = ['romanian-deadlift', 'hip-bridge', 'split-squat'];

describe('suggest', () => {
  test.each([
    ['romanian-deadlfit', 'romanian-deadlift'],
    ['hip-brige', 'hip-bridge'],
    ['splitsquat', 'split-squat'],
  ])('%s → %s', (typed, expected) => {
    expect(suggest(typed, known)).toBe(expected);
  });

  test('offers nothing when no name is close', () => {
    expect(suggest('nordic-curl', known)).toBeUndefined();
    expect(didYouMean('nordic-curl', known)).toBe('');
  });

  test('offers nothing from an empty collection', () => {
    expect(suggest('anything', [])).toBeUndefined();
  });
});
