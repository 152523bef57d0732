import { PHASES } from '../vocabulary';
import { addDays, daysBetween, weekday, type CalendarDate } from './calendar-date';
import { WEEK_KIND_LABELS, type Week } from './outline';
import type { Plan, Session } from './types';

/** One lifting session on its date; the calendar file writes these, and the plan checks one is left before the race. */
export interface CalendarEvent {
  date: CalendarDate;
  week: Week;
  /** The session of the week's phase, with a deload week's fewer sets. */
  session: Session;
  summary: string;
}

/**
 * A deload week's session: the same exercises and weights with a share of
 * the main and accessory sets, at least one each.
 * @example deloadSession(dayA, 0.6) // 3 sets → 2, 4 → 2, 2 → 1
 */
export function deloadSession(session: Session, share: number): Session {
  return {
    ...session,
    sections: session.sections.map((section) =>
      section.section === 'main' || section.section === 'accessory'
        ? { ...section, items: section.items.map((item) => ({ ...item, sets: Math.max(1, Math.round(item.sets * share)) })) }
        : section,
    ),
  };
}

/**
 * The lifting sessions from today to the plan's last day, on each week's
 * lifting days for its phase: Day A and Day B in turn, one session in the
 * race week, none in the rest days right before the race.
 */
export function planEvents(plan: Plan): CalendarEvent[] {
  const { raceDate, today } = plan.input;
  if (!raceDate || !plan.lastDay || plan.weeks.length === 0) return [];
  const events: CalendarEvent[] = [];
  let next = 0;
  for (const week of plan.weeks) {
    const template = plan.templates[week.phase]!;
    const perWeek = week.kind === 'race' ? 1 : template.sessionsPerWeek;
    for (const day of template.liftingDays.slice(0, perWeek)) {
      const date = addDays(week.start, (day - weekday(week.start) + 7) % 7);
      if (date < today || date > plan.lastDay) continue;
      if (date <= raceDate && daysBetween(date, raceDate) <= plan.restDaysBeforeRace) continue;
      const session = template.sessions[next++ % 2]!;
      events.push({
        date,
        week,
        session: week.kind === 'deload' ? deloadSession(session, plan.deloadVolume) : session,
        summary: [`Strength ${session.title}`, PHASES[week.phase], WEEK_KIND_LABELS[week.kind]].filter(Boolean).join(' · '),
      });
    }
  }
  return events;
}
