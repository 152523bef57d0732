import { expect, test } from 'vitest';
import { canvasFrom, mix, over, paint, rgb, trim, type Canvas, type RawImage } from './blend';

const image = (width: number, height: number, rgba: number[]): RawImage => ({
  width,
  height,
  data: Uint8Array.from({ length: width * height * 4 }, (_, i) => rgba[i % 4]!),
});
/** A canvas's pixels as RGB triples, row by row, without the scanlines' filter bytes. */
const pixels = (canvas: Canvas) => Array.from({ length: canvas.width * canvas.height }, (_, i) => {
  const at = Math.floor(i / canvas.width) * (1 + canvas.width * 3) + 1 + (i % canvas.width) * 3;
  return [...canvas.data.subarray(at, at + 3)];
});

test('a canvas is the image without its alpha, each row led by a zero filter byte', () => {
  const canvas = canvasFrom({ width: 2, height: 2, data: Uint8Array.from([1, 2, 3, 255, 4, 5, 6, 255, 7, 8, 9, 255, 10, 11, 12, 255]) });
  expect([...canvas.data]).toEqual([0, 1, 2, 3, 4, 5, 6, 0, 7, 8, 9, 10, 11, 12]);
});

test('an opaque pixel replaces, a clear one leaves, a half one mixes', () => {
  const base = canvasFrom(image(3, 1, [200, 100, 0, 255]));
  const layer: RawImage = { width: 3, height: 1, data: Uint8Array.from([0, 0, 0, 255, 0, 0, 0, 0, 0, 200, 255, 128]) };
  over(base, layer, 0, 0);
  expect(pixels(base)).toEqual([[0, 0, 0], [200, 100, 0], [100, 150, 128]]);
});

test('a layer is placed at its offset and clipped at the edges, and the filter bytes stay', () => {
  const base = canvasFrom(image(4, 3, [255, 255, 255, 255]));
  over(base, image(3, 3, [0, 0, 0, 255]), 2, 1);
  const dark = pixels(base).flatMap(([r], i) => (r === 0 ? [`${i % 4},${Math.floor(i / 4)}`] : []));
  expect(dark).toEqual(['2,1', '3,1', '2,2', '3,2']);
  expect([0, 1, 2].map((y) => base.data[y * 13])).toEqual([0, 0, 0]);
});

test('trimming keeps only the rows and columns a layer covers, and where they were', () => {
  const layer = image(5, 4, [0, 0, 0, 0]);
  for (const [x, y] of [[1, 1], [3, 2]] as const) layer.data.set([10 * x, 10 * y, 0, 255], (y * 5 + x) * 4);
  const { image: cut, left, top } = trim(layer);
  expect([cut.width, cut.height, left, top]).toEqual([3, 2, 1, 1]);
  expect([...cut.data.subarray(0, 4)]).toEqual([10, 10, 0, 255]);
  expect([...cut.data.subarray(20, 24)]).toEqual([30, 20, 0, 255]);
  const base = canvasFrom(image(5, 4, [255, 255, 255, 255]));
  const whole = canvasFrom(image(5, 4, [255, 255, 255, 255]));
  over(base, cut, left, top);
  over(whole, layer, 0, 0);
  expect(base.data).toEqual(whole.data);
});

test('a clear layer trims to nothing, and drawing nothing changes nothing', () => {
  const { image: cut } = trim(image(3, 3, [9, 9, 9, 0]));
  expect([cut.width, cut.height]).toEqual([0, 0]);
  const base = canvasFrom(image(2, 2, [1, 2, 3, 255]));
  over(base, cut, 0, 0);
  expect(pixels(base)[0]).toEqual([1, 2, 3]);
});

test('a colour is painted through a mask: full coverage replaces, none leaves, half mixes, and the edges clip', () => {
  const base = canvasFrom(image(3, 2, [200, 100, 0, 255]));
  const mask = { width: 2, height: 2, data: Uint8Array.from([255, 0, 128, 255]) };
  paint(base, mask, rgb('#0a6448'), 1, 0);
  expect(pixels(base)).toEqual([[200, 100, 0], [10, 100, 72], [200, 100, 0], [200, 100, 0], [105, 100, 36], [10, 100, 72]]);
  // Only the mask's clear top right lands on the canvas, then only its half-covered bottom left.
  paint(base, mask, [0, 0, 0], -1, 1);
  paint(base, mask, [0, 0, 0], 2, -1);
  expect(pixels(base)).toEqual([[200, 100, 0], [10, 100, 72], [100, 50, 0], [200, 100, 0], [105, 100, 36], [10, 100, 72]]);
  expect([0, 1].map((y) => base.data[y * 10])).toEqual([0, 0]);
});

test('mixing rounds to the nearest value, exactly as dividing by 255 would, for every pair and alpha', () => {
  let wrong = 0;
  for (let alpha = 0; alpha <= 255; alpha++) {
    for (let top = 0; top <= 255; top += 3) {
      for (let bottom = 0; bottom <= 255; bottom++) if (mix(top, bottom, alpha) !== Math.round((top * alpha + bottom * (255 - alpha)) / 255)) wrong++;
    }
  }
  expect(wrong).toBe(0);
  expect([mix(255, 0, 255), mix(255, 0, 0), mix(200, 100, 128)]).toEqual([255, 0, 150]);
});
