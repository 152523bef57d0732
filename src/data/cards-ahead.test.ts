import type { Loader, LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { cardWriter, shareCardWriter, takeSharedCardWriter } from '../lib/social-card/writer';
import { drawCardsAhead } from './cards-ahead';

// The drawing itself is the real code's (src/data/social-cards.ts); test/publishing.test.ts builds a site and checks its names match the pages'.
const drawGuideCardsAhead = vi.fn();
vi.mock('./social-cards', () => ({ drawGuideCardsAhead: (...args: unknown[]) => drawGuideCardsAhead(...args) }));

type Entry = { id: string; data: Record<string, unknown> };

/** A loader that puts `entries` in its store, once `release` is called. */
function fakeLoader(entries: Entry[]) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const loader: Loader = {
    name: 'fake',
    load: async ({ store }) => {
      await released;
      for (const entry of entries) store.set(entry);
    },
  };
  return { loader, release };
}

function context(): LoaderContext {
  const entries = new Map<string, Entry>();
  const store = { set: (entry: Entry) => entries.set(entry.id, entry), values: () => [...entries.values()] };
  return { store, logger: { warn: vi.fn() } } as unknown as LoaderContext;
}

const guide = (id: string, draft = false): Entry => ({ id, data: { title: id, tags: ['season'], exercises: [{ id: 'hip-bridge' }], draft } });
const exercise: Entry = { id: 'hip-bridge', data: { primaryMuscles: ['glutes'] } };

describe('guide cards drawn while the content loads', () => {
  afterEach(() => {
    takeSharedCardWriter();
    drawGuideCardsAhead.mockReset();
  });

  test('start once both collections have loaded, for published guides only, with the exercises’ muscles', async () => {
    shareCardWriter(cardWriter(undefined, async () => new Uint8Array()));
    const guides = fakeLoader([guide('a'), guide('b', true)]);
    const exercises = fakeLoader([exercise]);
    const loaders = drawCardsAhead({ guides: guides.loader, exercises: exercises.loader });
    const loading = [loaders.guides.load(context()), loaders.exercises.load(context())];

    guides.release();
    await loading[0];
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(drawGuideCardsAhead).not.toHaveBeenCalled();

    exercises.release();
    await Promise.all(loading);
    await vi.waitFor(() => expect(drawGuideCardsAhead).toHaveBeenCalledTimes(1));
    const [drawn, muscles] = drawGuideCardsAhead.mock.calls[0]!;
    expect(drawn.map((entry: Entry) => entry.id)).toEqual(['a']);
    expect(muscles).toEqual(new Map([['hip-bridge', { primaryMuscles: ['glutes'] }]]));
  });

  test('outside a build (no writer) the loaders load and nothing is drawn', async () => {
    const guides = fakeLoader([guide('a')]);
    const exercises = fakeLoader([exercise]);
    guides.release();
    exercises.release();
    const loaders = drawCardsAhead({ guides: guides.loader, exercises: exercises.loader });
    const stores = [context(), context()];
    await Promise.all([loaders.guides.load(stores[0]!), loaders.exercises.load(stores[1]!)]);
    expect(stores[0]!.store.values().map((entry) => entry.id)).toEqual(['a']);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(drawGuideCardsAhead).not.toHaveBeenCalled();
  });

  test('a card that cannot be named is left to its page, with a warning; the content still loads', async () => {
    shareCardWriter(cardWriter(undefined, async () => new Uint8Array()));
    drawGuideCardsAhead.mockImplementation(() => {
      throw new Error('no frame');
    });
    const guides = fakeLoader([guide('a')]);
    const exercises = fakeLoader([exercise]);
    guides.release();
    exercises.release();
    const loaders = drawCardsAhead({ guides: guides.loader, exercises: exercises.loader });
    const guidesContext = context();
    await Promise.all([loaders.guides.load(guidesContext), loaders.exercises.load(context())]);
    await vi.waitFor(() => expect(guidesContext.logger.warn).toHaveBeenCalledWith(expect.stringContaining('no frame')));
  });

  test('a loader that fails still fails the sync', async () => {
    const failing: Loader = { name: 'fake', load: async () => Promise.reject(new Error('bad frontmatter in guides/a.mdx')) };
    const loaders = drawCardsAhead({ guides: failing, exercises: fakeLoader([]).loader });
    await expect(loaders.guides.load(context())).rejects.toThrow('bad frontmatter in guides/a.mdx');
  });
});
