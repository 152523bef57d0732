import { describe, expect, test } from 'vitest';
import { exerciseSlugsInMdx, findUnknownExercises, formatProblems, placeInFile } from './references';

describe('exerciseSlugsInMdx', () => {
  test('finds cards and lists with their lines', () => {
    const body = 'Intro\n<ExerciseCard slug="goblet-squat" />\n\n<ExerciseList slugs={["a", \'b\']} />';
    expect(exerciseSlugsInMdx(body)).toEqual([
      { slug: 'goblet-squat', line: 2 },
      { slug: 'a', line: 4 },
      { slug: 'b', line: 4 },
    ]);
  });

  test('finds a list that runs over several lines, each slug on its own line', () => {
    const body = 'Intro\n\n<ExerciseList\n  slugs={[\n    "a",\n    "b",\n  ]}\n/>';
    expect(exerciseSlugsInMdx(body)).toEqual([
      { slug: 'a', line: 5 },
      { slug: 'b', line: 6 },
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

describe('placeInFile', () => {
  const source = '---\ntitle: A guide\nexercises:\n  - goblet-squat\n  - romanian-deadlfit\n---\n\nIntro\n<ExerciseCard slug="goblet-sqat" />\n';
  const read = (file: string) => {
    if (file !== 'content/guides/x.mdx') throw new Error('no such file');
    return source;
  };

  test('a body line moves down past the frontmatter and the blank lines after it, to the line in the file', () => {
    // The content layer's body starts at "Intro", so the card is on its line 2.
    const [problem] = placeInFile([{ file: 'content/guides/x.mdx:2', field: 'body', message: 'names exercise `goblet-sqat`', slug: 'goblet-sqat' }], read);
    expect(problem!.file).toBe('content/guides/x.mdx:9');
    expect(source.split('\n')[8]).toContain('goblet-sqat');
  });

  test('a frontmatter field gets the line that names the slug', () => {
    const [problem] = placeInFile([{ file: 'content/guides/x.mdx', field: 'exercises', message: 'names exercise `romanian-deadlfit`, which does not exist', slug: 'romanian-deadlfit' }], read);
    expect(problem!.file).toBe('content/guides/x.mdx:5');
  });

  test('a file it cannot read keeps the problem as it was', () => {
    const problem = { file: 'guides/gone:4', field: 'body', message: 'names exercise `x`', slug: 'x' };
    expect(placeInFile([problem], read)).toEqual([problem]);
  });
});
