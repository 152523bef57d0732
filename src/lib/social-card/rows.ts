/** Rows `top` (included) to `bottom` (not). */
export interface Rows {
  top: number;
  bottom: number;
}

/** The bytes of `band`'s rows in a canvas, as a view, not a copy. */
export function rows(canvas: { data: Uint8Array; height: number }, band: Rows): Uint8Array {
  const stride = canvas.data.length / canvas.height;
  return canvas.data.subarray(band.top * stride, band.bottom * stride);
}

/** A run of a card's rows, and whether anything is drawn on it after its background. */
export interface Band extends Rows {
  drawn: boolean;
}

/**
 * Splits rows 0 to `height` into bands, in order, a band being drawn when
 * any of `drawn` covers one of its rows. Drawn runs that touch, or are
 * closer than `gap` rows, are joined (with the rows between), since every
 * band costs a little compression at its edges.
 * @example bands([{ top: 196, bottom: 370 }, { top: 520, bottom: 580 }], 630, 16)
 * // [{ top: 0, bottom: 196, drawn: false }, { top: 196, bottom: 370, drawn: true }, { top: 370, bottom: 520, drawn: false }, …]
 */
export function bands(drawn: readonly Rows[], height: number, gap: number): Band[] {
  const runs = drawn
    .map(({ top, bottom }) => ({ top: Math.max(0, top), bottom: Math.min(height, bottom) }))
    .filter(({ top, bottom }) => top < bottom)
    .sort((a, b) => a.top - b.top);
  const joined: Rows[] = [];
  for (const run of runs) {
    const last = joined.at(-1);
    if (last && (run.top <= last.bottom || run.top - last.bottom < gap)) last.bottom = Math.max(last.bottom, run.bottom);
    else joined.push({ ...run });
  }
  const out: Band[] = [];
  let row = 0;
  for (const run of joined) {
    if (run.top > row) out.push({ top: row, bottom: run.top, drawn: false });
    out.push({ ...run, drawn: true });
    row = run.bottom;
  }
  if (row < height) out.push({ top: row, bottom: height, drawn: false });
  return out;
}
