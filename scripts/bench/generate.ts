/*
 * Synthetic content for the benchmark: the real exercises, plan rules and
 * site settings, and N guides of about 1,000 words written from the real
 * guides' sentences, with headings, lists, a table and the MDX components
 * authors use. Guide i depends only on the seed and i, so the 100-guide set
 * is the start of the 1,000-guide set.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { slugify } from '../../src/lib/slugify.ts';
import { random, type Random } from './random.ts';

/** What the real guides offer to write from. */
interface Corpus {
  sentences: string[];
  /** Sentences short enough for a list item or a description. */
  short: string[];
  headings: string[];
  tags: string[];
  exercises: string[];
}

const TOPICS = ['Hip strength', 'Calf capacity', 'Single-leg control', 'Hamstring resilience', 'Trunk stiffness', 'Ankle stability', 'Posterior chain power', 'Knee tolerance'];
const RUNNERS = ['trail runners', 'marathoners', 'new runners', 'masters runners', 'milers', 'ultrarunners', 'track athletes', 'returning runners'];
const EXTRA_TAGS = ['hills', 'trail', 'masters', 'marathon', 'track', 'ultra', 'recovery', 'calves', 'hips', 'knees'];
const SYLLABLES = ['ka', 'ro', 'vel', 'ten', 'ma', 'ru', 'sil', 'dor', 'an', 'bre', 'ko', 'lin', 'tas', 'mer', 'quo', 'zin'];

const body = (text: string) => text.replace(/^---\n[\s\S]*?\n---\n/, '');
// Paragraph text only: no headings, lists, tables, components or MDX `import`/`export` lines.
const prose = (line: string) => line.length > 0 && !/^[#<\-|*>{}]|^\d+\.|^\s|^(?:import|export)\b/.test(line);
const plain = (sentence: string) => sentence.replace(/\[([^\]]+)\]\([^)]+\)/g, '$1');

/** Sentences, headings, tags and exercise slugs from a real content folder. */
export function readCorpus(contentDir: string): Corpus {
  const files = readdirSync(join(contentDir, 'guides'))
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => readFileSync(join(contentDir, 'guides', name), 'utf8'));
  const lines = files.flatMap((text) => body(text).split('\n'));
  const sentences = lines
    .filter(prose)
    .flatMap((line) => line.split(/(?<=[.!?])\s+(?=[A-Z])/))
    .map(plain)
    .filter((sentence) => sentence.length >= 20 && !/[<>{}[\]]/.test(sentence) && !/^(?:import|export)\b/.test(sentence));
  const headings = [...new Set(lines.filter((line) => /^#{2,3} /.test(line)).map((line) => line.replace(/^#+ /, '')))].filter(
    (heading) => heading !== 'Sources' && !/[<>{}[\]]/.test(heading),
  );
  const tags = [...new Set(files.flatMap((text) => /^tags: \[(.*)\]$/m.exec(text)?.[1]?.split(/,\s*/) ?? []))];
  const exercises = readdirSync(join(contentDir, 'exercises'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.replace(/\.md$/, ''))
    .sort();
  const short = sentences.filter((sentence) => sentence.length <= 120);
  return { sentences, short, headings, tags: [...tags, ...EXTRA_TAGS], exercises };
}

const word = (r: Random) => Array.from({ length: r.int(2, 3) }, () => r.pick(SYLLABLES)).join('');
const capital = (text: string) => text[0]!.toUpperCase() + text.slice(1);
const yamlList = (items: string[]) => `[${items.map((item) => JSON.stringify(item)).join(', ')}]`;

function day(offset: number): string {
  return new Date(Date.UTC(2020, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
}

/**
 * One guide: frontmatter and an MDX body of at least 1,000 words.
 * @example guide(0, corpus).slug // 'hip-strength-for-trail-runners-1'
 */
export function guide(index: number, corpus: Corpus, seed = 8): { slug: string; text: string } {
  const r = random(seed * 1_000_003 + index);
  const title = `${r.pick(TOPICS)} for ${r.pick(RUNNERS)} ${index + 1}`;
  const sentence = () => r.pick(corpus.sentences);
  const short = () => r.pick(corpus.short);
  // Invented words grow the vocabulary with the site, as new guides do.
  const coined = [capital(word(r)), word(r), word(r)];
  const paragraph = () => Array.from({ length: r.int(3, 5) }, sentence).join(' ');
  const exercises = r.sample(corpus.exercises, r.int(2, 5));
  const published = r.int(0, 2000);
  const frontmatter = [
    `title: ${JSON.stringify(title)}`,
    `description: ${JSON.stringify(short())}`,
    `published: ${day(published)}`,
    ...(r.next() < 0.3 ? [`updated: ${day(published + r.int(1, 300))}`] : []),
    `tags: ${yamlList(r.sample(corpus.tags, r.int(1, 3)))}`,
    `atAGlance: ${yamlList(r.sample(corpus.short, r.int(3, 5)))}`,
    `exercises: ${yamlList(exercises)}`,
  ];
  const blocks = [paragraph(), `Runners at the ${coined[0]} club call this the ${coined[1]} block, and some coaches say ${coined[2]}. ${sentence()}`];
  const headings = r.sample(corpus.headings, 12);
  let section = 0;
  while (blocks.join(' ').split(/\s+/).length < 1000 && section < headings.length) {
    blocks.push(`## ${headings[section]}`, paragraph(), paragraph());
    if (section % 2 === 0) blocks.push(Array.from({ length: r.int(3, 5) }, (_, n) => `${section % 4 === 0 ? `${n + 1}.` : '-'} ${short()}`).join('\n'));
    if (section === 1) blocks.push(`<ExerciseCard slug="${exercises[0]}" />`);
    if (section === 2) blocks.push(`<Callout type="${r.pick(['insight', 'warning', 'tip'])}">\n${paragraph()}\n</Callout>`);
    if (section === 3) blocks.push(`<ExerciseList slugs={${JSON.stringify(exercises)}} />`);
    if (section === 4) blocks.push(['| Week | Sets | Reps |', '| --- | --- | --- |', ...[1, 2, 3, 4].map((w) => `| ${w} | ${r.int(2, 4)} | ${r.int(5, 10)} |`)].join('\n'));
    if (section % 3 === 2) blocks.push(`### ${r.pick(corpus.headings)}`, paragraph());
    section++;
  }
  return { slug: slugify(title), text: `---\n${frontmatter.join('\n')}\n---\n\n${blocks.join('\n\n')}\n` };
}

/**
 * Writes a content folder of `count` guides beside copies of the real
 * exercises, plan rules and site settings from `from`.
 * @example generateContent({ from: 'content', to: 'bench/out/100/content', guides: 100 }) // ['hip-…', …]
 */
export function generateContent(options: { from: string; to: string; guides: number; seed?: number }): string[] {
  const { from, to } = options;
  rmSync(to, { recursive: true, force: true });
  mkdirSync(join(to, 'guides'), { recursive: true });
  cpSync(join(from, 'exercises'), join(to, 'exercises'), { recursive: true });
  cpSync(join(from, 'plan'), join(to, 'plan'), { recursive: true });
  if (existsSync(join(from, 'site.yaml'))) cpSync(join(from, 'site.yaml'), join(to, 'site.yaml'));
  const corpus = readCorpus(from);
  const slugs: string[] = [];
  for (let index = 0; index < options.guides; index++) {
    const { slug, text } = guide(index, corpus, options.seed);
    writeFileSync(join(to, 'guides', `${slug}.mdx`), text);
    slugs.push(slug);
  }
  return slugs;
}
