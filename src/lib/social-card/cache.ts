import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Returns the bytes stored under `key` in `dir`, or makes, stores and
 * returns them. The key is a hash of everything that shapes the output, so
 * a changed input is a new file and an unchanged one is never made again.
 * @example await cached(dir, { v: 1, card }, () => renderSocialCard(card))
 */
export async function cached(dir: string, key: unknown, make: () => Promise<Buffer>): Promise<Buffer> {
  const file = join(dir, `${createHash('sha256').update(JSON.stringify(key)).digest('hex').slice(0, 32)}.png`);
  try {
    return readFileSync(file);
  } catch {
    const bytes = await make();
    mkdirSync(dir, { recursive: true });
    // Write then rename, so a build cut short never leaves half a file behind for the next one.
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, bytes);
    renameSync(partial, file);
    return bytes;
  }
}
