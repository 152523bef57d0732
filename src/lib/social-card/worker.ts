/*
 * A thread that draws social cards into the build cache. Astro renders pages
 * on one JavaScript thread, which leaves the second core of a small machine
 * idle; cards drawn here, while the content loads and the pages render, use it.
 *
 * Node runs this file as TypeScript by stripping its types; `resolve-ts.ts`
 * lets it import the drawing code, whose imports leave out `.ts`.
 */
import { parentPort } from 'node:worker_threads';

const { resolveTsExtensions } = await import('./resolve-ts.ts');
resolveTsExtensions();
const { renderSocialCard } = await import('./render.ts');
const { store } = await import('./cache.ts');

/** One card to draw into `file`; the answer names the file, drawn or not. */
type Job = { file: string; card: Parameters<typeof renderSocialCard>[0] };

/*
 * A build asks for a thousand cards at once while its content loads. Drawn
 * all at once, they would hold gigabytes of half-drawn cards, and fill the
 * thread pool that the main thread's file reads and writes wait on with
 * sharp's text; two at a time keep this thread busy without either.
 */
const AT_ONCE = 2;
const queue: Job[] = [];
let drawing = 0;

async function draw({ file, card }: Job): Promise<void> {
  try {
    store(file, await renderSocialCard(card));
  } catch {
    // Nothing to report here: the writer finds no file, draws the card itself and fails the build with the error.
  }
  parentPort!.postMessage({ file });
}

function next(): void {
  while (drawing < AT_ONCE && queue.length > 0) {
    drawing++;
    void draw(queue.shift()!).finally(() => {
      drawing--;
      next();
    });
  }
}

parentPort!.on('message', (job: Job) => {
  queue.push(job);
  next();
});
