import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { drawCardsAhead } from './data/cards-ahead';
import { exerciseSchema } from './schemas/exercise';
import { guideSchema } from './schemas/guide';
import { contentDir } from './lib/content-dir';

/*
 * The content folder is `content/` unless CARRYOVER_CONTENT_DIR names
 * another, so benchmarks and fixture tests can build other content
 * through the same schemas.
 */
const base = contentDir(process.env);

const loaders = drawCardsAhead({
  guides: glob({ pattern: '**/[^_]*.mdx', base: `${base}/guides` }),
  exercises: glob({ pattern: '**/[^_]*.md', base: `${base}/exercises` }),
});

const guides = defineCollection({ loader: loaders.guides, schema: guideSchema });
const exercises = defineCollection({ loader: loaders.exercises, schema: exerciseSchema });

export const collections = { guides, exercises };
