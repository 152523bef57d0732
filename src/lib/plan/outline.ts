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
 * Week by week from the week containing `today` to the week containing
 * `raceDate`. A week takes the phase of its first day (or of today, in the
 * first week). In base and build every `deloadEvery`th week is a deload and
 * the week after it a baseline test, counted from this week, which is a test
 * week itself: start from a known baseline.
 */
export function raceOutline(today: CalendarDate, raceDate: CalendarDate, distance: Distance, rules: PlanRules, weekStart = 0): Week[] {
  const first = startOfWeek(today, weekStart);
  const last = startOfWeek(raceDate, weekStart);
  const weeks: Week[] = [];
  for (let index = 0, start = first; start <= last; index++, start = addDays(start, 7)) {
    const from = start < today ? today : start;
    const phase = phaseForDays(daysBetween(from, raceDate), distance, rules);
    const loading = rules.loadingPhases.includes(phase);
    const kind: WeekKind =
      start === last ? 'race'
      : phase === 'taper' ? 'taper'
      : loading && (index + 1) % rules.deloadEvery === 0 ? 'deload'
      : loading && index % rules.deloadEvery === 0 ? 'test'
      : 'normal';
    const base = rules.phases[phase].volume;
    const volume =
      kind === 'race' ? rules.phases.taper.volume * rules.raceWeekVolume
      : kind === 'deload' ? base * rules.deloadVolume
      : base;
    weeks.push({ index, start, phase: kind === 'race' ? 'taper' : phase, kind, volume: round(volume) });
  }
  return weeks;
}

/** The recovery weeks after a race, from the week containing `today` until recovery ends. */
export function recoveryOutline(today: CalendarDate, raceDate: CalendarDate, distance: Distance, rules: PlanRules, weekStart = 0): Week[] {
  const end = addDays(raceDate, rules.recoveryDays[distance]);
  const weeks: Week[] = [];
  for (let index = 0, start = startOfWeek(today, weekStart); start <= end; index++, start = addDays(start, 7)) {
    weeks.push({ index, start, phase: 'recovery', kind: 'recovery', volume: round(rules.phases.recovery.volume) });
  }
  return weeks;
}
