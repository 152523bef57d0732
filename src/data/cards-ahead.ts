import type { Loader, LoaderContext } from 'astro/loaders';
import type { Exercise } from '../lib/exercise';
import { sharedCardWriter } from '../lib/social-card/writer';
import type { GuideCardSource } from './social-cards';

type Collections = { guides: Loader; exercises: Loader };

/**
 * The guides' and exercises' loaders, unchanged except that in a build the
 * guides' social cards start drawing as soon as both collections have
 * loaded, before Vite bundles the site. The cards keep a second core busy
 * for seconds; while Vite bundles, that core is mostly idle, and while the
 * pages render it is not (bench/notes.md). Pages still name the cards they
 * need and only those are written, so a card drawn here that no page names
 * costs time, never a wrong image.
 * @example const loaders = drawCardsAhead({ guides: glob({ … }), exercises: glob({ … }) })
 */
export function drawCardsAhead(loaders: Collections): Collections {
  const loaded = { guides: Promise.withResolvers<LoaderContext>(), exercises: Promise.withResolvers<LoaderContext>() };
  let drawing: Promise<typeof import('./social-cards')> | undefined;
  const announcing = (name: keyof Collections): Loader => ({
    ...loaders[name],
    load: async (context) => {
      await loaders[name].load(context);
      // Only a build has a writer. The drawing code (sharp, the fonts) is imported here, while the content loads: Vite serves no modules after that.
      if (sharedCardWriter()) await (drawing ??= import('./social-cards'));
      loaded[name].resolve(context);
    },
  });
  void Promise.all([loaded.guides.promise, loaded.exercises.promise]).then(async ([guides, exercises]) => {
    if (!drawing) return;
    try {
      const { drawGuideCardsAhead } = await drawing;
      const muscles = new Map(exercises.store.values().map(({ id, data }) => [id, data as Pick<Exercise, 'primaryMuscles'>]));
      const published = guides.store.values().filter(({ data }) => !data.draft);
      drawGuideCardsAhead(published as unknown as GuideCardSource[], muscles);
    } catch (error) {
      guides.logger.warn(`guides' social cards will be drawn as their pages ask, not ahead: ${String(error)}`);
    }
  });
  return { guides: announcing('guides'), exercises: announcing('exercises') };
}
