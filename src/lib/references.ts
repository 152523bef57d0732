import { didYouMean } from './suggest';

/** One broken link between content files, phrased for the author who must fix it. */
export interface ReferenceProblem {
  file: string;
  field: string;
  message: string;
}

export interface ReferencingEntry {
  /** Path of the file, as the author knows it. */
  file: string;
  /** Field name → exercise slugs it names. */
  references: Record<string, readonly string[]>;
}

/**
 * Every exercise slug named by an entry that is not in the collection.
 * @example findUnknownExercises([{ file: 'a.mdx', references: { exercises: ['rdl'] } }], ['romanian-deadlift'])
 * // [{ file: 'a.mdx', field: 'exercises', message: '... `rdl` ...' }]
 */
export function findUnknownExercises(
  entries: readonly ReferencingEntry[],
  knownSlugs: readonly string[],
): ReferenceProblem[] {
  const known = new Set(knownSlugs);
  const problems: ReferenceProblem[] = [];
  for (const entry of entries) {
    for (const [field, slugs] of Object.entries(entry.references)) {
      for (const slug of slugs) {
        if (known.has(slug)) continue;
        problems.push({
          file: entry.file,
          field,
          message: `names exercise \`${slug}\`, which does not exist in content/exercises/.${didYouMean(slug, knownSlugs)}`,
        });
      }
    }
  }
  return problems;
}

/**
 * The exercise slugs an MDX body names through `<ExerciseCard slug="…">`
 * and `<ExerciseList slugs={[…]}>`, with the line each stands on.
 */
export function exerciseSlugsInMdx(body: string): { slug: string; line: number }[] {
  const found: { slug: string; line: number }[] = [];
  const lines = withoutCode(body).split('\n');
  lines.forEach((text, index) => {
    for (const match of text.matchAll(/<ExerciseCard\b[^>]*\bslug=["']([^"']+)["']/g)) {
      found.push({ slug: match[1]!, line: index + 1 });
    }
    for (const match of text.matchAll(/<ExerciseList\b[^>]*\bslugs=\{\[([^\]]*)\]\}/g)) {
      for (const item of match[1]!.matchAll(/["']([^"']+)["']/g)) found.push({ slug: item[1]!, line: index + 1 });
    }
  });
  return found;
}

/**
 * The body with code fences and inline code blanked out, line breaks kept,
 * so a component shown as an example in backticks is not taken for a use.
 */
function withoutCode(body: string): string {
  const blank = (text: string) => text.replace(/[^\n]/g, ' ');
  return body.replace(/^```[\s\S]*?^```/gm, blank).replace(/`[^`\n]*`/g, blank);
}

/** The problems as one message: a line per problem, `file → field: message`. */
export function formatProblems(problems: readonly ReferenceProblem[]): string {
  return problems.map((p) => `${p.file} → ${p.field}: ${p.message}`).join('\n');
}
