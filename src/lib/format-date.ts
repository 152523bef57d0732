/**
 * A content date (midnight UTC) as readers see it, e.g. `12 January 2026`.
 * Formatting in UTC keeps the calendar day whatever the build machine's zone.
 */
export function formatDate(date: Date, locale = 'en-GB'): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** The `YYYY-MM-DD` form for `<time datetime>`. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
