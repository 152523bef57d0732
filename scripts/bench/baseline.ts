/*
 * The baseline: a bare Astro + MDX project that builds the same guide files
 * through a minimal layout, with stand-ins for the components guides use.
 * It runs on the Astro installed here, so the difference in build time is
 * the cost of Carryover's features, not of another version.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const FILES: Record<string, string> = {
  'astro.config.mjs': `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  outDir: process.env.CARRYOVER_OUT_DIR,
  cacheDir: process.env.CARRYOVER_CACHE_DIR,
  trailingSlash: 'always',
  integrations: [mdx()],
});
`,
  'tsconfig.json': `{ "extends": "astro/tsconfigs/base" }\n`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const guides = defineCollection({
  loader: glob({ pattern: '**/[^_]*.mdx', base: \`\${process.env.CARRYOVER_CONTENT_DIR}/guides\` }),
  schema: z.looseObject({ title: z.string() }),
});

export const collections = { guides };
`,
  'src/layouts/Layout.astro': `---
const { title } = Astro.props;
---
<html lang="en">
  <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width" /><title>{title}</title></head>
  <body><main><h1>{title}</h1><slot /></main></body>
</html>
`,
  'src/components/Callout.astro': `<aside><slot /></aside>\n`,
  'src/components/ExerciseCard.astro': `<p><a href={\`/exercises/\${Astro.props.slug}/\`}>{Astro.props.slug}</a></p>\n`,
  'src/components/ExerciseList.astro': `<ul>{Astro.props.slugs.map((slug: string) => <li><a href={\`/exercises/\${slug}/\`}>{slug}</a></li>)}</ul>\n`,
  'src/pages/guides/[slug].astro': `---
import { getCollection, render } from 'astro:content';
import Callout from '../../components/Callout.astro';
import ExerciseCard from '../../components/ExerciseCard.astro';
import ExerciseList from '../../components/ExerciseList.astro';
import Layout from '../../layouts/Layout.astro';

export async function getStaticPaths() {
  return (await getCollection('guides')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<Layout title={entry.data.title}><Content components={{ Callout, ExerciseCard, ExerciseList }} /></Layout>
`,
};

/**
 * Writes the baseline project into `root` (inside this project, so it finds
 * the same `node_modules`). Build it with `astro build --root <root>` and the
 * CARRYOVER_CONTENT_DIR, CARRYOVER_OUT_DIR and CARRYOVER_CACHE_DIR variables.
 * @example writeBaseline('bench/out/baseline')
 */
export function writeBaseline(root: string): void {
  rmSync(root, { recursive: true, force: true });
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}
