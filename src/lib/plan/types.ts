import type { Distance, EquipmentLevel, Experience, Phase, Section } from '../vocabulary';
import type { CalendarDate } from './calendar-date';
import type { Week } from './outline';

/** What a runner tells the plan builder. Everything but `today` may be left to its default. */
export interface PlanInput {
  /** The goal race; without one the plan is a phase template with no timeline. */
  raceDate?: CalendarDate | undefined;
  today: CalendarDate;
  distance: Distance;
  /** `auto` takes the phase from the calendar. */
  phase: Phase | 'auto';
  equipment: EquipmentLevel;
  experience: Experience;
  /** Weekday of the long run, 0 = Monday … 6 = Sunday. */
  longRun?: number | undefined;
  /** Weekdays of quality sessions (intervals, tempo, hills). */
  quality: number[];
  /** Slot id → exercise slug the runner swapped in. */
  swaps: Record<string, string>;
}

/** A note for the runner, shown above the template. */
export interface Notice {
  level: 'info' | 'warning';
  text: string;
}

export interface PlanItem {
  slotId: string;
  slug: string;
  name: string;
  sets: number;
  reps: string;
  tempo: string;
  rest: string;
  /** e.g. `RPE 7–8 · 2–3 in reserve`. */
  effort: string;
  alternatives: { slug: string; name: string }[];
  /** Set when the slot was filled differently from the rules, saying how. */
  fallback?: string;
  swapped?: boolean;
}

export interface SessionSection {
  section: Section;
  items: PlanItem[];
}

export interface Session {
  id: 'a' | 'b';
  /** `Day A` or `Day B`: the words a runner reads. */
  title: string;
  focus: string;
  /** The weekday it falls on; with one session a week, Day A and Day B share it in turn. */
  weekday?: number;
  sections: SessionSection[];
}

/** One phase's sessions and the days they fall on. */
export interface PhaseTemplate {
  sessionsPerWeek: number;
  /** Lifting volume relative to a normal base week, as a week of this phase has it. */
  volume: number;
  /** Weekdays (0 = Monday) in session order: Day A's first, then Day B's. */
  liftingDays: number[];
  sessions: Session[];
}

export interface Plan {
  input: PlanInput;
  phase: Phase;
  /** Where the phase came from. */
  phaseSource: 'calendar' | 'chosen';
  /** The phase by the calendar, when there is a race date. */
  calendarPhase?: Phase;
  purpose: string;
  daysToRace?: number;
  weeksToRace?: number;
  sessionsPerWeek: number;
  liftingDays: number[];
  notices: Notice[];
  sessions: Session[];
  weeks: Week[];
  /**
   * The template of every phase the weeks pass through, the plan's own
   * included, so the calendar file gives each week its own phase's sessions.
   */
  templates: Partial<Record<Phase, PhaseTemplate>>;
  /** The last day the weeks plan lifting for: race day, or the end of recovery. */
  lastDay?: CalendarDate;
  /** The first day of the taper by the calendar, from which nothing heavy is lifted. */
  taperStarts?: CalendarDate;
  /** Share of sets kept in a deload week. */
  deloadVolume: number;
  /** Days right before the race with no lifting. */
  restDaysBeforeRace: number;
  /** Days right after this plan's race with no lifting. */
  restDaysAfterRace: number;
}
