import { mdxToJs, markdownToHtml } from 'satteri';
import { expect, test } from 'vitest';
import { tableSection } from './table-section';

const TABLE = '| Day | Lifting |\n| --- | --- |\n| Monday | Day A |\n';
const DOCUMENT = `${TABLE}\n## Four run days\n\nSome words.\n\n${TABLE}\n### Five *run* days\n\n${TABLE}`;

test('each table is tagged with the heading above it, and a table before any heading with nothing', async () => {
  const { html } = await markdownToHtml(DOCUMENT, { features: { gfm: true }, hastPlugins: [tableSection] });
  expect([...html.matchAll(/<table( data-section="[^"]*")?>/g)].map((match) => match[1] ?? '')).toEqual(['', ' data-section="Four run days"', ' data-section="Five run days"']);
});

test('MDX hands the section to the table component as a prop', async () => {
  const { code } = await mdxToJs(DOCUMENT, { features: { gfm: true }, hastPlugins: [tableSection] });
  expect(code.match(/"data-section": "[^"]*"/g)).toEqual(['"data-section": "Four run days"', '"data-section": "Five run days"']);
});
