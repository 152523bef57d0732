import { z } from 'astro/zod';
import { DISTANCES, EQUIPMENT, EQUIPMENT_LEVELS, EXPERIENCE, LEVELS, MUSCLES, PATTERNS, PHASES } from '../lib/vocabulary';
import { rirMismatch } from '../lib/plan/effort';
import { friendly } from './errors';
import { closedList } from './vocabulary';

const text = z.string(friendly).trim().min(1);
const days = z.number(friendly).int().min(0).max(120);
const weeks = z.number(friendly).int().min(0).max(52);
const share = z.number(friendly).min(0).max(1.5);

/** One number per race distance, e.g. `{ 5k: 7, 10k: 9, half: 10, marathon: 12, ultra: 14 }`. */
const perDistance = <T extends z.ZodType>(value: T) =>
  z.object(Object.fromEntries(Object.keys(DISTANCES).map((key) => [key, value])) as Record<keyof typeof DISTANCES, T>, friendly).strict();

/** How an exercise in a slot is dosed. */
const prescription = z
  .object(
    {
      /** Sets in a normal week, e.g. `3`. */
      sets: z.number(friendly).int().min(1).max(8),
      /** Reps per set, e.g. `"6–8"`; omit to use the exercise's own dose. */
      reps: text.optional(),
      /** Effort as reps in reserve, e.g. `"2–3"`. */
      rir: text,
      /** Effort as RPE on the 1–10 scale, e.g. `"7–8"`. */
      rpe: text,
      /** Tempo as lower-pause-lift-pause seconds, e.g. `"3-1-1-0"`; X means as fast as possible. */
      tempo: text,
      /** Rest between sets, e.g. `"2 min"`. */
      rest: text,
    },
    friendly,
  )
  .strict()
  .superRefine((dose, context) => {
    const expected = rirMismatch(dose.rpe, dose.rir);
    if (expected) {
      context.addIssue({ code: 'custom', path: ['rir'], message: `RPE ${dose.rpe} leaves ${expected} reps in reserve on the RIR-based RPE scale (Helms et al., 2016); received \`${dose.rir}\`` });
    }
  });

/** The dose of each part of a session in one phase. */
const phaseRules = z
  .object(
    {
      /** What this phase is for, one sentence shown above the template. */
      purpose: text,
      /** Lifting sessions per week. */
      sessionsPerWeek: z.number(friendly).int().min(1).max(3),
      /** Weekly lifting volume relative to base (1); drives the timeline. */
      volume: share,
      main: prescription,
      accessory: prescription,
      warmup: prescription,
      cooldown: prescription,
    },
    friendly,
  )
  .strict();

/** One place in a session that an exercise fills. */
const slot = z
  .object(
    {
      /** Stable id, used in share URLs for swaps, e.g. `a-hinge`. */
      id: z.string(friendly).regex(/^[a-z0-9-]+$/, { error: 'expected a lowercase id with hyphens, e.g. `a-hinge`' }),
      pattern: closedList(PATTERNS, 'movement patterns'),
      /** Muscles to favour when several exercises fit: first those that train more of them, then those that train little else. */
      prefer: z.array(closedList(MUSCLES, 'muscles'), friendly).default([]),
      /** Only one-sided (true) or two-sided (false) exercises; omit for either. */
      unilateral: z.boolean(friendly).optional(),
      /** The nearest pattern in what it trains, used when nothing of `pattern` fits the equipment, phase or level. */
      fallback: closedList(PATTERNS, 'movement patterns').optional(),
    },
    friendly,
  )
  .strict();

const session = z
  .object(
    {
      /** What the day leans on, shown under its title. */
      focus: text,
      warmup: z.array(slot, friendly),
      main: z.array(slot, friendly).min(1, { error: 'expected at least one main lift' }),
      accessory: z.array(slot, friendly),
      cooldown: z.array(slot, friendly),
    },
    friendly,
  )
  .strict();

/** The plan rules a coach tunes, `content/plan/rules.yaml`. */
export const planRulesSchema = z
  .object(
    {
      /** Days before the race when heavy lifting stops and the taper starts. */
      taperDays: perDistance(days),
      /** Weeks of peak (in-season) lifting before the taper. */
      peakWeeks: perDistance(weeks),
      /** Weeks of build before the peak. */
      buildWeeks: perDistance(weeks),
      /** Days after the race spent in recovery. */
      recoveryDays: perDistance(days),
      /** Races further out than this many weeks get a note that the plan is a long base. */
      longLeadWeeks: weeks,
      /** A deload week comes every this many weeks in base and build. */
      deloadEvery: z.number(friendly).int().min(2).max(8),
      /** Share of normal volume in a deload week. */
      deloadVolume: share,
      /** Share of normal taper volume in race week. */
      raceWeekVolume: share,
      /** Days right before the race with no lifting at all. */
      restDaysBeforeRace: z.number(friendly).int().min(0).max(14),
      /** Days right after the race with no lifting at all, by distance, while its soreness passes. */
      restDaysAfterRace: perDistance(z.number(friendly).int().min(0).max(14)),
      /** Phases whose weeks get deloads and baseline tests. */
      loadingPhases: z.array(closedList(PHASES, 'phases'), friendly),
      /** What each equipment level allows. */
      equipmentLevels: z.object(
        Object.fromEntries(Object.keys(EQUIPMENT_LEVELS).map((key) => [key, z.array(closedList(EQUIPMENT, 'equipment'), friendly).min(1)])) as Record<
          keyof typeof EQUIPMENT_LEVELS,
          z.ZodArray<ReturnType<typeof closedList<typeof EQUIPMENT>>>
        >,
        friendly,
      ),
      /** The exercise levels a warm-up or cool-down may use, whatever the experience: none is a hard lift done lightly. */
      warmupLevels: z.array(closedList(LEVELS, 'levels'), friendly).min(1),
      /** The exercise levels each experience may get, for main lifts and for the rest. */
      experience: z.object(
        Object.fromEntries(
          Object.keys(EXPERIENCE).map((key) => [
            key,
            z.object({ main: z.array(closedList(LEVELS, 'levels'), friendly).min(1), other: z.array(closedList(LEVELS, 'levels'), friendly).min(1) }, friendly).strict(),
          ]),
        ) as Record<keyof typeof EXPERIENCE, z.ZodObject<{ main: z.ZodArray<ReturnType<typeof closedList<typeof LEVELS>>>; other: z.ZodArray<ReturnType<typeof closedList<typeof LEVELS>>> }>>,
        friendly,
      ),
      phases: z.object(
        Object.fromEntries(Object.keys(PHASES).map((key) => [key, phaseRules])) as Record<keyof typeof PHASES, typeof phaseRules>,
        friendly,
      ),
      /** Day A and Day B. */
      sessions: z.object({ a: session, b: session }, friendly).strict(),
    },
    friendly,
  )
  .strict();

export type PlanRulesInput = z.input<typeof planRulesSchema>;
export type PlanRules = z.output<typeof planRulesSchema>;
export type Slot = z.output<typeof slot>;
export type Prescription = z.output<typeof prescription>;
