import { expect, test } from 'vitest';
import { formatDate, isoDay } from './format-date';

test('a content date keeps its calendar day in every time zone', () => {
  const date = new Date('2026-03-29T00:00:00Z');
  expect(formatDate(date)).toBe('29 March 2026');
  expect(isoDay(date)).toBe('2026-03-29');
});
