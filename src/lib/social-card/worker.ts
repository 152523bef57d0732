/*
 * A thread that draws social cards into the build cache. Astro renders pages
 * on one JavaScript thread, which leaves the second core of a small machine
 * idle; cards drawn here, while the pages render, use it.
 *
 * Node runs this file as TypeScript by stripping its types. The project's
 * modules import each other without file extensions, as Vite allows, so a
 * resolve hook adds `.ts` before the drawing code is imported.
 */
import { registerHooks } from 'node:module';
import { parentPort } from 'node:worker_threads';

registerHooks({
  resolve(specifier, context, nextResolve) {
    const ours = !context.parentURL?.includes('/node_modules/');
    const extensionless = /^\.\.?\//.test(specifier) && !/\.\w+$/.test(specifier);
    return nextResolve(ours && extensionless ? `${specifier}.ts` : specifier, context);
  },
});

const { renderSocialCard } = await import('./render.ts');
const { store } = await import('./cache.ts');

/** One card to draw into `file`; the answer names the file, drawn or not. */
parentPort!.on('message', async ({ file, card }: { file: string; card: Parameters<typeof renderSocialCard>[0] }) => {
  try {
    store(file, await renderSocialCard(card));
  } catch {
    // Nothing to report here: the writer finds no file, draws the card itself and fails the build with the error.
  }
  parentPort!.postMessage({ file });
});
