import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../lib/content-dir';
import { lastChanged } from '../lib/content-checks/dates';
import { guideFileProblems } from '../lib/content-checks/guide-file';
import type { ContentProblem } from '../lib/content-checks/problem';
import { formatProblems } from '../lib/references';

/** Thrown when a guide's text has a mistake Astro would report badly or not at all; the build stops with its message. */
export class GuideFileError extends Error {
  override name = 'GuideFileError';
}

const HEADER = 'Guides have mistakes in their text:';

/** Guide files as the collection's loader finds them (`**\/[^_]*.mdx`). */
function guidesIn(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return (readdirSync(folder, { recursive: true }) as string[])
    .filter((path) => path.endsWith('.mdx') && !basename(path).startsWith('_'))
    .sort()
    .map((path) => join(folder, path));
}

const filesIn = (folder: string): string[] => (existsSync(folder) && statSync(folder).isDirectory() ? readdirSync(folder) : []);

// Named from the project's folder, as Astro names content files in its own messages.
function problemsIn(file: string, source: string, root: string): ContentProblem[] {
  return guideFileProblems(relative(root, file), source, (folder) => filesIn(resolve(root, folder)));
}

/**
 * Checks every guide's text as the build starts, before Astro parses it, and
 * in `astro dev` each guide again as it is saved, in the terminal and the
 * browser's error overlay. (About 100 ms for 5,000 guides, most of it
 * reading them.) While it reads them it notes the day each guide last
 * changed, for the sitemap's `lastmod` (`lastChanged`, by file name).
 */
export function guideFiles(): AstroIntegration & { lastChanged: ReadonlyMap<string, string> } {
  let folder = '';
  let root = '';
  const changed = new Map<string, string>();
  return {
    lastChanged: changed,
    name: 'carryover:guide-files',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
        folder = resolve(root, contentDir(process.env), 'guides');
        const problems = guidesIn(folder).flatMap((file) => {
          const source = readFileSync(file, 'utf8');
          const day = lastChanged(source);
          if (day) changed.set(basename(file, '.mdx'), day);
          return problemsIn(file, source, root);
        });
        if (problems.length > 0) {
          const error = new GuideFileError(`${HEADER}\n${formatProblems(problems)}`);
          // The message names each file and line; a stack would point Astro's "Location" at this integration instead.
          error.stack = '';
          throw error;
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        const recheck = (file: string) => {
          if (!file.startsWith(`${folder}${sep}`) || !file.endsWith('.mdx') || !existsSync(file)) return;
          const problems = problemsIn(file, readFileSync(file, 'utf8'), root);
          if (problems.length === 0) return;
          const message = `${HEADER}\n${formatProblems(problems)}`;
          logger.error(message);
          server.ws.send({ type: 'error', err: { message, stack: '' } });
        };
        server.watcher.on('change', recheck);
        server.watcher.on('add', recheck);
      },
    },
  };
}
