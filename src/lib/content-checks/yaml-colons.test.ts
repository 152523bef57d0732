import { parse } from 'yaml';
import { expect, test } from 'vitest';
import { unquotedColons } from './yaml-colons';

/** The text with the reported line (and the lines that continued it) replaced by the fix. */
function fixed(yaml: string): unknown {
  const [found] = unquotedColons(yaml);
  const lines = yaml.split('\n');
  const start = found!.line - 1;
  const indent = /^[ \t]*/.exec(lines[start]!)![0];
  let end = start + 1;
  while (end < lines.length && lines[end]!.trim() !== '' && /^[ \t]*/.exec(lines[end]!)![0].length > indent.length && !/^[ \t]*-[ \t]/.test(lines[end]!)) end++;
  lines.splice(start, end - start, `${indent}${found!.fix}`);
  return parse(lines.join('\n'));
}

test.each([
  ['a title', 'description: A guide.\ntitle: Strength: a first guide\ntags: [a]\n', { line: 2, field: 'title', fix: 'title: "Strength: a first guide"' }, { title: 'Strength: a first guide' }],
  ['a value ending in a colon', 'title: Strength:\n', { line: 1, field: 'title', fix: 'title: "Strength:"' }, { title: 'Strength:' }],
  ['a list item, quoted whole and filed under its list', 'atAGlance:\n  - Tip: hinge: from the hips.\n  - Two\n', { line: 2, field: 'atAGlance', fix: '- "Tip: hinge: from the hips."' }, { atAGlance: ['Tip: hinge: from the hips.', 'Two'] }],
  ['a value over two lines, folded onto one', 'description: A small guide that covers the hips\n  and knees: why they matter.\ntags: [a]\n', { line: 1, field: 'description', fix: 'description: "A small guide that covers the hips and knees: why they matter."' }, { description: 'A small guide that covers the hips and knees: why they matter.', tags: ['a'] }],
  ['a value with a hash that is text', 'title: Sets & reps: #1 mistake\n', { line: 1, field: 'title', fix: 'title: "Sets & reps: #1 mistake"' }, { title: 'Sets & reps: #1 mistake' }],
  ['a value with a comment', 'title: Strength: a guide # draft title\n', { line: 1, field: 'title', fix: 'title: "Strength: a guide"' }, { title: 'Strength: a guide' }],
  ['a value starting with a backtick', 'title: `npm` for lifters: setup\n', { line: 1, field: 'title', fix: 'title: "`npm` for lifters: setup"' }, { title: '`npm` for lifters: setup' }],
  ['a value with double quotes in it', 'title: The "big three": squat, hinge\n', { line: 1, field: 'title', fix: `title: 'The "big three": squat, hinge'` }, { title: 'The "big three": squat, hinge' }],
])('%s gets its line, its field and a fix that parses to what was meant', (_what, yaml, report, meant) => {
  expect(unquotedColons(yaml)).toEqual([report]);
  expect(fixed(yaml)).toMatchObject(meant);
});

test.each([
  'title: Strength for runners\n',
  'url: https://carryover.example\n',
  'title: "Strength: a guide"\n',
  "title: 'Strength: a guide'\n",
  'title: Strength # note: later\n',
  'start: 10:30\n',
  'description: >\n  Warm-up: 5 min: easy jog.\n',
  'atAGlance:\n  - "Rest: two minutes"\n  - Rest: two\n',
])('%j parses, so nothing is reported', (yaml) => {
  expect(unquotedColons(yaml)).toEqual([]);
});

test.each([
  ['a duplicate key beside a block of text with colons', 'description: >\n  Warm-up: 5 min: easy jog.\ndraft: false\ndraft: false\n'],
  ['an unclosed list', 'title: [unclosed: here\n'],
])('%s is another mistake, left to the parser’s own message', (_what, yaml) => {
  expect(unquotedColons(yaml)).toEqual([]);
});
