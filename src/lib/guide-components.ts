/**
 * The components a guide may use without an import line, by the names
 * authors write. src/user-components/index.ts provides them, and its type
 * holds it to this list.
 */
export const GUIDE_COMPONENTS = ['Callout', 'ExerciseCard', 'ExerciseList', 'Figure', 'PlanLink', 'PlanTemplate'] as const;
export type GuideComponent = (typeof GUIDE_COMPONENTS)[number];
