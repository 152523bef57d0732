import type { Exercise } from '../exercise';
import { editDistance, words } from '../search/spelling';
import type { ContentProblem } from './problem';

type Ladder = Pick<Exercise, 'slug' | 'pattern' | 'progressions' | 'regressions'>;

/**
 * Every exercise sits on a ladder (an easier or a harder version), and the
 * ladders agree both ways: if A progresses to B, B regresses to A. Mobility
 * drills need none: a stretch is not an easier version of a lift, and a
 * ladder shown as one would mislead a reader and the plan's fallbacks.
 */
export function checkLadders(exercises: readonly Ladder[], fileOf: (slug: string) => string): ContentProblem[] {
  const bySlug = new Map(exercises.map((exercise) => [exercise.slug, exercise]));
  const problems: ContentProblem[] = [];
  for (const exercise of exercises) {
    const file = fileOf(exercise.slug);
    if (exercise.pattern !== 'mobility' && exercise.progressions.length === 0 && exercise.regressions.length === 0) {
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

/** A name with case, spaces, hyphens, apostrophes and plural endings taken out: `Farmer's carry` → `farmercarry`, as is `farmers carry`. */
function spelledOut(name: string): string {
  return words(name.replace(/['’]/g, ''))
    .map((word) => (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word))
    .join('');
}

/**
 * "Also called" lists other names. A plural, a joined or hyphenated form, a
 * change of case or a one-letter slip of a name already shown would read as
 * a mistake there; those go in `searchTerms`, which search reads and the
 * page does not show.
 */
export function checkAliases(exercises: readonly Pick<Exercise, 'slug' | 'name' | 'aliases'>[], fileOf: (slug: string) => string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const exercise of exercises) {
    const shown: string[] = [exercise.name];
    for (const alias of exercise.aliases) {
      const form = spelledOut(alias);
      const same = shown.find((name) => {
        const other = spelledOut(name);
        return form === other || (Math.min(form.length, other.length) >= 6 && editDistance(form, other, 1) <= 1);
      });
      if (same) {
        problems.push({
          file: fileOf(exercise.slug),
          field: 'aliases',
          message: `"${alias}" is "${same}" spelled another way; put spellings in searchTerms, which search reads and the page does not show`,
        });
      } else shown.push(alias);
    }
  }
  return problems;
}
