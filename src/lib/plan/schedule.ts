import { PHASES } from '../vocabulary';
import { addDays, daysBetween, weekday, type CalendarDate } from './calendar-date';
import { isKeyRunDay, type KeyRuns } from './lifting-days';
import { WEEK_KIND_LABELS, type Week } from './outline';
import type { Plan, Session } from './types';

/** One lifting session on its date; the calendar file writes these, and the plan checks one is left before the race. */
export interface CalendarEvent {
  date: CalendarDate;
  week: Week;
  /** The session of the week's phase, with a deload or race week's fewer sets. */
  session: Session;
  /** The share of its phase's sets the week keeps: 1, or less in a deload or race week. */
  share: number;
  summary: string;
}

/**
 * A lighter week's session: the same exercises and weights with a share of
 * the main and accessory sets, at least one each.
 * @example scaledSession(dayA, 0.6) // 3 sets → 2, 4 → 2, 2 → 1
 */
export function scaledSession(session: Session, share: number): Session {
  return {
    ...session,
    sections: session.sections.map((section) =>
      section.section === 'main' || section.section === 'accessory'
        ? { ...section, items: section.items.map((item) => ({ ...item, sets: Math.max(1, Math.round(item.sets * share)) })) }
        : section,
    ),
  };
}

/*
 * A week's lone session (the taper's) whose day has passed moves to the
 * first day left in that week that holds no key run, so a runner who opens
 * the plan mid-week still gets that week's session. It stays two days clear
 * of the week's end, so next week's session is never the day after.
 */
function catchUpDay(today: CalendarDate, week: Week, runs: KeyRuns): CalendarDate | undefined {
  for (let date = today; date <= addDays(week.start, 4); date = addDays(date, 1)) if (!isKeyRunDay(weekday(date), runs)) return date;
  return undefined;
}

/**
 * The lifting sessions from today to the plan's last day, on each week's
 * lifting days for its phase. With two sessions a week Day A and Day B keep
 * their own days, as the template says; with one they take turns. A deload
 * or race week keeps its share of the sets (its volume against its phase's),
 * and a lone session whose day has passed this week moves to a later one.
 * Nothing heavy falls in the taper's days, whatever the week around them,
 * and nothing in the rest days right before and after the race.
 */
export function planEvents(plan: Plan): CalendarEvent[] {
  const { raceDate, today } = plan.input;
  if (!raceDate || !plan.lastDay || plan.weeks.length === 0) return [];
  const events: CalendarEvent[] = [];
  let turn = 0;
  for (const week of plan.weeks) {
    const template = plan.templates[week.phase]!;
    const days = template.liftingDays.slice(0, week.kind === 'race' ? 1 : template.sessionsPerWeek);
    for (const [i, day] of days.entries()) {
      let date = addDays(week.start, (day - weekday(week.start) + 7) % 7);
      if (date < today && days.length === 1) date = catchUpDay(today, week, plan.input) ?? date;
      if (date < today || date > plan.lastDay) continue;
      if (date <= raceDate && daysBetween(date, raceDate) <= plan.restDaysBeforeRace) continue;
      if (date > raceDate && daysBetween(raceDate, date) <= plan.restDaysAfterRace) continue;
      if (week.phase !== 'taper' && plan.taperStarts !== undefined && date >= plan.taperStarts && date <= raceDate) continue;
      const session = template.sessions[days.length > 1 ? i : turn++ % 2]!;
      const share = week.volume / template.volume;
      events.push({
        date,
        week,
        share,
        session: share < 1 ? scaledSession(session, share) : session,
        summary: [`Strength ${session.title}`, PHASES[week.phase], WEEK_KIND_LABELS[week.kind]].filter(Boolean).join(' · '),
      });
    }
  }
  // A week's days come in session order (Day A's may be the later), so the calendar is put in date order.
  return events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
