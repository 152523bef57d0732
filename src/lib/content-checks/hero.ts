import { basename, dirname, resolve } from 'node:path';
import { frontmatterBlock, lineAt, plainScalar } from '../source-lines';
import { didYouMean } from '../suggest';
import type { ContentProblem } from './problem';

/**
 * A `hero` path that names no file. Astro's own message for it names
 * neither the guide nor the field, so the build checks first.
 * `filesIn` lists a folder's file names, or none when there is no folder.
 * @example heroFileProblems('content/guides/g.mdx', '---\nhero: ./images/rdl.jpg\n---\n', () => [])[0].field // 'hero'
 */
export function heroFileProblems(file: string, source: string, filesIn: (folder: string) => readonly string[]): ContentProblem[] {
  const line = /^hero:[ \t]*(.*?)[ \t]*$/m.exec(frontmatterBlock(source));
  const path = line?.[1] === undefined ? undefined : plainScalar(line[1]);
  // Aliases and absolute paths are Astro's to resolve.
  if (!line || !path || /^(?:[/~@]|[a-z]+:)/.test(path)) return [];
  const target = resolve(dirname(file), path);
  const siblings = filesIn(dirname(target));
  if (siblings.includes(basename(target))) return [];
  return [
    {
      file: `${file}:${lineAt(source, line.index)}`,
      field: 'hero',
      message: `\`${path}\` is not a file; the path starts from the guide's folder, e.g. \`./images/rdl.jpg\`.${didYouMean(basename(target), siblings)}`,
    },
  ];
}
