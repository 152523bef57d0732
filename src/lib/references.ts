import type { ContentProblem } from './content-checks/problem';
import { frontmatterBlock, lineAt, withoutCode } from './source-lines';
import { didYouMean } from './suggest';

/** One broken link between content files, phrased for the author who must fix it. */
export interface ReferenceProblem extends ContentProblem {
  /** The slug that names no exercise the content may use. */
  slug: string;
}

export interface ReferencingEntry {
  /** Path of the file, as the author knows it. */
  file: string;
  /** Field name → exercise slugs it names. */
  references: Record<string, readonly string[]>;
}

/**
 * Every exercise slug named by an entry that is not in the collection; one
 * in `drafts` exists but is not published yet, and the message says so.
 * @example findUnknownExercises([{ file: 'a.mdx', references: { exercises: ['rdl'] } }], ['romanian-deadlift'])
 * // [{ file: 'a.mdx', field: 'exercises', message: '... `rdl` ...', slug: 'rdl' }]
 */
export function findUnknownExercises(
  entries: readonly ReferencingEntry[],
  knownSlugs: readonly string[],
  drafts: ReadonlySet<string> = new Set(),
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
          slug,
          message: drafts.has(slug)
            ? `names exercise \`${slug}\`, which is still a draft: publish it (\`draft: false\`) or leave it out.`
            : `names exercise \`${slug}\`, which does not exist in content/exercises/.${didYouMean(slug, knownSlugs)}`,
        });
      }
    }
  }
  return problems;
}

/**
 * The exercise slugs an MDX body names through `<ExerciseCard slug="…">`
 * and `<ExerciseList slugs={[…]}>`, with the line of the body each stands
 * on; a component may run over several lines.
 */
export function exerciseSlugsInMdx(body: string): { slug: string; line: number }[] {
  const text = withoutCode(body);
  const found: { slug: string; line: number; index: number }[] = [];
  for (const match of text.matchAll(/<ExerciseCard\b[^>]*?\bslug=["']([^"']+)["']/g)) {
    found.push({ slug: match[1]!, line: 0, index: match.index + match[0].length - match[1]!.length - 1 });
  }
  for (const match of text.matchAll(/<ExerciseList\b[^>]*?\bslugs=\{\[([^\]]*)\]\}/g)) {
    const listStart = match.index + match[0].indexOf('[') + 1;
    for (const item of match[1]!.matchAll(/["']([^"']+)["']/g)) found.push({ slug: item[1]!, line: 0, index: listStart + item.index + 1 });
  }
  return found.sort((a, b) => a.index - b.index).map(({ slug, index }) => ({ slug, line: lineAt(text, index) }));
}

/**
 * Problems placed on the lines of their files, read only when there are
 * problems: a body line (`guide.mdx:12`) moves down past the frontmatter,
 * and a frontmatter field gets the line that names the slug.
 * @example placeInFile([{ file: 'g.mdx:1', … }], () => '---\ntitle: x\n---\n<ExerciseCard …') // file 'g.mdx:4'
 */
export function placeInFile(problems: readonly ReferenceProblem[], read: (file: string) => string): ReferenceProblem[] {
  return problems.map((problem) => {
    const [, file = problem.file, bodyLine] = /^(.*?)(?::(\d+))?$/.exec(problem.file) ?? [];
    let source: string;
    try {
      source = read(file);
    } catch {
      return problem;
    }
    const frontmatter = frontmatterBlock(source);
    // The content layer's body starts at the first line with text after the frontmatter.
    const bodyStart = frontmatter.length + (/\S/.exec(source.slice(frontmatter.length))?.index ?? 0);
    if (bodyLine !== undefined) return { ...problem, file: `${file}:${lineAt(source, bodyStart) - 1 + Number(bodyLine)}` };
    const index = frontmatter.search(new RegExp(`\\b${problem.slug.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`));
    return index < 0 ? problem : { ...problem, file: `${file}:${lineAt(frontmatter, index)}` };
  });
}

/** The problems as one message: a line per problem, `file → field: message`. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  return problems.map((p) => `${p.file} → ${p.field}: ${p.message}`).join('\n');
}
