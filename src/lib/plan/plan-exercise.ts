import type { Exercise } from '../exercise';

/**
 * The fields of an exercise the plan engine reads, and only those: the plan
 * page sends them to the browser. The engine's types take this shape, so a
 * field it starts to read must be added here, or it does not compile.
 */
export const PLAN_EXERCISE_FIELDS = ['slug', 'name', 'pattern', 'primaryMuscles', 'secondaryMuscles', 'equipment', 'level', 'unilateral', 'mainLift', 'phases', 'dose', 'regressions'] as const;

export type PlanExercise = Pick<Exercise, (typeof PLAN_EXERCISE_FIELDS)[number]>;

/** An exercise as the plan engine reads it; optional fields left unset stay absent. */
export function planExercise(exercise: Exercise): PlanExercise {
  return Object.fromEntries(PLAN_EXERCISE_FIELDS.filter((field) => exercise[field] !== undefined).map((field) => [field, exercise[field]])) as PlanExercise;
}
