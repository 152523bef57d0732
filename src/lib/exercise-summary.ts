import type { Exercise } from './exercise';
import { MUSCLES, PATTERNS } from './vocabulary';

const list = new Intl.ListFormat('en', { type: 'conjunction' });

/**
 * What an exercise is and why a runner does it, in a sentence or two: its
 * page's description and its structured data say the same.
 * @example exerciseSummary(goblet) // 'Squat exercise for runners that works the quadriceps and the glutes. Builds …'
 */
export function exerciseSummary(exercise: Pick<Exercise, 'pattern' | 'primaryMuscles' | 'carryover'>): string {
  // "the" before each keeps a label with "and" in it (forearms and grip) one item.
  const muscles = list.format(exercise.primaryMuscles.map((muscle) => `the ${MUSCLES[muscle].toLowerCase()}`));
  return `${PATTERNS[exercise.pattern]} exercise for runners that works ${muscles}. ${exercise.carryover}`;
}
