import { parseHTML } from 'linkedom';
import { markdownToHtml, mdxToJs } from 'satteri';
import { expect, test } from 'vitest';
import { cellAlign } from './cell-align';

const TABLE = '| Exercise | Sets | Load | Note |\n| :-- | :-: | --: | --- |\n| Split squat | 3 | 20 kg | slow |\n';

test('a column’s alignment becomes a class on each of its cells, and no style is left', async () => {
  const { html } = await markdownToHtml(TABLE, { features: { gfm: true }, hastPlugins: [cellAlign] });
  const document = parseHTML(`<body>${html}</body>`).document;
  const classes = (selector: string) => [...document.querySelectorAll(selector)].map((cell) => cell.className);
  expect(classes('th')).toEqual(['align-left', 'align-center', 'align-right', '']);
  expect(classes('td')).toEqual(['align-left', 'align-center', 'align-right', '']);
  expect(html).not.toMatch(/style=/);
});

test('MDX gets the same classes, and no style object', async () => {
  const { code } = await mdxToJs(TABLE, { features: { gfm: true }, hastPlugins: [cellAlign] });
  expect(code).not.toMatch(/textAlign|style/);
  expect(code.match(/className: "align-(left|center|right)"/g)).toHaveLength(6);
});
