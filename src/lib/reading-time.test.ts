import { describe, expect, test } from 'vitest';
import { countWords, readingMinutes } from './reading-time';

describe('countWords', () => {
  test('counts prose and leaves out components, code and markup', () => {
    const body = [
      'import X from "y";',
      '## Two words',
      '<Callout type="tip">Three more words</Callout>',
      '```ts',
      'const notCounted = 1;',
      '```',
      '- a *listed* item',
    ].join('\n');
    expect(countWords(body)).toBe(2 + 3 + 3);
  });
});

describe('readingMinutes', () => {
  test.each([
    [0, 1],
    [230, 1],
    [231, 2],
    [1150, 5],
  ])('%i words take %i minute(s)', (words, minutes) => {
    expect(readingMinutes(countWords('run '.repeat(words)))).toBe(minutes);
  });
});
