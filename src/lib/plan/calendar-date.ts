/**
 * Calendar dates as `YYYY-MM-DD` strings. A race is on a day, not at an
 * instant, so all arithmetic runs on UTC midnights and never meets a time
 * zone or a daylight-saving change.
 */

/** A valid calendar date, `YYYY-MM-DD`. */
export type CalendarDate = string & { readonly __calendarDate: unique symbol };

const MS_PER_DAY = 86_400_000;
const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The date if the text names a real day, otherwise undefined.
 * @example parseCalendarDate('2028-02-29') // '2028-02-29'
 * @example parseCalendarDate('2026-02-30') // undefined
 */
export function parseCalendarDate(text: unknown): CalendarDate | undefined {
  if (typeof text !== 'string') return undefined;
  const match = PATTERN.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return undefined;
  const time = Date.UTC(year, month - 1, day);
  if (new Date(time).getUTCDate() !== day) return undefined;
  return match[0] as CalendarDate;
}

function toTime(date: CalendarDate): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

function fromTime(time: number): CalendarDate {
  return new Date(time).toISOString().slice(0, 10) as CalendarDate;
}

/** @example addDays('2026-12-31' as CalendarDate, 1) // '2027-01-01' */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromTime(toTime(date) + days * MS_PER_DAY);
}

/** Whole days from `from` to `to`; negative when `to` is earlier. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((toTime(to) - toTime(from)) / MS_PER_DAY);
}

/** Day of the week, 0 = Monday … 6 = Sunday (the order a training week is written in). */
export function weekday(date: CalendarDate): number {
  return (new Date(toTime(date)).getUTCDay() + 6) % 7;
}

/** The first day of the week containing `date`, for weeks starting on `weekStart` (0 = Monday). */
export function startOfWeek(date: CalendarDate, weekStart = 0): CalendarDate {
  return addDays(date, -((weekday(date) - weekStart + 7) % 7));
}

/** Today's calendar date where the reader is, from a clock reading. */
export function calendarDateOf(now: Date): CalendarDate {
  const local = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  return fromTime(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate()));
}

/**
 * A date as readers see it, e.g. `Mon 2 March`.
 * Built from fixed names so server and browser print the same words.
 */
export function formatCalendarDate(date: CalendarDate, withYear = false): string {
  const day = new Date(toTime(date));
  const text = `${WEEKDAYS[weekday(date)]} ${day.getUTCDate()} ${MONTHS[day.getUTCMonth()]}`;
  return withYear ? `${text} ${day.getUTCFullYear()}` : text;
}

export const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
