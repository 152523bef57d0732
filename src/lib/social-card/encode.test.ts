import sharp from 'sharp';
import { expect, test } from 'vitest';
import { canvasFrom, type Canvas } from './blend';
import { encodeCard } from './encode';
import { bands, rows } from './rows';

const [width, height] = [90, 60];
const stride = 1 + width * 3;
// A background with detail along both axes, so a row out of place shows.
const background = () => canvasFrom({ width, height, data: Uint8Array.from({ length: width * height * 4 }, (_, i) => (i % 4 === 3 ? 255 : (i * 7 + (i >> 9) * 13) % 256)) });

/** The background with a mark drawn on the given rows, as a card draws its words. */
function drawnOn(base: Canvas, marks: { top: number; bottom: number }[]): Canvas {
  const canvas = { ...base, data: base.data.slice() };
  for (const mark of marks) {
    const band = rows(canvas, mark);
    for (let i = 0; i < band.length; i++) if (i % stride !== 0) band[i] = (band[i]! * 5 + mark.top) % 256;
  }
  return canvas;
}

const decoded = async (png: Buffer) => [...(await sharp(png).raw().toBuffer())];
const pixels = (canvas: Canvas) => [...canvas.data].filter((_, i) => i % stride !== 0);

test('a card decodes to its drawn rows and its background elsewhere', async () => {
  const base = background();
  const marks = [{ top: 5, bottom: 12 }, { top: 30, bottom: 41 }];
  const card = drawnOn(base, marks);
  expect(await decoded(encodeCard(card, base, bands(marks, height, 4)))).toEqual(pixels(card));
});

test('rows outside the drawn bands come from the background, whatever the canvas holds there', async () => {
  const base = background();
  const marks = [{ top: 20, bottom: 25 }];
  const card = drawnOn(base, marks);
  const stale = { ...card, data: card.data.slice() };
  rows(stale, { top: 40, bottom: 60 }).fill(7);
  expect(await decoded(encodeCard(stale, base, bands(marks, height, 4)))).toEqual(pixels(card));
});

test('the bytes do not depend on the cards encoded before on the same background', () => {
  const [fresh, reused] = [background(), background()];
  const cards = [[{ top: 5, bottom: 12 }], [{ top: 30, bottom: 41 }], [{ top: 5, bottom: 41 }]];
  for (const marks of cards) encodeCard(drawnOn(reused, marks), reused, bands(marks, height, 4));
  const last = [{ top: 30, bottom: 41 }];
  expect(encodeCard(drawnOn(reused, last), reused, bands(last, height, 4)).equals(encodeCard(drawnOn(fresh, last), fresh, bands(last, height, 4)))).toBe(true);
});
