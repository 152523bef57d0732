import { expect, test } from 'vitest';
import { over, type RawImage } from './blend';

const image = (width: number, height: number, rgba: number[]): RawImage => ({
  width,
  height,
  data: Uint8Array.from({ length: width * height * 4 }, (_, i) => rgba[i % 4]!),
});

test('an opaque pixel replaces, a clear one leaves, a half one mixes', () => {
  const base = image(3, 1, [200, 100, 0, 255]);
  const layer: RawImage = { width: 3, height: 1, data: Uint8Array.from([0, 0, 0, 255, 0, 0, 0, 0, 0, 200, 255, 128]) };
  over(base, layer, 0, 0);
  expect([...base.data]).toEqual([0, 0, 0, 255, 200, 100, 0, 255, 100, 150, 128, 255]);
});

test('a layer is placed at its offset and clipped at the edges', () => {
  const base = image(4, 3, [255, 255, 255, 255]);
  over(base, image(3, 3, [0, 0, 0, 255]), 2, 1);
  const dark = [];
  for (let y = 0; y < 3; y++) for (let x = 0; x < 4; x++) if (base.data[(y * 4 + x) * 4] === 0) dark.push(`${x},${y}`);
  expect(dark).toEqual(['2,1', '3,1', '2,2', '3,2']);
});
