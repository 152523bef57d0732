import type { Canvas } from './blend';
import { rgbPng } from './png';
import { rows, type Band } from './rows';
import { adler32, adler32Combine, adler32Update, deflatePiece, joinPieces, type Piece } from './zlib-pieces';

// Level 3 takes 40% less time than 6 for 8% more bytes, on an image only link previews fetch.
const LEVEL = 3;

/*
 * Compressing is most of a card's time, and most rows of a card are its
 * background's: above the title, between it and the subtitle, below. Those
 * rows are compressed once per background and kept with it, and so is each
 * row's checksum, from which a drawn band's comes (see adler32Update).
 */
interface Kept {
  pieces: Map<string, Piece>;
  rowAdlers: Uint32Array;
}
const kept = new WeakMap<Canvas, Kept>();

function keptFor(background: Canvas): Kept {
  let found = kept.get(background);
  if (!found) {
    const rowAdlers = Uint32Array.from({ length: background.height }, (_, y) => adler32(rows(background, { top: y, bottom: y + 1 })));
    kept.set(background, (found = { pieces: new Map(), rowAdlers }));
  }
  return found;
}

function backgroundPiece(background: Canvas, band: Band): Piece {
  const { pieces } = keptFor(background);
  const key = `${band.top}:${band.bottom}`;
  let piece = pieces.get(key);
  if (!piece) pieces.set(key, (piece = deflatePiece(rows(background, band), LEVEL)));
  return piece;
}

/** A drawn band's checksum: the background's for those rows, moved by what drawing changed on them. */
function drawnAdler(canvas: Canvas, background: Canvas, band: Band): number {
  if (!canvas.changes) return adler32(rows(canvas, band));
  const { rowAdlers } = keptFor(background);
  const stride = canvas.data.length / canvas.height;
  const { sum, weighted } = canvas.changes;
  let [adler, changed, changedWeighted] = [1, 0, 0];
  for (let y = band.top; y < band.bottom; y++) {
    adler = adler32Combine(adler, rowAdlers[y]!, stride);
    changed += sum[y]!;
    changedWeighted += (y - band.top) * stride * sum[y]! + weighted[y]!;
  }
  return adler32Update(adler, (band.bottom - band.top) * stride, changed, changedWeighted);
}

/**
 * Readies `canvas` to draw a card on: its drawn bands (in `layout`) become
 * `background`'s again, with no changes noted. Its other rows are left as
 * they are, since `encodeCard` takes them from the background.
 */
export function resetDrawnBands(canvas: Canvas, background: Canvas, layout: readonly Band[]): void {
  for (const band of layout) {
    if (!band.drawn) continue;
    rows(canvas, band).set(rows(background, band));
    canvas.changes?.sum.fill(0, band.top, band.bottom);
    canvas.changes?.weighted.fill(0, band.top, band.bottom);
  }
}

/**
 * A PNG of `canvas`'s drawn bands (in `layout`) and `background`'s other
 * rows; the canvas's own rows there are not read. Only the drawn bands are
 * compressed here, the others reused from earlier cards on the same
 * background (which must not change once used here). The bytes do not
 * depend on which cards came before.
 * @example resetDrawnBands(card, background, layout); draw(card); encodeCard(card, background, layout) // <Buffer 89 50 4e 47 …>
 */
export function encodeCard(canvas: Canvas, background: Canvas, layout: readonly Band[]): Buffer {
  const pieces = layout.map((band) => (band.drawn ? deflatePiece(rows(canvas, band), LEVEL, drawnAdler(canvas, background, band)) : backgroundPiece(background, band)));
  return rgbPng(canvas, joinPieces(pieces));
}
