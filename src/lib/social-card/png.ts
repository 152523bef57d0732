import { crc32 } from 'node:zlib';

const SIGNATURE = Uint8Array.from([137, 80, 78, 71, 13, 10, 26, 10]);

/** A PNG chunk: length, type, data and the CRC of type and data. */
function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/**
 * An 8-bit RGB PNG with no metadata, so the same pixels give the same bytes,
 * from its scanlines (each row a filter byte and its pixels) already
 * compressed as one zlib stream. The card's canvas is laid out as those
 * scanlines, so it is compressed as it is (render.ts), with no pass over the
 * pixels and no copy; sharp took 3.7 ms to convert and encode a card where
 * Node's zlib takes 2.7 ms (bench/notes.md).
 * @example rgbPng(canvas, deflateSync(canvas.data)) // <Buffer 89 50 4e 47 …>
 */
export function rgbPng(size: { width: number; height: number }, scanlines: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size.width, 0);
  header.writeUInt32BE(size.height, 4);
  header[8] = 8; // bits per sample
  header[9] = 2; // truecolour, no alpha; compression, filter and interlace methods stay 0
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', scanlines), chunk('IEND', new Uint8Array(0))]);
}
