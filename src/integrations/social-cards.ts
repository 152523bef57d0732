import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { takeSharedCardWriter } from '../lib/social-card/writer';

// Served by the dev server only; a build writes the same URLs from the cache (below).
const DEV_ROUTES = {
  '/og/site.png': './src/dev-routes/og/site.png.ts',
  '/og/guides/[slug].png': './src/dev-routes/og/guides/[slug].png.ts',
  '/og/exercises/[slug].png': './src/dev-routes/og/exercises/[slug].png.ts',
  '/og/plan/[phase].png': './src/dev-routes/og/plan/[phase].png.ts',
};

/**
 * Social cards: in a build, the cards the pages named (src/data/social-cards.ts)
 * are copied from the cache into the output once every page is built; in dev,
 * routes draw each card when it is asked for.
 */
export function socialCards(): AstroIntegration {
  return {
    name: 'carryover:social-cards',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command !== 'dev') return;
        for (const [pattern, entrypoint] of Object.entries(DEV_ROUTES)) injectRoute({ pattern, entrypoint });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const writer = takeSharedCardWriter();
        // Every page names a card (the site's at least), so none means the pages were rendered out of reach.
        if (!writer) throw new Error('No page named a social card in this process, so none can be written; pages link to /og/… images that would be missing.');
        logger.info(`${await writer.writeAll(fileURLToPath(dir))} social cards written`);
      },
    },
  };
}
