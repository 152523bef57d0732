import { expect, test } from 'vitest';
import { numberRange } from './number-range';

test.each([
  ['8', [8, 8]],
  ['7–8', [7, 8]],
  ['6 - 8', [6, 8]],
  ['4+', [4, Infinity]],
  ['7.5', [7.5, 7.5]],
])('%j reads as %j', (text, range) => {
  expect(numberRange(text)).toEqual(range);
});

test.each(['—', '30 s', '6–8 each side', ''])('%j is not a number or a range', (text) => {
  expect(numberRange(text)).toBeUndefined();
});
