/** Pixels as sharp's `raw()` gives them: RGBA, row by row. */
export interface RawImage {
  data: Uint8Array;
  width: number;
  height: number;
}

/**
 * Draws `layer` over an opaque `base` at (left, top), in place, with the
 * usual "over" operator. Done here rather than by sharp's composite, which
 * works on the whole card for every layer and cost more than drawing them.
 * Integer arithmetic keeps the result the same on every machine.
 * @example over(card, title, 72, 196)
 */
export function over(base: RawImage, layer: RawImage, left: number, top: number): void {
  const rows = Math.min(layer.height, base.height - top);
  const cols = Math.min(layer.width, base.width - left);
  for (let y = 0; y < rows; y++) {
    let src = y * layer.width * 4;
    let dst = ((top + y) * base.width + left) * 4;
    for (let x = 0; x < cols; x++, src += 4, dst += 4) {
      const alpha = layer.data[src + 3]!;
      if (alpha === 0) continue;
      const rest = 255 - alpha;
      for (let c = 0; c < 3; c++) base.data[dst + c] = ((layer.data[src + c]! * alpha + base.data[dst + c]! * rest + 127) / 255) | 0;
    }
  }
}
