import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { rehypeCellAlign } from './rehype-cell-align';

const render = async (markdown: string) => {
  const processor = await createMarkdownProcessor({ syntaxHighlight: false, rehypePlugins: [rehypeCellAlign] });
  return parseHTML(`<body>${(await processor.render(markdown)).code}</body>`).document;
};

test('a column’s alignment becomes a class on each of its cells, and no attribute is left', async () => {
  const document = await render('| Exercise | Sets | Load | Note |\n| :-- | :-: | --: | --- |\n| Split squat | 3 | 20 kg | slow |\n');
  const classes = (selector: string) => [...document.querySelectorAll(selector)].map((cell) => cell.className);
  expect(classes('th')).toEqual(['align-left', 'align-center', 'align-right', '']);
  expect(classes('td')).toEqual(['align-left', 'align-center', 'align-right', '']);
  expect(document.querySelector('[style], [align]')).toBeNull();
});

test('leaves other elements and a cell’s own classes alone, and drops an alignment it does not know', () => {
  const tree = {
    type: 'root' as const,
    children: [
      { type: 'element' as const, tagName: 'td', properties: { align: 'center', className: ['note'] }, children: [] },
      { type: 'element' as const, tagName: 'td', properties: { align: 'justify' }, children: [] },
      { type: 'element' as const, tagName: 'p', properties: { align: 'right' }, children: [] },
    ],
  };
  rehypeCellAlign()(tree);
  expect(tree.children.map((node) => node.properties)).toEqual([{ className: ['note', 'align-center'] }, {}, { align: 'right' }]);
});
