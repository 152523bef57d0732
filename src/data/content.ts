import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { reservedName } from '../lib/content-checks/file-names';
import { duplicateTitles } from '../lib/content-checks/guide-checks';
import type { Exercise } from '../lib/exercise';
import { countWords } from '../lib/reading-time';
import { exerciseSlugsInMdx, findUnknownExercises, formatProblems, placeInFile, type ReferencingEntry } from '../lib/references';
import { relatedFinder } from '../lib/related';
import { didYouMean } from '../lib/suggest';

// How to rename an entry whose file name is taken (reservedName).
const RENAMED = { guides: '`2-week-taper.mdx`', exercises: 'after the movement' } as const;

export type GuideEntry = CollectionEntry<'guides'>;
export type ExerciseEntry = CollectionEntry<'exercises'>;

export interface Content {
  /** Published guides, newest first (drafts too in `astro dev`). */
  guides: GuideEntry[];
  /** Every exercise, A to Z by name. */
  exercises: Exercise[];
  exerciseBySlug: Map<string, Exercise>;
  exerciseEntryBySlug: Map<string, ExerciseEntry>;
  /** Up to three guides closest to one guide by shared tags and exercises; indexed once per build. */
  relatedGuides: (guide: GuideEntry) => GuideEntry[];
  /** The guides that teach an exercise (list it in `exercises`), newest first; indexed once per build. */
  guidesTeaching: (exerciseSlug: string) => GuideEntry[];
}

/**
 * How many guides that teach it an exercise page lists; more go on a paged
 * list of their own (`/exercises/<slug>/guides/`), since a large library
 * has hundreds for a common lift.
 */
export const TEACHING_GUIDES_SHOWN = 5;

/** Thrown when content files name each other wrongly, or take a name the site uses; the build stops with its message. */
export class ContentReferenceError extends Error {
  override name = 'ContentReferenceError';
}

function toExercise(entry: ExerciseEntry): Exercise {
  const { progressions, regressions, ...data } = entry.data;
  return {
    slug: entry.id,
    ...data,
    progressions: progressions.map((ref) => ref.id),
    regressions: regressions.map((ref) => ref.id),
  };
}

function relativePath(entry: { filePath?: string | undefined; id: string }, collection: string): string {
  return entry.filePath ?? `${collection}/${entry.id}`;
}

function referencesOf(guides: GuideEntry[], exercises: ExerciseEntry[]): ReferencingEntry[] {
  const fromExercises = exercises.map((entry) => ({
    file: relativePath(entry, 'exercises'),
    references: {
      progressions: entry.data.progressions.map((ref) => ref.id),
      regressions: entry.data.regressions.map((ref) => ref.id),
    },
  }));
  const fromGuides = guides.flatMap((entry) => {
    const file = relativePath(entry, 'guides');
    const inBody = exerciseSlugsInMdx(entry.body ?? '');
    return [
      { file, references: { exercises: entry.data.exercises.map((ref) => ref.id) } },
      ...inBody.map(({ slug, line }) => ({ file: `${file}:${line}`, references: { body: [slug] } })),
    ];
  });
  return [...fromExercises, ...fromGuides];
}

const wordCounts = new WeakMap<GuideEntry, number>();

/** Words in a guide's body, counted once per build: its page, its card and its JSON-LD all ask. */
export function guideWords(guide: GuideEntry): number {
  let words = wordCounts.get(guide);
  if (words === undefined) wordCounts.set(guide, (words = countWords(guide.body ?? '')));
  return words;
}

let loaded: Promise<Content> | undefined;

/**
 * All content, loaded once per build and checked: every exercise a guide or
 * another exercise names must exist, or the build fails naming the file.
 */
export function getContent(): Promise<Content> {
  loaded ??= load();
  return loaded;
}

