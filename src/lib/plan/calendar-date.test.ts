import { describe, expect, test } from 'vitest';
import { addDays, calendarDateOf, daysBetween, formatCalendarDate, parseCalendarDate, startOfWeek, weekday, type CalendarDate } from './calendar-date';

const d = (text: string) => parseCalendarDate(text)!;

describe('parseCalendarDate', () => {
  test.each(['2026-03-29', '2028-02-29', '2000-02-29', '2026-12-31', ' 2026-01-01 '])('accepts the real day %s', (text) => {
    expect(parseCalendarDate(text)).toBe(text.trim());
  });

  test.each(['2026-02-30', '2026-13-01', '2026-00-10', '2027-02-29', '1900-02-29', '2026-1-5', '', 'tomorrow', '2026-04-31', '<script>'])(
    'rejects %j',
    (text) => {
      expect(parseCalendarDate(text)).toBeUndefined();
    },
  );

  test('rejects what is not text', () => {
    expect(parseCalendarDate(20260101)).toBeUndefined();
    expect(parseCalendarDate(null)).toBeUndefined();
  });
});

describe('arithmetic on calendar days', () => {
  test('crosses month, year and leap-day boundaries', () => {
    expect(addDays(d('2026-12-31'), 1)).toBe('2027-01-01');
    expect(addDays(d('2028-02-28'), 1)).toBe('2028-02-29');
    expect(addDays(d('2028-03-01'), -1)).toBe('2028-02-29');
    expect(daysBetween(d('2028-01-01'), d('2029-01-01'))).toBe(366);
  });

  test('is not moved by daylight-saving changes in any zone the tests run in', () => {
    // Europe springs forward on 2026-03-29, New Zealand falls back on 2026-04-05, the US on 2026-11-01.
    expect(daysBetween(d('2026-03-28'), d('2026-03-30'))).toBe(2);
    expect(daysBetween(d('2026-04-04'), d('2026-04-06'))).toBe(2);
    expect(addDays(d('2026-10-31'), 2)).toBe('2026-11-02');
    expect(daysBetween(d('2026-01-01'), d('2026-12-31'))).toBe(364);
  });

  test('weeks start on Monday by default', () => {
    expect(weekday(d('2026-11-23'))).toBe(0);
    expect(weekday(d('2026-11-29'))).toBe(6);
    expect(startOfWeek(d('2026-11-29'))).toBe('2026-11-23');
    expect(startOfWeek(d('2026-11-29'), 6)).toBe('2026-11-29');
  });
});

test('today is the local calendar day of the clock reading', () => {
  const now = new Date(2026, 10, 25, 23, 30);
  expect(calendarDateOf(now)).toBe('2026-11-25' as CalendarDate);
});

test('formats a day in fixed English words', () => {
  expect(formatCalendarDate(d('2026-03-02'))).toBe('Mon 2 March');
  expect(formatCalendarDate(d('2026-03-02'), true)).toBe('Mon 2 March 2026');
});
