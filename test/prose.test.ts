import { expect, test } from 'vitest';
import { exerciseProseOf, lintProse, proseOf } from '../src/lib/content-checks/prose';
import { bundledExerciseFiles, bundledGuides } from './helpers/content';

/** The held rules are listed in the README under "Content checks and prose rules". */
const files = [...bundledGuides(), ...bundledExerciseFiles()];

test.each(files.map((file) => [file.file, file.source] as const))('%s reads cleanly', async (file, source) => {
  const text = file.endsWith('.md') ? exerciseProseOf(source) : proseOf(source);
  const problems = await lintProse(text);
  expect(problems.map((p) => `${file}:${p.line}:${p.column} ${p.rule}: ${p.message}`)).toEqual([]);
});
