import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { SocialCard } from './card';

export interface CardDrawer {
  /** Starts drawing `card` into `file` on a worker, unless the file exists or is on its way. */
  ahead(file: string, card: SocialCard): void;
  /** Settles once `file` is drawn or its worker gave up on it; at once if it was never asked for. */
  done(file: string): Promise<void>;
}

interface Thread {
  worker: Worker;
  /** Files sent to this worker and not answered yet. */
  waiting: Set<string>;
}

/**
 * Draws cards into the cache on worker threads (`worker.ts`), ahead of the
 * routes that serve them. Each job goes to the worker with the fewest
 * waiting. A worker holds the process open only while it has work, so a
 * finished build exits; if one fails, its cards settle undrawn and their
 * routes draw them on the main thread.
 */
export function cardDrawer(workerFile: string, threads = 2): CardDrawer {
  const drawing = new Map<string, Promise<void>>();
  const settlers = new Map<string, () => void>();
  const pool: Thread[] = [];
  let broken = false;

  const settle = (thread: Thread, file: string) => {
    settlers.get(file)?.();
    settlers.delete(file);
    thread.waiting.delete(file);
    if (thread.waiting.size === 0) thread.worker.unref();
  };
  const start = (): Thread | undefined => {
    if (broken) return undefined;
    if (pool.length < threads) {
      const thread: Thread = { worker: new Worker(workerFile), waiting: new Set() };
      const giveUp = () => {
        broken = true;
        for (const file of [...thread.waiting]) settle(thread, file);
      };
      thread.worker.on('message', ({ file }: { file: string }) => settle(thread, file));
      thread.worker.on('error', giveUp);
      thread.worker.on('exit', giveUp);
      pool.push(thread);
    }
    return pool.reduce((least, thread) => (thread.waiting.size < least.waiting.size ? thread : least));
  };

  return {
    ahead(file, card) {
      if (drawing.has(file) || existsSync(file)) return;
      const thread = start();
      if (!thread) return;
      drawing.set(file, new Promise((resolve) => settlers.set(file, resolve)));
      thread.waiting.add(file);
      thread.worker.ref();
      thread.worker.postMessage({ file, card });
    },
    done: (file) => drawing.get(file) ?? Promise.resolve(),
  };
}
