import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { planInput } from './arbitraries';
import { parseCalendarDate } from './calendar-date';
import { parsePlanQuery, planQuery } from './query';

const today = parseCalendarDate('2026-12-07')!;
const parse = (query: string) => parsePlanQuery(new URLSearchParams(query), today);

describe('quality days', () => {
  test.each([
    ['quality=1,3,5', [1, 3, 5]],
    ['quality=1&quality=3&quality=5', [1, 3, 5]],
    ['quality=5&quality=1,3', [1, 3, 5]],
    ['quality=', []],
    ['', [1, 3]],
  ])('%s → %j', (query, days) => {
    const { input, problems } = parse(query);
    expect(input.quality).toEqual(days);
    expect(problems).toEqual([]);
  });

  test('a day that is not a weekday number keeps the defaults and says so', () => {
    const { input, problems } = parse('quality=1&quality=9');
    expect(input.quality).toEqual([1, 3]);
    expect(problems).toEqual(['The quality-session days are not weekday numbers from 0 to 6, so they use Tuesday and Thursday.']);
  });
});

test('messages never repeat what the link says', () => {
  const hostile = '<img src=x onerror=alert(1)>';
  const { problems } = parse(new URLSearchParams({ race: hostile, distance: hostile, phase: hostile, long: hostile, quality: hostile, swap: hostile, today: hostile }).toString());
  expect(problems.length).toBe(7);
  for (const problem of problems) expect(problem).not.toMatch(/[<>]|onerror/);
});

test('a plan’s query reopens the same plan', () => {
  fc.assert(
    fc.property(planInput, (input) => {
      const reopened = parsePlanQuery(new URLSearchParams(planQuery(input, input.today)), input.today);
      expect(reopened.problems).toEqual([]);
      expect(reopened.input).toEqual({ ...input, quality: [...input.quality].sort((a, b) => a - b) });
    }),
  );
});
