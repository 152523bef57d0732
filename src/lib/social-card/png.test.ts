import { deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { expect, test } from 'vitest';
import { canvasFrom, type Canvas } from './blend';
import { rgbPng } from './png';

// Pixels that change along both axes, so a row or channel out of place shows.
const width = 37;
const height = 11;
const rgba = Uint8Array.from({ length: width * height * 4 }, (_, i) => (i % 4 === 3 ? 255 : (i * 7 + Math.floor(i / (width * 4)) * 13) % 256));

const encodePng = (canvas: Canvas) => rgbPng(canvas, deflateSync(canvas.data));

test('a PNG decoder reads back exactly the pixels encoded', async () => {
  const png = encodePng(canvasFrom({ width, height, data: rgba }));
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  expect([info.width, info.height, info.channels]).toEqual([width, height, 3]);
  expect([...data]).toEqual([...rgba].filter((_, i) => i % 4 !== 3));
});

test('the same pixels give the same bytes: no time, no metadata', () => {
  const canvas = canvasFrom({ width, height, data: rgba });
  expect(encodePng(canvas).equals(encodePng(canvasFrom({ width, height, data: rgba.slice() })))).toBe(true);
});
