import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { exerciseSchema } from './schemas/exercise';
import { guideSchema } from './schemas/guide';
import { contentDir } from './lib/content-dir';

/*
 * The content folder is `content/` unless CARRYOVER_CONTENT_DIR names
 * another, so benchmarks and fixture tests can build other content
 * through the same schemas.
 */
const base = contentDir(process.env);

const guides = defineCollection({
  loader: glob({ pattern: '**/[^_]*.mdx', base: `${base}/guides` }),
  schema: guideSchema,
});

const exercises = defineCollection({
  loader: glob({ pattern: '**/[^_]*.md', base: `${base}/exercises` }),
  schema: exerciseSchema,
});

export const collections = { guides, exercises };
