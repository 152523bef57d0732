import fc from 'fast-check';
import { inflateSync } from 'node:zlib';
import sharp from 'sharp';
import { expect, test } from 'vitest';
import { canvasFrom, over, paint, trackedCanvas, type Canvas } from './blend';
import { encodeCard, resetDrawnBands } from './encode';
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

/** The PNG's image data, inflated by Node's zlib, which checks the stream's Adler-32 (a PNG decoder may not). */
function inflatedIdat(png: Buffer): Buffer {
  const parts: Buffer[] = [];
  for (let at = 8; at < png.length; at += 12 + png.readUInt32BE(at)) {
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') parts.push(png.subarray(at + 8, at + 8 + png.readUInt32BE(at)));
  }
  return inflateSync(Buffer.concat(parts));
}
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

test('a canvas that notes its changes gets the same stream as one read whole, checksum included', () => {
  const base = background();
  const mark = { width: 9, height: 7, data: Uint8Array.from({ length: 63 }, (_, i) => (i * 37) % 256) };
  const layer = { width: 5, height: 4, data: Uint8Array.from({ length: 80 }, (_, i) => (i % 4 === 3 ? (i * 53) % 256 : (i * 11) % 256)) };
  const place = fc.tuple(fc.integer({ min: -8, max: width }), fc.integer({ min: -6, max: height }));
  const inside = fc.tuple(fc.integer({ min: 0, max: width - layer.width }), fc.integer({ min: 0, max: height - layer.height }));
  fc.assert(
    fc.property(fc.array(place, { maxLength: 6 }), fc.array(inside, { maxLength: 3 }), (glyphs, layers) => {
      const drawnRows = [...glyphs.map(([, y]) => ({ top: y, bottom: y + mark.height })), ...layers.map(([, y]) => ({ top: y, bottom: y + layer.height }))];
      const layout = bands(drawnRows, height, 4);
      const [tracked, plain] = [trackedCanvas(width, height), { ...base, data: base.data.slice() }];
      rows(tracked, { top: 0, bottom: height }).fill(9); // whatever an earlier card left
      resetDrawnBands(tracked, base, layout);
      for (const canvas of [tracked, plain]) {
        for (const [x, y] of layers) over(canvas, layer, x, y);
        for (const [x, y] of glyphs) paint(canvas, mark, [200, 30, 90], x, y);
      }
      const png = encodeCard(tracked, base, layout);
      expect(png.equals(encodeCard(plain, base, layout))).toBe(true);
      expect(inflatedIdat(png).equals(Buffer.from(plain.data))).toBe(true);
    }),
  );
});
