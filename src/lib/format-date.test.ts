import { expect, test } from 'vitest';
import { formatDate, isoDay } from './format-date';

test('a content date keeps its calendar day in every time zone', () => {
  const date = new Date('2026-03-29T00:00:00Z');
  expect(formatDate(date)).toBe('29 March 2026');
  expect(isoDay(date)).toBe('2026-03-29');
});

test('each locale and each day gets its own text, asked once or many times', () => {
  const days = ['2026-03-29', '2026-03-30', '2025-12-01'].map((day) => new Date(`${day}T00:00:00Z`));
  for (let round = 0; round < 2; round++) {
    expect(days.map((date) => formatDate(date))).toEqual(['29 March 2026', '30 March 2026', '1 December 2025']);
    expect(days.map((date) => formatDate(date, 'en-US'))).toEqual(['March 29, 2026', 'March 30, 2026', 'December 1, 2025']);
  }
});
