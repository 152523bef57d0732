import { expect, test } from 'vitest';
import { imageWidths } from './responsive-image';

test.each([
  [300, [300]],
  [1000, [480, 800, 1000]],
  [1600, [480, 800, 1200, 1600]],
  [2400, [480, 800, 1200, 1600]],
])('an image %i px wide is offered at %j', (original, widths) => {
  expect(imageWidths(original)).toEqual(widths);
});
