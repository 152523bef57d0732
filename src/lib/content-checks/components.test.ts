import { expect, test } from 'vitest';
import { unknownComponents } from './components';

const guide = (body: string) => `---\ntitle: A guide\ntags: [a]\n---\n\n${body}\n`;

test('a misspelt component is reported on its line, with the name it likely meant and the ones there are', () => {
  const [problem, ...rest] = unknownComponents('g.mdx', guide('Intro.\n\n<ExcerciseCard slug="goblet-squat" />'));
  expect(rest).toEqual([]);
  expect(problem).toEqual({
    file: 'g.mdx:8',
    field: 'body',
    message:
      '`<ExcerciseCard>` is not a component guides can use. Did you mean `ExerciseCard`? Guides can use `Callout`, `ExerciseCard`, `ExerciseList`, `Figure`, `PlanLink`, `PlanTemplate`, or a component the guide imports.',
  });
});

test.each([
  ['the provided components', '<Callout type="tip">Hi</Callout>\n<ExerciseList slugs={["a"]} />\n<PlanTemplate phase="base" />'],
  ['one the guide imports', "import Chart from '../../src/Chart.astro';\nimport { Box, Row } from './parts';\n\n<Chart />\n<Box><Row /></Box>"],
  ['one shown as code', 'Write `<ExcerciseCard slug="x" />` to show a card.\n\n```mdx\n<Chart />\n```'],
  ['one commented out', '{/* <Chart />\n<Table /> */}\n\nText.'],
  ['lowercase HTML and text with a less-than sign', '<details><summary>More</summary></details>\n\nLoads < 5 kg are fine.'],
])('%s pass', (_what, body) => {
  expect(unknownComponents('g.mdx', guide(body))).toEqual([]);
});
