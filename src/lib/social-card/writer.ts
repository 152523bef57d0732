import { existsSync } from 'node:fs';
import { copyFile, link, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { store } from '../file-cache';
import type { SocialCard } from './card';
import type { CardDrawer } from './drawer';

export interface CardWriter {
  /** The built site needs `card` at URL `path`; its bytes go to `file` in the cache, drawn ahead if a drawer is at hand. */
  want(path: string, file: string, card: SocialCard): void;
  /** Puts every wanted card into `outDir` and returns how many, drawing here any the drawer did not. */
  writeAll(outDir: string): Promise<number>;
}

/**
 * Collects the social cards a build's pages name and writes them out at the
 * end, from the cache. Astro could write them as routes, but each
 * route reads the card into memory and writes it again on the one thread that
 * renders pages, which cost several seconds of a 5,000-guide build.
 * @example const writer = cardWriter(drawer, renderSocialCard); writer.want('/og/site.png', file, card); await writer.writeAll('dist')
 */
export function cardWriter(drawer: CardDrawer | undefined, draw: (card: SocialCard) => Promise<Uint8Array>): CardWriter {
  const wanted = new Map<string, { file: string; card: SocialCard }>();
  return {
    want(path, file, card) {
      if (wanted.has(path)) return;
      wanted.set(path, { file, card });
      drawer?.ahead(file, card);
    },
    async writeAll(outDir) {
      for (const { file, card } of wanted.values()) {
        await drawer?.done(file);
        // No worker, or it failed on this card: draw it here, where an error fails the build.
        if (!existsSync(file)) store(file, await draw(card));
      }
      const targets = [...wanted].map(([path, { file }]) => ({ file, target: join(outDir, path) }));
      await Promise.all([...new Set(targets.map(({ target }) => dirname(target)))].map((dir) => mkdir(dir, { recursive: true })));
      await Promise.all(targets.map(({ file, target }) => linkOrCopy(file, target)));
      return wanted.size;
    },
  };
}

/*
 * A hard link shares the cached bytes instead of writing them again: at
 * 5,000 guides that is 270 MB a build need not write, nor the next build
 * delete. The cache only ever renames new files into place (file-cache.ts),
 * so a linked card cannot change under the output. Another file system, or
 * a card already in the output, gets a copy.
 */
const linkOrCopy = (file: string, target: string) => link(file, target).catch(() => copyFile(file, target));

// Astro's prerender bundle (where pages name their cards) and the integration
// loaded by astro.config.mjs (which starts the writer and writes the cards out)
// are two copies of this code in one build process, so they meet on globalThis.
const SHARED = Symbol.for('carryover.social-card-writer');
type Shared = { [SHARED]?: CardWriter };

/** Makes `writer` the build's writer, the one the pages find. */
export function shareCardWriter(writer: CardWriter): void {
  (globalThis as Shared)[SHARED] = writer;
}

/** The build's writer, or undefined outside a build (the dev server draws cards on request). */
export function sharedCardWriter(): CardWriter | undefined {
  return (globalThis as Shared)[SHARED];
}

/** Hands over the build's writer and forgets it, so a later build in the same process starts afresh. */
export function takeSharedCardWriter(): CardWriter | undefined {
  const writer = sharedCardWriter();
  delete (globalThis as Shared)[SHARED];
  return writer;
}
