import { expect, test } from 'vitest';
import { frontmatterBlock, lineAt } from './source-lines';

test.each([
  ['---\ntitle: x\n---\nBody', '---\ntitle: x\n---\n'],
  ['---\r\ntitle: x\r\n---\r\nBody', '---\r\ntitle: x\r\n---\r\n'],
  ['---\ntitle: x\n---', '---\ntitle: x\n---'],
  ['No frontmatter\n---\n', ''],
])('the frontmatter block of %j', (source, block) => {
  expect(frontmatterBlock(source)).toBe(block);
});

test.each([
  [0, 1],
  [1, 1],
  [2, 2],
  [4, 3],
])('character %i of "a\\nb\\nc" is on line %i', (index, line) => {
  expect(lineAt('a\nb\nc', index)).toBe(line);
});
