import { expect, test } from 'vitest';
import { guideFileProblems } from './guide-file';

const none = () => [];

test('a colon is reported on the file’s own line, counting the opening fence', () => {
  const source = '---\ndescription: A guide.\ntitle: Strength: a guide\n---\n\nBody.\n';
  expect(guideFileProblems('g.mdx', source, none)).toEqual([
    { file: 'g.mdx:3', field: 'title', message: 'YAML reads the colon in this value as the start of another field; put the value in quotes: `title: "Strength: a guide"`' },
  ]);
});

test('dates and the hero are checked once the frontmatter reads as YAML', () => {
  const source = '---\ntitle: A guide\npublished: 2026-02-30\nhero: ./images/x.jpg\n---\n';
  expect(guideFileProblems('g.mdx', source, none).map((problem) => [problem.file, problem.field])).toEqual([
    ['g.mdx:3', 'published'],
    ['g.mdx:4', 'hero'],
  ]);
});

test('a guide with none of these mistakes has no problems', () => {
  expect(guideFileProblems('g.mdx', '---\ntitle: "Strength: a guide"\npublished: 2026-02-28\n---\n', none)).toEqual([]);
});
