import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { EQUIPMENT, LEVELS, MUSCLES, PATTERNS, PHASES } from '../lib/vocabulary';
import { friendly } from './errors';
import { closedList } from './vocabulary';

const sentence = z.string(friendly).trim().min(3, { error: 'expected a sentence of at least 3 characters' });

/** The frontmatter of one exercise file, `content/exercises/<slug>.md`. */
export const exerciseSchema = z
  .object(
    {
    /** The name readers see, e.g. `Romanian deadlift`. */
    name: z.string(friendly).trim().min(2),
    /** Other names it goes by, shown as "Also called" and searched, e.g. `[RDL]`. */
    aliases: z.array(z.string(friendly).trim().min(1), friendly).default([]),
    /** Other spellings people type (plurals, joined words, slips), searched but not shown, e.g. `[deadbug]`. */
    searchTerms: z.array(z.string(friendly).trim().min(1), friendly).default([]),
    /** The movement pattern it trains, e.g. `hinge`. */
    pattern: closedList(PATTERNS, 'movement patterns'),
    /** The muscles that do most of the work, e.g. `[hamstrings, glutes]`. */
    primaryMuscles: z.array(closedList(MUSCLES, 'muscles'), friendly).min(1, { error: 'expected at least one primary muscle' }),
    /** Muscles that help or stabilise, e.g. `[lower-back, forearms]`. */
    secondaryMuscles: z.array(closedList(MUSCLES, 'muscles'), friendly).default([]),
    /** Everything needed to do it, e.g. `[dumbbell]`; `[bodyweight]` when nothing is. */
    equipment: z.array(closedList(EQUIPMENT, 'equipment'), friendly).min(1, { error: 'expected at least one item; use `[bodyweight]` when nothing is needed' }),
    /** Who can do it well without coaching, e.g. `beginner`. */
    level: closedList(LEVELS, 'levels'),
    /** True when it works one side at a time. */
    unilateral: z.boolean(friendly),
    /** What a coach says while you do it: short, one cue per line. */
    cues: z.array(sentence, friendly).min(2, { error: 'expected at least two coaching cues' }),
    /** What a coach would spot going wrong. */
    mistakes: z.array(sentence, friendly).min(1, { error: 'expected at least one common mistake' }),
    /** Why it carries over to running, in a sentence or two. */
    carryover: sentence,
    /** The phases of the season it suits, e.g. `[base, build]`. */
    phases: z.array(closedList(PHASES, 'phases'), friendly).min(1, { error: 'expected at least one phase' }),
    /** `false` keeps it out of a session's main slots, for work whose dose cannot follow a main lift's reps and tempo: a ballistic swing, an eccentric Nordic curl. */
    mainLift: z.boolean(friendly).default(true),
    /** A sensible default dose for cards and embeds, e.g. `{ sets: 3, reps: "6–8 each side" }`. */
    dose: z.object(
      {
        sets: z.number(friendly).int().min(1).max(10),
        reps: z.string(friendly).trim().min(1),
      },
      friendly,
    ),
    /** Harder versions, by exercise slug, e.g. `[single-leg-rdl]`. */
    progressions: z.array(reference('exercises'), friendly).default([]),
    /** Easier versions, by exercise slug, e.g. `[hip-bridge]`. */
    regressions: z.array(reference('exercises'), friendly).default([]),
    /** `true` keeps it off the site, out of plans and out of search in production builds, as a guide's draft is. */
    draft: z.boolean(friendly).default(false),
    },
    friendly,
  )
  .strict();

/** What an author writes. */
export type ExerciseInput = z.input<typeof exerciseSchema>;
/** What the code reads. */
export type ExerciseData = z.output<typeof exerciseSchema>;
