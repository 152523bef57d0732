import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cardDrawer } from '../lib/social-card/drawer';
import { renderSocialCard } from '../lib/social-card/render';
import { cardWriter, shareCardWriter, takeSharedCardWriter } from '../lib/social-card/writer';

// Served by the dev server only; a build writes the same URLs from the cache (below).
const DEV_ROUTES = {
  '/og/site.png': './src/dev-routes/og/site.png.ts',
  '/og/guides/[slug].png': './src/dev-routes/og/guides/[slug].png.ts',
  '/og/exercises/[slug].png': './src/dev-routes/og/exercises/[slug].png.ts',
  '/og/plan/[phase].png': './src/dev-routes/og/plan/[phase].png.ts',
};

/**
 * Social cards. In a build, a writer is started before the pages render; each
 * page names its card to it (src/data/social-cards.ts), a worker thread draws
 * the card into the cache at once (CARRYOVER_CARD_THREAD=0: the main thread,
 * at the end), and once every page is built the cards are linked into the
 * output. In dev, routes draw each card when it is asked for.
 */
export function socialCards(): AstroIntegration {
  return {
    name: 'carryover:social-cards',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command !== 'dev') return;
        for (const [pattern, entrypoint] of Object.entries(DEV_ROUTES)) injectRoute({ pattern, entrypoint });
      },
      'astro:build:start': () => {
        const drawer = process.env.CARRYOVER_CARD_THREAD === '0' ? undefined : cardDrawer(join(process.cwd(), 'src/lib/social-card/worker.ts'));
        shareCardWriter(cardWriter(drawer, renderSocialCard));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const count = (await takeSharedCardWriter()?.writeAll(fileURLToPath(dir))) ?? 0;
        // Every page names a card (the site's at least), so none means the pages were rendered out of this process's reach.
        if (count === 0) throw new Error('No page named a social card to this build, so none were written; pages link to /og/… images that would be missing.');
        logger.info(`${count} social cards written`);
      },
    },
  };
}
