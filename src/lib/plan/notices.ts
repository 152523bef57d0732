/*
 * The notices a plan shows a runner: plain sentences for what the calendar,
 * their kit, their experience and their week mean for this template, each
 * with what to do about it. buildPlan decides when to ask; these say it.
 */
import { daysBetween, formatCalendarDate, weekday, WEEKDAY_NAMES, type CalendarDate } from './calendar-date';
import { daysToNextKeyRun, isKeyRunDay, type KeyRuns } from './lifting-days';
import type { PlanRules } from './rules';
import type { CalendarEvent } from './schedule';
import type { Notice, Plan, PlanInput } from './types';
import { pluralize } from '../plural';
import { PHASES, type Phase } from '../vocabulary';

/** What the race date means for lifting now: race day, after the race, long past or far ahead. */
export function calendarNotices(
  daysToRace: number,
  calendarPhase: Phase,
  rules: PlanRules,
  raceDate: CalendarDate,
  distance: PlanInput['distance'],
  fromCalendar: boolean,
  firstSession: CalendarDate | undefined,
): Notice[] {
  if (daysToRace === 0) return [{ level: 'info', text: 'It is race day. No lifting today: good luck out there.' }];
  if (daysToRace < 0 && calendarPhase === 'recovery') {
    // Named by the first session the calendar holds, which is the first lifting day after the rest days.
    const resting = -daysToRace <= rules.restDaysAfterRace[distance] && firstSession ? ` Start lifting again on ${formatCalendarDate(firstSession)}, once the race’s soreness has passed.` : '';
    return [{ level: 'info', text: `Your race was ${pluralize(-daysToRace, 'day')} ago.${resting} These weeks are for recovery; then set your next race.` }];
  }
  if (daysToRace < 0) {
    const until = fromCalendar ? '; until then, this is a base template' : '';
    return [{ level: 'info', text: `Your race on ${formatCalendarDate(raceDate, true)} is past and so is its recovery. Set your next race to plan toward it${until}.` }];
  }
  if (daysToRace > rules.longLeadWeeks * 7) {
    return [{ level: 'info', text: `Your race is more than ${rules.longLeadWeeks} weeks away, so you start with a long base. Come back as it gets closer.` }];
  }
  return [];
}

/** A phase the runner chose, where the calendar says another. */
export function chosenPhaseNotices(phase: Phase, calendarPhase: Phase): Notice[] {
  if (phase === calendarPhase) return [];
  return [{ level: 'info', text: `You chose the ${PHASES[phase].toLowerCase()} phase; by the calendar you are in ${PHASES[calendarPhase].toLowerCase()}.` }];
}

/**
 * The guides ask for a few weeks of technique before heavy lifting, and for
 * nothing new in-season; a new lifter may open the builder in build or peak.
 */
export function easeInNotices(experience: PlanInput['experience'], phase: Phase): Notice[] {
  if (experience !== 'new') return [];
  if (phase === 'build') {
    return [{ level: 'info', text: 'New to lifting? Spend your first three weeks on bodyweight versions of these movements and good technique, as the guide for beginners sets out, before you lift this heavy.' }];
  }
  if (phase === 'peak') {
    return [{ level: 'info', text: 'New to lifting, with a race this close? Keep to bodyweight versions of these movements and good technique until after it, and start the heavier work in your next base phase.' }];
  }
  return [];
}

/**
 * Heavy lifting stops when the taper starts. Before it, the week's template
 * may still have a session or two to go; once no session is left before it,
 * the template shown is already the taper's, and says why.
 */
export function taperStartNotices(today: CalendarDate, taperStarts: CalendarDate, phase: Phase, calendarPhase: Phase, taperDays: number, events: readonly CalendarEvent[]): Notice[] {
  const ahead = daysBetween(today, taperStarts);
  const stops = `Heavy lifting stops on ${formatCalendarDate(taperStarts)}, ${pluralize(taperDays, 'day')} before your race`;
  if (phase === 'taper' && calendarPhase !== 'taper' && ahead > 0) return [{ level: 'info', text: `${stops}, before your next session, so this is your taper template.` }];
  if (phase === 'taper' || phase === 'recovery' || ahead <= 0 || ahead > 7 || !events.some((event) => event.date < taperStarts)) return [];
  return [{ level: 'info', text: `${stops}. From then, lift as the taper template says: one short, light session a week.` }];
}

/** No weight makes four to six reps of a bodyweight squat heavy, so without any the main lifts keep each exercise's own reps. */
export function unloadedNotice(equipmentLabel: string): Notice {
  return {
    level: 'info',
    text: `With ${equipmentLabel.toLowerCase()}, the main lifts keep each exercise’s own reps at the effort shown. When the top of the range feels easy, move on to the harder version its page lists.`,
  };
}

/*
 * What a lifting day costs the runs around it, when the week left no better
 * day, with the guides' advice for it: stack after the key run, or keep the
 * lighter day before one.
 */
export function placementNotices(plan: Plan, runs: KeyRuns): Notice[] {
  // No session left before the race: no day to speak of.
  if (plan.sessions.every((session) => session.weekday === undefined)) return [];
  return plan.liftingDays.flatMap((day): Notice[] => {
    const session = plan.sessionsPerWeek > 1 ? plan.sessions.find((entry) => entry.weekday === day)?.title : 'Your session';
    if (session === undefined) return [];
    if (isKeyRunDay(day, runs)) {
      return [{ level: 'info', text: `${session} shares ${WEEKDAY_NAMES[day]} with a key run, since your week leaves no day clear of them: run first, then lift later that day, hours apart if you can.` }];
    }
    // A lone session (the taper's) falls early in the week on purpose, and is light.
    if (plan.sessionsPerWeek === 1 || daysToNextKeyRun(day, runs) > 1) return [];
    const next = (day + 1) % 7 === runs.longRun ? 'your long run' : 'a quality session';
    return [{ level: 'info', text: `${session} falls on ${WEEKDAY_NAMES[day]}, the day before ${next}, since your week leaves no day further from one. If that run suffers, lift after a hard run instead: run first, lift hours later.` }];
  });
}

/** No session is left before the race; on race day the calendar notice has said so already. */
export function noSessionNotices(daysToRace: number): Notice[] {
  return daysToRace > 0 ? [{ level: 'info', text: `Your race is ${pluralize(daysToRace, 'day')} away: skip lifting until after it.` }] : [];
}

/** The calendar moved this week's lone session, whose usual day has passed; the template still names the usual day. */
export function catchUpNotices(plan: Plan, events: readonly CalendarEvent[]): Notice[] {
  const [first] = events;
  const usual = plan.liftingDays[0];
  if (plan.sessionsPerWeek !== 1 || !first || usual === undefined || weekday(first.date) === usual) return [];
  return [{ level: 'info', text: `This week’s session moves to ${formatCalendarDate(first.date)}, since ${WEEKDAY_NAMES[usual]} has passed.` }];
}
