import fc from 'fast-check';
import { inflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { adler32 as zlibAdler32, adler32Combine, adler32Update, deflatePiece, joinPieces } from './zlib-pieces';

// Adler-32 as RFC 1950 defines it, slowly, as the reference.
function adler32(bytes: Uint8Array): number {
  let [a, b] = [1, 0];
  for (const byte of bytes) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

const bytes = fc.uint8Array({ maxLength: 3000 });
// Runs of repeats and noise, as a card's rows have, so pieces hold real back-references.
const rowsLike = fc.array(fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 1, max: 400 }), bytes), { maxLength: 6 })
  .map((parts) => Buffer.concat(parts.flatMap(([fill, run, noise]) => [Buffer.alloc(run, fill), noise])));

describe('adler32Combine', () => {
  test('gives the checksum of two runs one after the other', () => {
    fc.assert(
      fc.property(bytes, bytes, (first, second) => {
        expect(adler32Combine(adler32(first), adler32(second), second.length)).toBe(adler32(Buffer.concat([first, second])));
      }),
    );
  });

  test('holds for runs longer than the modulus, where the sums wrap', () => {
    const long = Uint8Array.from({ length: 200_000 }, (_, i) => (i * 31) % 251);
    expect(adler32Combine(adler32(long.subarray(0, 70_000)), adler32(long.subarray(70_000)), 130_000)).toBe(adler32(long));
  });
});

describe('adler32Update', () => {
  test('gives the checksum of the bytes after changes, from the one before and the sums of the changes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 3000 }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 50 }), (before, edits) => {
        const after = before.slice();
        let [sum, weighted] = [0, 0];
        for (const [where, value] of edits) {
          const at = where % after.length;
          const change = value - after[at]!;
          after[at] = value;
          sum += change;
          weighted += change * at;
        }
        expect(adler32Update(adler32(before), before.length, sum, weighted)).toBe(adler32(after));
      }),
    );
  });

  test('holds for a card-sized run with changes far along it', () => {
    const before = Uint8Array.from({ length: 800_000 }, (_, i) => (i * 31) % 251);
    const after = before.slice();
    let [sum, weighted] = [0, 0];
    for (let at = 700_000; at < 800_000; at += 3) {
      const change = 255 - after[at]!;
      after[at] = 255;
      sum += change;
      weighted += change * at;
    }
    expect(adler32Update(adler32(before), before.length, sum, weighted)).toBe(adler32(after));
    expect(zlibAdler32(after)).toBe(adler32(after));
  });
});

describe('pieces', () => {
  test('carry the length and Adler-32 of their bytes', () => {
    fc.assert(
      fc.property(rowsLike, (data) => {
        const piece = deflatePiece(data, 3);
        expect([piece.length, piece.adler]).toEqual([data.length, adler32(data)]);
      }),
    );
  });

  test('joined, are one zlib stream of their bytes in order, which zlib inflates and checks', () => {
    fc.assert(
      fc.property(fc.array(rowsLike, { maxLength: 6 }), fc.integer({ min: 1, max: 9 }), (parts, level) => {
        const joined = joinPieces(parts.map((part) => deflatePiece(part, level)));
        expect(inflateSync(joined).equals(Buffer.concat(parts))).toBe(true);
      }),
    );
  });

  test('a wrong checksum is caught by the inflater, so the test above would see one', () => {
    const joined = joinPieces([deflatePiece(Buffer.from('drawn rows'), 3)]);
    joined[joined.length - 1]! ^= 1;
    expect(() => inflateSync(joined)).toThrow(/incorrect data check/);
  });
});
