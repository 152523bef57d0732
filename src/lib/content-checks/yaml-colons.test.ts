import { parse } from 'yaml';
import { expect, test } from 'vitest';
import { unquotedColons } from './yaml-colons';

test('a title with a colon gets its line, its field and the same line in quotes, which parses to what was meant', () => {
  const yaml = 'description: A guide.\ntitle: Strength: a first guide\ntags: [a]\n';
  expect(unquotedColons(yaml)).toEqual([{ line: 2, field: 'title', fix: 'title: "Strength: a first guide"' }]);
  expect(parse(yaml.replace('title: Strength: a first guide', unquotedColons(yaml)[0]!.fix))).toMatchObject({ title: 'Strength: a first guide' });
});

test('a list item and a value with double quotes in it are quoted so they still parse', () => {
  const yaml = 'atAGlance:\n  - Rest: two minutes\ntitle: The "big three": squat, hinge, lunge\n';
  const found = unquotedColons(yaml);
  expect(found.map(({ line, field }) => [line, field])).toEqual([[3, 'title']]);
  expect(parse(`title: ${found[0]!.fix.slice('title: '.length)}`)).toEqual({ title: 'The "big three": squat, hinge, lunge' });
});

test.each(['title: Strength for runners\n', 'url: https://carryover.example\n', 'title: "Strength: a guide"\n', "title: 'Strength: a guide'\n", 'title: Strength # note: later\n', 'start: 10:30\n'])(
  '%j parses, so nothing is reported',
  (yaml) => {
    expect(unquotedColons(yaml)).toEqual([]);
  },
);

test('text that fails for another reason reports nothing, leaving the message to the parser', () => {
  expect(unquotedColons('title: [unclosed\n')).toEqual([]);
});
