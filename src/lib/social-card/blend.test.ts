import { expect, test } from 'vitest';
import { over, trim, type RawImage } from './blend';

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

test('trimming keeps only the rows and columns a layer covers, and where they were', () => {
  const layer = image(5, 4, [0, 0, 0, 0]);
  for (const [x, y] of [[1, 1], [3, 2]] as const) layer.data.set([10 * x, 10 * y, 0, 255], (y * 5 + x) * 4);
  const { image: cut, left, top } = trim(layer);
  expect([cut.width, cut.height, left, top]).toEqual([3, 2, 1, 1]);
  expect([...cut.data.subarray(0, 4)]).toEqual([10, 10, 0, 255]);
  expect([...cut.data.subarray(20, 24)]).toEqual([30, 20, 0, 255]);
  const base = image(5, 4, [255, 255, 255, 255]);
  const whole = image(5, 4, [255, 255, 255, 255]);
  over(base, cut, left, top);
  over(whole, layer, 0, 0);
  expect(base.data).toEqual(whole.data);
});

test('a clear layer trims to nothing, and drawing nothing changes nothing', () => {
  const { image: cut } = trim(image(3, 3, [9, 9, 9, 0]));
  expect([cut.width, cut.height]).toEqual([0, 0]);
  const base = image(2, 2, [1, 2, 3, 255]);
  over(base, cut, 0, 0);
  expect([...base.data.subarray(0, 4)]).toEqual([1, 2, 3, 255]);
});
