/**
 * A content date (midnight UTC) as readers see it, e.g. `12 January 2026`.
 * Formatting in UTC keeps the calendar day whatever the build machine's zone.
 */
export function formatDate(date: Date, locale = 'en-GB'): string {
  // A site has far fewer distinct dates than dates shown (every guide card on
  // every list and related section shows one), and formatting one costs
  // microseconds, so each day is formatted once per locale.
  let days = formatted.get(locale);
  if (!days) {
    const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    formatted.set(locale, (days = { format, byTime: new Map() }));
  }
  const time = date.getTime();
  let text = days.byTime.get(time);
  if (text === undefined) days.byTime.set(time, (text = days.format.format(date)));
  return text;
}

const formatted = new Map<string, { format: Intl.DateTimeFormat; byTime: Map<number, string> }>();

/** The `YYYY-MM-DD` form for `<time datetime>`. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
