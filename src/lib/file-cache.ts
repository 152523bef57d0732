import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';

/** A short hash of a JSON value: equal values, equal hashes. */
export function contentHash(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 32);
}

/**
 * Where the bytes made from `key` are kept in `dir`. The name is a hash of
 * everything that shapes the output, so a changed input is a new file and an
 * unchanged one is never made again.
 */
export function cacheFile(dir: string, key: unknown): string {
  return join(dir, `${contentHash(key)}.png`);
}

/**
 * Writes then renames, so a build cut short never leaves half a file behind for the next one.
 * The partial file is named per process and thread: a card worker and the main thread may store the same card.
 */
export function store(file: string, bytes: Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.${threadId}.tmp`;
  writeFileSync(partial, bytes);
  renameSync(partial, file);
}

/**
 * Returns the bytes stored in `file`, or makes, stores and returns them.
 * @example await cached(cacheFile(dir, { v: 1, card }), () => renderSocialCard(card))
 */
export async function cached(file: string, make: () => Promise<Buffer>): Promise<Buffer> {
  try {
    return readFileSync(file);
  } catch {
    const bytes = await make();
    store(file, bytes);
    return bytes;
  }
}
