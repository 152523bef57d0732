import type { Equipment, Level, Muscle, Pattern, Phase } from './vocabulary';

/**
 * An exercise as `src/lib/` sees it: plain data, references already turned
 * into slugs, no Astro types. The content layer maps entries to this shape.
 */
export interface Exercise {
  /** The file name without extension, also the URL segment: `romanian-deadlift`. */
  slug: string;
  name: string;
  /** Other names, shown on its page. */
  aliases: string[];
  /** Other spellings people type; search reads them, pages do not show them. */
  searchTerms: string[];
  pattern: Pattern;
  primaryMuscles: Muscle[];
  secondaryMuscles: Muscle[];
  equipment: Equipment[];
  level: Level;
  unilateral: boolean;
  cues: string[];
  mistakes: string[];
  carryover: string;
  phases: Phase[];
  /** `false` when a plan must not make it a main lift; absent means it may. */
  mainLift?: boolean;
  dose: { sets: number; reps: string };
  progressions: string[];
  regressions: string[];
}
