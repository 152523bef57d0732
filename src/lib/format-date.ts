/**
 * A content date (midnight UTC) as readers see it, e.g. `12 January 2026`.
 * Formatting in UTC keeps the calendar day whatever the build machine's zone.
 */
export function formatDate(date: Date, locale = 'en-GB'): string {
  // Making a formatter costs far more than using one, and list pages format thousands of dates.
  let format = formatters.get(locale);
  if (!format) formatters.set(locale, (format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })));
  return format.format(date);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The `YYYY-MM-DD` form for `<time datetime>`. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
