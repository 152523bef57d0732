import { addDays, type CalendarDate } from './calendar-date';
import { sentenceStart } from '../sentence';
import { WEEK_KIND_LABELS } from './outline';
import { planEvents, type CalendarEvent } from './schedule';
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

/** What a lighter week asks, named as the week list names it: "Deload week: 60% of the sets at the same weights." */
function lighter(event: CalendarEvent): string | undefined {
  if (event.share >= 1) return undefined;
  const week = WEEK_KIND_LABELS[event.week.kind] || 'this week';
  return `${sentenceStart(week)}: ${Math.round(event.share * 100)}% of the sets at the same weights.`;
}

/** A moment as iCalendar's UTC date-time, to the second: `20261208T093015Z`. */
const utcStamp = (moment: Date) => moment.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');

/**
 * The plan's sessions as an iCalendar file of all-day events, named after the
 * site. `created` becomes every event's DTSTAMP: a calendar that already holds
 * an event keeps whichever copy is stamped later, so a plan downloaded again
 * after a change, even the same day, replaces the one before.
 */
export function planToIcs(plan: Plan, siteUrl: string, siteName: string, created: Date): string {
  const stamp = utcStamp(created);
  // UIDs are global: the site's own host keeps another deployment's events apart from ours.
  const host = new URL(siteUrl).hostname;
  const name = siteName.replace(/[\\;,\r\n]/g, ' ');
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:-//${name}//Plan builder//EN`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${name} strength sessions`];
  for (const event of planEvents(plan)) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${compact(event.date)}-${event.session.id}@${host}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(event.date)}`,
      `DTEND;VALUE=DATE:${compact(addDays(event.date, 1))}`,
      `SUMMARY:${escapeText(event.summary)}`,
      `DESCRIPTION:${escapeText([event.session.focus, lighter(event), describe(event.session)].filter(Boolean).join('\n\n'))}`,
      `URL:${escapeText(siteUrl)}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