async function load(): Promise<Content> {
  const [allGuides, allExerciseEntries] = await Promise.all([getCollection('guides'), getCollection('exercises')]);
  // Drafts are on the site only in `astro dev`.
  const live = (entry: GuideEntry | ExerciseEntry) => import.meta.env.DEV || !entry.data.draft;
  const exerciseEntries = allExerciseEntries.filter(live);
  const guides = allGuides
    .filter(live)
    .sort((a, b) => b.data.published.getTime() - a.data.published.getTime() || a.id.localeCompare(b.id));

  const misnamed = [
    ...[...allGuides, ...allExerciseEntries]
      .filter((entry) => entry.id.includes('/'))
      .map((entry) => `  ${relativePath(entry, entry.collection)}: is in a subfolder, but a page's address is its file name alone. Move it up to the ${entry.collection} folder.`),
    ...[...allGuides, ...allExerciseEntries].flatMap((entry) => {
      const reason = reservedName(entry.collection, entry.id);
      return reason ? [`  ${relativePath(entry, entry.collection)}: ${reason} Rename it, e.g. ${RENAMED[entry.collection]}.`] : [];
    }),
  ];
  if (misnamed.length > 0) throw new ContentReferenceError(`Content files take addresses the site uses for other pages:\n${misnamed.join('\n')}`);

  // In file order, so the same files always get the same message.
  const byFile = (a: { file: string }, b: { file: string }) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  const sameTitles = [
    ...duplicateTitles(guides.map((entry) => ({ file: relativePath(entry, 'guides'), title: entry.data.title })).sort(byFile), 'title'),
    ...duplicateTitles(exerciseEntries.map((entry) => ({ file: relativePath(entry, 'exercises'), title: entry.data.name })).sort(byFile), 'name'),
  ];
  if (sameTitles.length > 0) throw new ContentReferenceError(`Content repeats a title:\n${formatProblems(sameTitles)}`);

  // Published content may name only published exercises; a draft may name drafts too.
  const drafts = new Set(allExerciseEntries.filter((entry) => !live(entry)).map((entry) => entry.id));
  const problems = [
    ...findUnknownExercises(
      referencesOf(guides, exerciseEntries),
      exerciseEntries.map((entry) => entry.id),
      drafts,
    ),
    ...findUnknownExercises(
      referencesOf(
        allGuides.filter((entry) => !live(entry)),
        allExerciseEntries.filter((entry) => !live(entry)),
      ),
      allExerciseEntries.map((entry) => entry.id),
    ),
  ];
  if (problems.length > 0) {
    const placed = placeInFile(problems, (file) => readFileSync(file, 'utf8'));
    throw new ContentReferenceError(`Content names exercises that do not exist:\n${formatProblems(placed)}`);
  }

  const exercises = exerciseEntries.map(toExercise).sort((a, b) => a.name.localeCompare(b.name));
  const asRelatable = (entry: GuideEntry) => ({ id: entry.id, tags: entry.data.tags, exercises: entry.data.exercises.map((ref) => ref.id), entry });
  const findRelated = relatedFinder(guides.map(asRelatable));
  const teaching = new Map<string, GuideEntry[]>();
  for (const guide of guides) {
    for (const slug of new Set(guide.data.exercises.map((ref) => ref.id))) {
      const list = teaching.get(slug);
      if (list) list.push(guide);
      else teaching.set(slug, [guide]);
    }
  }
  return {
    guidesTeaching: (exerciseSlug) => teaching.get(exerciseSlug) ?? [],
    relatedGuides: (guide) => findRelated(asRelatable(guide)).map((r) => r.entry),
    guides,
    exercises,
    exerciseBySlug: new Map(exercises.map((exercise) => [exercise.slug, exercise])),
    exerciseEntryBySlug: new Map(exerciseEntries.map((entry) => [entry.id, entry])),
  };
}

/** One exercise by slug; an unknown slug stops the build, naming who asked. */
export async function requireExercise(slug: string, usedBy: string): Promise<Exercise> {
  const { exerciseBySlug } = await getContent();
  const exercise = exerciseBySlug.get(slug);
  if (!exercise) {
    throw new ContentReferenceError(
      `${usedBy} names exercise \`${slug}\`, which does not exist in content/exercises/.${didYouMean(slug, [...exerciseBySlug.keys()])}`,
    );
  }
  return exercise;
}
