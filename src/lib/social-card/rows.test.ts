import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { bands, rows } from './rows';

describe('bands', () => {
  test('splits the rows into drawn and background runs, joining drawn runs closer than the gap', () => {
    const drawn = [{ top: 200, bottom: 260 }, { top: 270, bottom: 340 }, { top: 520, bottom: 560 }];
    expect(bands(drawn, 630, 16)).toEqual([
      { top: 0, bottom: 200, drawn: false },
      { top: 200, bottom: 340, drawn: true },
      { top: 340, bottom: 520, drawn: false },
      { top: 520, bottom: 560, drawn: true },
      { top: 560, bottom: 630, drawn: false },
    ]);
  });

  test('runs that touch make one band even with no gap allowed', () => {
    expect(bands([{ top: 165, bottom: 177 }, { top: 177, bottom: 178 }], 178, 0)).toEqual([
      { top: 0, bottom: 165, drawn: false },
      { top: 165, bottom: 178, drawn: true },
    ]);
  });

  test('a card with nothing drawn on it is one background band, and drawing off the canvas is left out', () => {
    expect(bands([], 630, 16)).toEqual([{ top: 0, bottom: 630, drawn: false }]);
    expect(bands([{ top: -20, bottom: 10 }, { top: 625, bottom: 700 }, { top: 700, bottom: 710 }], 630, 0)).toEqual([
      { top: 0, bottom: 10, drawn: true },
      { top: 10, bottom: 625, drawn: false },
      { top: 625, bottom: 630, drawn: true },
    ]);
  });

  test('cover every row once, in order, with every drawn row in a drawn band', () => {
    const run = fc.tuple(fc.integer({ min: -50, max: 700 }), fc.integer({ min: 0, max: 120 })).map(([top, size]) => ({ top, bottom: top + size }));
    fc.assert(
      fc.property(fc.array(run, { maxLength: 12 }), fc.integer({ min: 1, max: 640 }), fc.integer({ min: 0, max: 40 }), (drawn, height, gap) => {
        const out = bands(drawn, height, gap);
        expect(out[0]!.top).toBe(0);
        expect(out.at(-1)!.bottom).toBe(height);
        for (const [i, band] of out.entries()) {
          expect(band.bottom).toBeGreaterThan(band.top);
          if (i > 0) expect(band.top).toBe(out[i - 1]!.bottom);
          if (i > 0) expect(band.drawn && out[i - 1]!.drawn).toBe(false);
          if (!band.drawn && i > 0 && i < out.length - 1) expect(band.bottom - band.top).toBeGreaterThanOrEqual(gap);
        }
        for (const { top, bottom } of drawn) {
          for (let row = Math.max(0, top); row < Math.min(height, bottom); row++) expect(out.find((b) => b.top <= row && row < b.bottom)!.drawn).toBe(true);
        }
      }),
    );
  });
});

test('rows are a view of the canvas, not a copy', () => {
  const canvas = { data: Uint8Array.from({ length: 12 }, (_, i) => i), height: 4 };
  const middle = rows(canvas, { top: 1, bottom: 3 });
  expect([...middle]).toEqual([3, 4, 5, 6, 7, 8]);
  middle[0] = 99;
  expect(canvas.data[3]).toBe(99);
});
