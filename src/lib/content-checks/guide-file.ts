import { frontmatterYaml } from '../source-lines';
import { unknownComponents } from './components';
import { frontmatterDateProblems } from './dates';
import { heroFileProblems } from './hero';
import type { ContentProblem } from './problem';
import { unquotedColons } from './yaml-colons';

/**
 * Mistakes only a guide's own text shows, checked before Astro reads it:
 * YAML would roll an impossible day over, stop at an unquoted colon with
 * "bad indentation of a mapping entry", Astro would report a missing hero
 * image without the guide's name, and MDX a misspelt component only while
 * the page renders.
 */
export function guideFileProblems(file: string, source: string, filesIn: (folder: string) => readonly string[]): ContentProblem[] {
  const yaml = frontmatterYaml(source);
  const colons = unquotedColons(yaml).map(({ line, field, fix }) => ({
    // The opening fence is the file's first line.
    file: `${file}:${line + 1}`,
    field,
    message: `YAML reads the colon in this value as the start of another field; put the value in quotes: \`${fix}\``,
  }));
  // Text that is not YAML has no dates or hero to read yet.
  if (colons.length > 0) return colons;
  return [...frontmatterDateProblems(file, source), ...heroFileProblems(file, source, filesIn), ...unknownComponents(file, source)];
}
