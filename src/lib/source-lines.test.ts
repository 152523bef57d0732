import { expect, test } from 'vitest';
import { frontmatterBlock, frontmatterYaml, lineAt, plainScalar } from './source-lines';

test.each([
  ['---\ntitle: x\n---\nBody', '---\ntitle: x\n---\n'],
  ['---\r\ntitle: x\r\n---\r\nBody', '---\r\ntitle: x\r\n---\r\n'],
  ['---\ntitle: x\n---', '---\ntitle: x\n---'],
  ['No frontmatter\n---\n', ''],
  ['\uFEFF---\ntitle: x\n---\nBody', '\uFEFF---\ntitle: x\n---\n'],
])('the frontmatter block of %j', (source, block) => {
  expect(frontmatterBlock(source)).toBe(block);
});

test.each([
  ['---\ntitle: x\n---\nBody', 'title: x\n'],
  ['\uFEFF---\r\ntitle: x\r\n---\r\nBody', 'title: x\r\n'],
  ['---\ntitle: x\n---', 'title: x\n'],
  ['No frontmatter', ''],
])('the YAML inside the frontmatter of %j', (source, yaml) => {
  expect(frontmatterYaml(source)).toBe(yaml);
});

test.each([
  [0, 1],
  [1, 1],
  [2, 2],
  [4, 3],
])('character %i of "a\\nb\\nc" is on line %i', (index, line) => {
  expect(lineAt('a\nb\nc', index)).toBe(line);
});

test.each([
  ['./images/road.jpg', './images/road.jpg'],
  ['./images/road.jpg # from Unsplash', './images/road.jpg'],
  ['"./images/road # 2.jpg"', './images/road # 2.jpg'],
  ["'2026-02-30' # draft", '2026-02-30'],
  ['&hero ./images/road.jpg', './images/road.jpg'],
  ['!!str 2026-02-30', '2026-02-30'],
  ['C#-sharp', 'C#-sharp'],
])('the YAML value %j reads as %j', (raw, text) => {
  expect(plainScalar(raw)).toBe(text);
});
