/*
 * A thread that draws social cards into the build cache. Astro renders pages
 * on one JavaScript thread, which leaves the second core of a small machine
 * idle; cards drawn here, while the pages render, use it.
 *
 * Node runs this file as TypeScript by stripping its types; `resolve-ts.ts`
 * lets it import the drawing code, whose imports leave out `.ts`.
 */
import { parentPort } from 'node:worker_threads';

const { resolveTsExtensions } = await import('../resolve-ts.ts');
resolveTsExtensions();
const { renderSocialCard } = await import('./render.ts');
const { store } = await import('../file-cache.ts');

/** One card to draw into `file`; the answer names the file, drawn or not. */
parentPort!.on('message', async ({ file, card }: { file: string; card: Parameters<typeof renderSocialCard>[0] }) => {
  try {
    store(file, await renderSocialCard(card));
  } catch {
    // Nothing to report here: the writer finds no file, draws the card itself and fails the build with the error.
  }
  parentPort!.postMessage({ file });
});
