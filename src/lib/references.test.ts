import { describe, expect, test } from 'vitest';
import { exerciseSlugsInMdx, findUnknownExercises, formatProblems } from './references';

describe('exerciseSlugsInMdx', () => {
  test('finds cards and lists with their lines', () => {
    const body = 'Intro\n<ExerciseCard slug="goblet-squat" />\n\n<ExerciseList slugs={["a", \'b\']} />';
    expect(exerciseSlugsInMdx(body)).toEqual([
      { slug: 'goblet-squat', line: 2 },
      { slug: 'a', line: 4 },
      { slug: 'b', line: 4 },
    ]);
  });

  test('leaves out components shown as code', () => {
    const body = 'Use `<ExerciseCard slug="..." />` like this:\n```mdx\n<ExerciseCard slug="example" />\n```\n<ExerciseCard slug="real" />';
    expect(exerciseSlugsInMdx(body)).toEqual([{ slug: 'real', line: 5 }]);
  });
});

describe('findUnknownExercises', () => {
  test('names the file, the field and a likely fix', () => {
    const problems = findUnknownExercises(
      [{ file: 'content/guides/x.mdx', references: { exercises: ['goblet-squat', 'romanian-deadlfit'] } }],
      ['goblet-squat', 'romanian-deadlift'],
    );
    expect(formatProblems(problems)).toMatchInlineSnapshot(
      `"content/guides/x.mdx → exercises: names exercise \`romanian-deadlfit\`, which does not exist in content/exercises/. Did you mean \`romanian-deadlift\`?"`,
    );
  });

  test('finds nothing when every reference resolves', () => {
    expect(findUnknownExercises([{ file: 'f', references: { progressions: ['a'] } }], ['a'])).toEqual([]);
  });
});
