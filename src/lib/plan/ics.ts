import { addDays, type CalendarDate } from './calendar-date';
import { planEvents } from './schedule';
import type { Plan, Session } from './types';

/** RFC 5545 text escaping, then folding at 75 octets. */
function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}
function fold(line: string): string {
  const bytes = new TextEncoder().encode(line);
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  for (const char of line) {
    const size = new TextEncoder().encode(current + char).length;
    if (size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = char;
    } else current += char;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
const compact = (date: CalendarDate) => date.replace(/-/g, '');

function describe(session: Session): string {
  return session.sections
    .flatMap((section) => section.items.map((item) => `${item.name}: ${item.sets} × ${item.reps} (${item.effort})`))
    .join('\n');
}

/**
 * The plan's sessions as an iCalendar file of all-day events, named after the
 * site. Deterministic: the same plan gives the same bytes.
 */
export function planToIcs(plan: Plan, siteUrl: string, siteName: string): string {
  const stamp = `${compact(plan.input.today)}T000000Z`;
  const name = siteName.replace(/[\\;,\r\n]/g, ' ');
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:-//${name}//Plan builder//EN`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${name} strength sessions`];
  for (const event of planEvents(plan)) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${compact(event.date)}-${event.session.id}@carryover`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(event.date)}`,
      `DTEND;VALUE=DATE:${compact(addDays(event.date, 1))}`,
      `SUMMARY:${escapeText(event.summary)}`,
      `DESCRIPTION:${escapeText([event.session.focus, event.week.kind === 'deload' && `Deload week: ${Math.round(plan.deloadVolume * 100)}% of the sets at the same weights.`, describe(event.session)].filter(Boolean).join('\n\n'))}`,
      `URL:${escapeText(siteUrl)}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
