import { expect, test } from 'vitest';
import { reservedName } from './file-names';

test.each([
  ['guides', '2', "a guide's file name must not be only digits, since /guides/2/ and on are the later pages of the guide list."],
  ['exercises', 'pattern', '/exercises/pattern/ is the page of exercises by movement pattern.'],
  ['exercises', 'equipment', '/exercises/equipment/ is the page of exercises by equipment.'],
] as const)('%s/%s is taken', (collection, slug, reason) => {
  expect(reservedName(collection, slug)).toBe(reason);
});

test.each([
  ['guides', '2-week-taper'],
  ['guides', 'muscle'],
  ['exercises', '2'],
  ['exercises', 'muscles'],
  ['exercises', 'constructor'],
] as const)('%s/%s is free', (collection, slug) => {
  expect(reservedName(collection, slug)).toBeUndefined();
});
