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

test('a component in lower case, which MDX would render as an unknown HTML element, names the component', () => {
  expect(unknownComponents('g.mdx', guide('<callout type="tip">Start light.</callout>'))).toEqual([
    { file: 'g.mdx:6', field: 'body', message: '`<callout>` would be an HTML element, not the component: components start with a capital letter, `<Callout>`.' },
  ]);
});

test('a side-effect import does not count as importing the words after it', () => {
  const found = unknownComponents('g.mdx', guide("import './note.css';\n\n<ExcerciseCard slug=\"hip-bridge\" />\n\nLift from the floor."));
  expect(found.map((problem) => problem.file)).toEqual(['g.mdx:8']);
});

test('a file with a byte-order mark and Windows line ends keeps its line numbers', () => {
  const source = `\uFEFF${guide('Intro.\n\n<Calout>Hi</Calout>')}`.replace(/\n/g, '\r\n');
  expect(unknownComponents('g.mdx', source).map((problem) => problem.file)).toEqual(['g.mdx:8']);
});

test.each([
  ['the provided components', '<Callout type="tip">Hi</Callout>\n\n<ExerciseList slugs={["a"]} />\n\n<PlanTemplate phase="base" />'],
  ['components the guide imports', "import Chart from '../../src/Chart.astro';\nimport { Box, Row as Line } from './parts';\nimport * as Parts from './more';\n\n<Chart />\n\n<Box><Line /></Box>\n\n<Parts.Wide />"],
  ['a component the guide defines', 'export const Box = ({ children }) => <div class="box">{children}</div>;\n\n<Box>Start light.</Box>'],
  ['Astro’s Fragment', '<Fragment>frag</Fragment>'],
  ['names in inline code and in fences of every kind', 'Write `<ExcerciseCard slug="x" />` to show a card.\n\n~~~mdx\n<MyWidget />\n~~~\n\n````md\n```mdx\n<MyWidget />\n```\n````\n\n1. Open the file.\n   ```mdx\n   <MyWidget />\n   ```'],
  ['names in strings and comments', '<Callout type="tip" title="Swap <Barbell> for dumbbells">Hi</Callout>\n\n{" <Tempo> "}\n\n{/* <Chart /> */}'],
  ['lowercase HTML and a less-than sign', '<details><summary>More</summary></details>\n\nLoads < 5 kg are fine.'],
])('%s pass', (_what, body) => {
  expect(unknownComponents('g.mdx', guide(body))).toEqual([]);
});
