import type { Distance, Phase } from '../vocabulary';
import { addDays, daysBetween, startOfWeek, type CalendarDate } from './calendar-date';
import { phaseForDays } from './phase';
import type { PlanRules } from './rules';

/** What kind of week it is, as the timeline names it. */
export type WeekKind = 'normal' | 'deload' | 'test' | 'taper' | 'race' | 'recovery';

/**
 * What a week's kind adds to its phase's name in the outline and the
 * calendar; nothing where the phase already says it ("Taper", not "Taper, taper").
 */
export const WEEK_KIND_LABELS: Record<WeekKind, string> = {
  normal: '',
  deload: 'deload week',
  test: 'baseline test week',
  taper: '',
  race: 'race week',
  recovery: '',
};

export interface Week {
  /** 0 for the week containing today. */
  index: number;
  /** The week's first day. */
  start: CalendarDate;
  phase: Phase;
  kind: WeekKind;
  /** Lifting volume relative to a normal base week. */
  volume: number;
}

/** Shares are data; keep them tidy for readers and for comparisons. */
const round = (value: number) => Math.round(value * 100) / 100;

/**
 * A week of `phase`: its kind and its volume. In the loading phases every
 * `deloadEvery`th week is a deload and the week after it a baseline test,
 * counted from this week, which is a test week itself: start from a known
 * baseline. The race week is the taper's last, at a share of its volume.
 */
function week(index: number, start: CalendarDate, phase: Phase, raceWeek: boolean, rules: PlanRules): Week {
  const loading = rules.loadingPhases.includes(phase);
  const kind: WeekKind =
    raceWeek ? 'race'
    : phase === 'taper' ? 'taper'
    : phase === 'recovery' ? 'recovery'
    : loading && (index + 1) % rules.deloadEvery === 0 ? 'deload'
    : loading && index % rules.deloadEvery === 0 ? 'test'
    : 'normal';
  const base = rules.phases[phase].volume;
  const volume =
    kind === 'race' ? rules.phases.taper.volume * rules.raceWeekVolume
    : kind === 'deload' ? base * rules.deloadVolume
    : base;
  return { index, start, phase: raceWeek ? 'taper' : phase, kind, volume: round(volume) };
}

/**
 * Week by week from the week containing `today` to the week containing
 * `raceDate`. A week takes the phase of its first day (or of today, in the
 * first week).
 */
export function raceOutline(today: CalendarDate, raceDate: CalendarDate, distance: Distance, rules: PlanRules, weekStart = 0): Week[] {
  const first = startOfWeek(today, weekStart);
  const last = startOfWeek(raceDate, weekStart);
  const weeks: Week[] = [];
  for (let index = 0, start = first; start <= last; index++, start = addDays(start, 7)) {
    const from = start < today ? today : start;
    weeks.push(week(index, start, phaseForDays(daysBetween(from, raceDate), distance, rules), start === last, rules));
  }
  return weeks;
}

/**
 * The weeks with the runner's chosen phase in place of the calendar's for
 * the block they are in now (the first weeks that share this week's phase),
 * so the timeline, the template and the calendar file all follow the choice.
 * Later blocks keep the calendar's phases, and the race week stays.
 * @example withChosenPhase(weeks, 'build', rules) // base weeks until the build block → build
 */
export function withChosenPhase(weeks: readonly Week[], chosen: Phase, rules: PlanRules): Week[] {
  const current = weeks[0]?.phase;
  let inBlock = true;
  return weeks.map((entry) => {
    inBlock &&= entry.phase === current && entry.kind !== 'race';
    return inBlock ? week(entry.index, entry.start, chosen, false, rules) : entry;
  });
}

/** The recovery weeks after a race, from the week containing `today` until recovery ends. */
export function recoveryOutline(today: CalendarDate, raceDate: CalendarDate, distance: Distance, rules: PlanRules, weekStart = 0): Week[] {
  const end = addDays(raceDate, rules.recoveryDays[distance]);
  const weeks: Week[] = [];
  for (let index = 0, start = startOfWeek(today, weekStart); start <= end; index++, start = addDays(start, 7)) {
    weeks.push(week(index, start, 'recovery', false, rules));
  }
  return weeks;
}
