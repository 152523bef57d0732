import { PHASES } from '../vocabulary';
import { addDays, daysBetween, weekday, type CalendarDate } from './calendar-date';
import { WEEK_KIND_LABELS } from './outline';
import type { Plan, Session } from './types';

/** One lifting session on its date; the calendar file writes these, and the plan checks one is left before the race. */
export interface CalendarEvent {
  date: CalendarDate;
  session: Session;
  summary: string;
}

/**
 * The lifting sessions from today to race day, one per lifting day: Day A
 * and Day B in turn, one session a week in the taper, none in the rest days
 * right before the race.
 */
export function planEvents(plan: Plan): CalendarEvent[] {
  const raceDate = plan.input.raceDate;
  if (!raceDate || plan.weeks.length === 0) return [];
  const [dayA, dayB] = plan.sessions as [Session, Session];
  const events: CalendarEvent[] = [];
  let next = 0;
  for (const week of plan.weeks) {
    const perWeek = week.kind === 'taper' || week.kind === 'race' ? 1 : plan.sessionsPerWeek;
    for (const day of plan.liftingDays.slice(0, perWeek)) {
      const date = addDays(week.start, (day - weekday(week.start) + 7) % 7);
      if (date < plan.input.today) continue;
      if (week.kind !== 'recovery' && daysBetween(date, raceDate) <= plan.restDaysBeforeRace) continue;
      const session = next++ % 2 === 0 ? dayA : dayB;
      events.push({ date, session, summary: [`Strength ${session.title}`, PHASES[week.phase], WEEK_KIND_LABELS[week.kind]].filter(Boolean).join(' · ') });
    }
  }
  return events;
}
