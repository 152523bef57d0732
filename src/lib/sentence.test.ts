import { expect, test } from 'vitest';
import { sentenceStart } from './sentence';

test.each([
  ['deload week', 'Deload week'],
  ['trapbar deadlift, hex bar deadlift', 'Trapbar deadlift, hex bar deadlift'],
  ['Already', 'Already'],
  ['', ''],
  ['échappé', 'Échappé'],
])('%j → %j', (text, expected) => {
  expect(sentenceStart(text)).toBe(expected);
});
