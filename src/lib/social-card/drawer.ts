import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { SocialCard } from './card';

export interface CardDrawer {
  /** Starts drawing `card` into `file` on the worker, unless the file exists or is on its way. */
  ahead(file: string, card: SocialCard): void;
  /** Settles once `file` is drawn or the worker gave up on it; at once if it was never asked for. */
  done(file: string): Promise<void>;
}

/**
 * Draws cards into the cache on a worker thread (`worker.ts`) while Astro
 * renders pages. The worker holds the process open only while it has work,
 * so a finished build exits. If the worker fails, every waiting card
 * settles undrawn and the writer (`writer.ts`) draws it on the main thread.
 */
export function cardDrawer(workerFile: string): CardDrawer {
  const drawing = new Map<string, Promise<void>>();
  const waiting = new Map<string, () => void>();
  let worker: Worker | undefined;
  let broken = false;

  const settle = (file: string) => {
    waiting.get(file)?.();
    waiting.delete(file);
    if (waiting.size === 0) worker?.unref();
  };
  const giveUp = () => {
    broken = true;
    for (const file of [...waiting.keys()]) settle(file);
  };
  const start = (): Worker | undefined => {
    if (worker || broken) return worker;
    worker = new Worker(workerFile);
    worker.on('message', ({ file }: { file: string }) => settle(file));
    worker.on('error', giveUp);
    worker.on('exit', giveUp);
    return worker;
  };

  return {
    ahead(file, card) {
      if (drawing.has(file) || existsSync(file)) return;
      const thread = start();
      if (!thread) return;
      drawing.set(file, new Promise((resolve) => waiting.set(file, resolve)));
      thread.ref();
      thread.postMessage({ file, card });
    },
    done: (file) => drawing.get(file) ?? Promise.resolve(),
  };
}
