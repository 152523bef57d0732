import { constants, deflateRawSync, deflateSync } from 'node:zlib';

/**
 * A run of bytes compressed on its own, ready to be joined with others into
 * one zlib stream: its deflate blocks (ending on a byte boundary, none of
 * them the last) with the length and Adler-32 of the bytes they hold.
 */
export interface Piece {
  blocks: Buffer;
  length: number;
  adler: number;
}

const ADLER_BASE = 65521;

/**
 * The Adler-32 of two runs of bytes one after the other, from each run's
 * own and the second's length: zlib's `adler32_combine`, which Node does not
 * expose. It lets a stream's checksum come from pieces compressed apart.
 * @example adler32Combine(adler('abc'), adler('def'), 3) === adler('abcdef')
 */
export function adler32Combine(first: number, second: number, secondLength: number): number {
  const rem = secondLength % ADLER_BASE;
  let sum1 = first & 0xffff;
  let sum2 = (rem * sum1) % ADLER_BASE;
  sum1 += (second & 0xffff) + ADLER_BASE - 1;
  sum2 += (first >>> 16) + (second >>> 16) + ADLER_BASE - rem;
  if (sum1 >= ADLER_BASE) sum1 -= ADLER_BASE;
  if (sum1 >= ADLER_BASE) sum1 -= ADLER_BASE;
  if (sum2 >= 2 * ADLER_BASE) sum2 -= 2 * ADLER_BASE;
  if (sum2 >= ADLER_BASE) sum2 -= ADLER_BASE;
  return ((sum2 << 16) | sum1) >>> 0;
}

const modulo = (value: number) => ((value % ADLER_BASE) + ADLER_BASE) % ADLER_BASE;

/**
 * The Adler-32 of `length` bytes after some of them changed, from their
 * checksum before, the sum of the changes and the sum of each change times
 * its byte's index: both sums of the checksum move by amounts that depend
 * only on those. So a card's drawn rows get their checksum from what
 * drawing changed, without another pass over them.
 * @example adler32Update(adler32(Buffer.from('ab')), 2, 1, 1) === adler32(Buffer.from('ac'))
 */
export function adler32Update(adler: number, length: number, sum: number, weighted: number): number {
  const a = modulo((adler & 0xffff) + sum);
  const b = modulo((adler >>> 16) + modulo(length) * modulo(sum) - modulo(weighted));
  return ((b << 16) | a) >>> 0;
}

/**
 * The Adler-32 of `data`, which zlib works out as it stores the bytes
 * uncompressed (level 0), with the vector instructions Node's zlib has, in
 * a quarter of a millisecond for a megabyte, where a loop in JavaScript took
 * 0.9 ms. Node has no other way to reach it: a stream that is flushed and
 * then finished carries it too, but its overhead cost more than pieces save.
 */
export function adler32(data: Uint8Array): number {
  const stored = deflateSync(data, { level: 0, chunkSize: data.length + 1024 + Math.ceil(data.length / 16384) * 5 });
  return stored.readUInt32BE(stored.length - 4);
}

/**
 * Compresses `data` as a piece: deflate blocks flushed to a byte boundary,
 * with no last-block mark, so more blocks may follow them. `adler`, when
 * the caller knows it, saves working it out.
 */
export function deflatePiece(data: Uint8Array, level: number, adler = adler32(data)): Piece {
  return { blocks: deflateRawSync(data, { level, finishFlush: constants.Z_SYNC_FLUSH }), length: data.length, adler };
}

// An empty last block, with fixed codes: what zlib itself ends a stream with after a flush.
const EMPTY_LAST_BLOCK = [0x03, 0x00];

/**
 * One zlib stream of the pieces' bytes in order. Each piece was compressed
 * with no memory of the others, so no block refers back into another piece.
 */
export function joinPieces(pieces: readonly Piece[]): Buffer {
  let adler = 1;
  for (const piece of pieces) adler = adler32Combine(adler, piece.adler, piece.length);
  const trailer = Buffer.from([...EMPTY_LAST_BLOCK, 0, 0, 0, 0]);
  trailer.writeUInt32BE(adler, EMPTY_LAST_BLOCK.length);
  // 0x78 0x5e: a 32 KB window at a middling level, as zlib itself writes for levels 2 to 5.
  return Buffer.concat([Buffer.from([0x78, 0x5e]), ...pieces.map((piece) => piece.blocks), trailer]);
}
