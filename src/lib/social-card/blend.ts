/** Pixels as sharp's `raw()` gives them: RGBA, row by row. */
export interface RawImage {
  data: Uint8Array;
  width: number;
  height: number;
}

/**
 * An opaque RGB picture laid out as a PNG's scanlines: each row is a filter
 * byte (0, none) and then its pixels, so `png.ts` compresses it as it is,
 * with no copy and no pass over the pixels.
 */
export interface Canvas {
  data: Uint8Array;
  width: number;
  height: number;
  /** Kept by a canvas that is drawn on again and again (a card's), so its rows' checksums need not be read again (encode.ts). */
  changes?: RowChanges;
}

/**
 * What drawing has done to each row of a canvas since the row was last
 * reset: the sum of its bytes' changes, and of each change times the
 * byte's place in the row.
 */
export interface RowChanges {
  sum: Float64Array;
  weighted: Float64Array;
}

/** A blank canvas that notes what drawing changes on each row. */
export function trackedCanvas(width: number, height: number): Canvas {
  return { data: new Uint8Array(rowBytes(width) * height), width, height, changes: { sum: new Float64Array(height), weighted: new Float64Array(height) } };
}

/** Notes a row's changes on the canvas, if it keeps them. */
function note(base: Canvas, row: number, sum: number, weighted: number): void {
  if (!base.changes) return;
  base.changes.sum[row]! += sum;
  base.changes.weighted[row]! += weighted;
}

const rowBytes = (width: number) => 1 + width * 3;

/** An opaque RGBA image as a canvas (its alpha dropped). */
export function canvasFrom(image: RawImage): Canvas {
  const stride = rowBytes(image.width);
  const data = new Uint8Array(stride * image.height);
  for (let y = 0, src = 0; y < image.height; y++) {
    for (let dst = y * stride + 1, end = dst + image.width * 3; dst < end; dst += 3, src += 4) {
      data[dst] = image.data[src]!;
      data[dst + 1] = image.data[src + 1]!;
      data[dst + 2] = image.data[src + 2]!;
    }
  }
  return { data, width: image.width, height: image.height };
}

/**
 * One channel of `top` over `bottom` at `alpha` (0 to 255), to the nearest
 * whole value: (t + (t >> 8)) >> 8 with t = x + 128 is x / 255 rounded for
 * every x a blend can give (0 to 255²), without a division per channel.
 * @example mix(255, 0, 128) // 128
 */
export function mix(top: number, bottom: number, alpha: number): number {
  const t = top * alpha + bottom * (255 - alpha) + 128;
  return (t + (t >> 8)) >> 8;
}

/**
 * Draws `layer` over `base` at (left, top), in place, with the usual "over"
 * operator. Done here rather than by sharp's composite, which works on the
 * whole card for every layer and cost more than drawing them. Integer
 * arithmetic keeps the result the same on every machine.
 * @example over(card, title, 72, 196)
 */
export function over(base: Canvas, layer: RawImage, left: number, top: number): void {
  const rows = Math.min(layer.height, base.height - top);
  const cols = Math.min(layer.width, base.width - left);
  const stride = rowBytes(base.width);
  for (let y = 0; y < rows; y++) {
    const rowStart = (top + y) * stride;
    let [sum, weighted] = [0, 0];
    let src = y * layer.width * 4;
    let dst = rowStart + 1 + left * 3;
    for (let x = 0; x < cols; x++, src += 4, dst += 3) {
      const alpha = layer.data[src + 3]!;
      if (alpha === 0) continue;
      for (let c = 0; c < 3; c++) {
        const before = base.data[dst + c]!;
        const change = (base.data[dst + c] = mix(layer.data[src + c]!, before, alpha)) - before;
        sum += change;
        weighted += change * (dst + c - rowStart);
      }
    }
    note(base, top + y, sum, weighted);
  }
}

/** A layer cut down to the pixels it covers, and where the cut sits in the uncut layer. */
export interface Trimmed {
  image: RawImage;
  left: number;
  top: number;
}

/**
 * Cuts away the fully clear rows and columns around a layer, so drawing it
 * touches only the pixels it covers. A clear layer trims to nothing.
 * @example trim(muscleLayer) // { image: 64×120 pixels, left: 201, top: 92 }
 */
export function trim(layer: RawImage): Trimmed {
  let [minX, minY, maxX, maxY] = [layer.width, layer.height, -1, -1];
  for (let y = 0; y < layer.height; y++) {
    for (let x = 0; x < layer.width; x++) {
      if (layer.data[(y * layer.width + x) * 4 + 3] === 0) continue;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      maxY = y;
    }
  }
  if (maxX < 0) return { image: { data: new Uint8Array(0), width: 0, height: 0 }, left: 0, top: 0 };
  const width = maxX - minX + 1;
  const height = maxY - minY + 1;
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    const from = ((minY + y) * layer.width + minX) * 4;
    data.set(layer.data.subarray(from, from + width * 4), y * width * 4);
  }
  return { image: { data, width, height }, left: minX, top: minY };
}

/** `#rrggbb` as its three channels. */
export function rgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [value >> 16, (value >> 8) & 255, value & 255];
}

/**
 * Paints `colour` over `base` through `mask` (coverage 0 to 255, one byte a
 * pixel) at (left, top), in place: how a glyph is drawn. Parts outside the
 * canvas are left out.
 * @example paint(card, glyph, rgb('#1b1e1d'), 72, 196)
 */
export function paint(base: Canvas, mask: { data: Uint8Array; width: number; height: number }, colour: readonly [number, number, number], left: number, top: number): void {
  const stride = rowBytes(base.width);
  const [fromY, toY] = [Math.max(0, -top), Math.min(mask.height, base.height - top)];
  const [fromX, toX] = [Math.max(0, -left), Math.min(mask.width, base.width - left)];
  for (let y = fromY; y < toY; y++) {
    const rowStart = (top + y) * stride;
    let [sum, weighted] = [0, 0];
    let dst = rowStart + 1 + (left + fromX) * 3;
    for (let x = fromX, src = y * mask.width + fromX; x < toX; x++, src++, dst += 3) {
      const alpha = mask.data[src]!;
      if (alpha === 0) continue;
      for (let c = 0; c < 3; c++) {
        const before = base.data[dst + c]!;
        const change = (base.data[dst + c] = mix(colour[c]!, before, alpha)) - before;
        sum += change;
        weighted += change * (dst + c - rowStart);
      }
    }
    note(base, top + y, sum, weighted);
  }
}
