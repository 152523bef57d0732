import { describe, expect, test } from 'vitest';
import { checkAliases, checkGuide, checkLadders, checkSlots } from '../src/lib/content-checks';
import { exerciseSlugsInMdx, findUnknownExercises } from '../src/lib/references';
import { bundledExercises, bundledGuides, bundledRules } from './helpers/content';

/*
 * The bundled library against its own rules. Each check is proved able to
 * fail by the unit tests beside it in src/lib/content-checks/.
 */
const guides = bundledGuides();
const exercises = bundledExercises();
const fileOf = (slug: string) => `content/exercises/${slug}.md`;
const show = (problems: { file: string; field: string; message: string }[]) => problems.map((p) => `${p.file} → ${p.field}: ${p.message}`);

describe('the content library', () => {
  test('has at least 14 guides and 40 exercises', () => {
    expect(guides.length).toBeGreaterThanOrEqual(14);
    expect(exercises.length).toBeGreaterThanOrEqual(40);
  });

  test('every guide has a description of at most 160 characters, 800–1,800 words, and sources for research it states', () => {
    expect(show(guides.flatMap((guide) => checkGuide({ file: guide.file, description: guide.data.description, body: guide.body })))).toEqual([]);
  });

  test('no guide names an exercise that does not exist', () => {
    const entries = guides.flatMap((guide) => [
      { file: guide.file, references: { exercises: (guide.data.exercises as string[] | undefined) ?? [] } },
      ...exerciseSlugsInMdx(guide.body).map(({ slug }) => ({ file: guide.file, references: { body: [slug] } })),
    ]);
    expect(show(findUnknownExercises(entries, exercises.map((e) => e.slug)))).toEqual([]);
  });

  test('every exercise’s “Also called” line holds other names, not other spellings', () => {
    expect(show(checkAliases(exercises, fileOf))).toEqual([]);
  });

  test('every exercise sits on a ladder that agrees both ways', () => {
    expect(show(checkLadders(exercises, fileOf))).toEqual([]);
  });

  test('every plan slot has a candidate for each phase, equipment level and experience', () => {
    expect(show(checkSlots(exercises, bundledRules()))).toEqual([]);
  });

  test('every guide uses the site components and links into the plan builder', () => {
    for (const guide of guides) {
      expect.soft(/<(Callout|ExerciseCard|ExerciseList)\b/.test(guide.body), `${guide.file} uses no component`).toBe(true);
      expect.soft(/<Plan(Link|Template)\b/.test(guide.body), `${guide.file} has no link into the plan builder`).toBe(true);
    }
  });
});
