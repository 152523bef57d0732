import type { Exercise } from '../exercise';
import type { ContentProblem } from './problem';

type Ladder = Pick<Exercise, 'slug' | 'progressions' | 'regressions'>;

/**
 * Every exercise sits on a ladder (an easier or a harder version), and the
 * ladders agree both ways: if A progresses to B, B regresses to A.
 */
export function checkLadders(exercises: readonly Ladder[], fileOf: (slug: string) => string): ContentProblem[] {
  const bySlug = new Map(exercises.map((exercise) => [exercise.slug, exercise]));
  const problems: ContentProblem[] = [];
  for (const exercise of exercises) {
    const file = fileOf(exercise.slug);
    if (exercise.progressions.length === 0 && exercise.regressions.length === 0) {
      problems.push({ file, field: 'progressions', message: 'has neither a progression nor a regression; link it into a ladder' });
    }
    for (const slug of exercise.progressions) {
      const harder = bySlug.get(slug);
      if (harder && !harder.regressions.includes(exercise.slug)) {
        problems.push({ file, field: 'progressions', message: `lists \`${slug}\`, but ${fileOf(slug)} does not list \`${exercise.slug}\` under regressions` });
      }
    }
    for (const slug of exercise.regressions) {
      const easier = bySlug.get(slug);
      if (easier && !easier.progressions.includes(exercise.slug)) {
        problems.push({ file, field: 'regressions', message: `lists \`${slug}\`, but ${fileOf(slug)} does not list \`${exercise.slug}\` under progressions` });
      }
    }
  }
  return problems;
}
