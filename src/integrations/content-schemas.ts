import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Astro's file of parsed content entries, in its cache folder (builds) and in `.astro/` (dev). */
const STORE = 'data-store.json';
const MARKER = 'content-schemas-digest';

/** One hash of the files' names and bytes, in the order given. */
export function sourceDigest(files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

/**
 * Deletes the stored entries in `folder` unless they were parsed by schemas
 * with this digest, and records the digest. True when entries were dropped.
 */
export function dropEntriesParsedByOtherSchemas(folder: string, digest: string): boolean {
  const marker = join(folder, MARKER);
  const current = existsSync(marker) && readFileSync(marker, 'utf8') === digest;
  const dropped = !current && existsSync(join(folder, STORE));
  // Forced: builds side by side (tests, benchmarks) share the `.astro/` folder and may race to drop the same file.
  if (dropped) rmSync(join(folder, STORE), { force: true });
  if (!current) {
    mkdirSync(folder, { recursive: true });
    writeFileSync(marker, digest);
  }
  return dropped;
}

/** The schema modules and the closed lists they check against. */
function schemaFiles(root: string): string[] {
  const schemas = join(root, 'src/schemas');
  return [
    ...readdirSync(schemas)
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
      .sort()
      .map((name) => join(schemas, name)),
    join(root, 'src/lib/vocabulary.ts'),
  ];
}

/**
 * Astro keeps parsed entries between builds and drops them only when
 * `src/content.config.ts` itself changes. The schemas live in their own
 * modules, so after a schema change (a new field with a default, a renamed
 * value) pages would read entries shaped by the old one. This drops them
 * whenever the schemas' source changes, so every entry is parsed again.
 */
export function contentSchemas(): AstroIntegration {
  return {
    name: 'carryover:content-schemas',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const digest = sourceDigest(schemaFiles(root));
        for (const folder of [fileURLToPath(config.cacheDir), join(root, '.astro')]) {
          if (dropEntriesParsedByOtherSchemas(folder, digest)) logger.info(`content schemas changed: ${join(folder, STORE)} dropped, every entry is parsed again`);
        }
      },
    },
  };
}
