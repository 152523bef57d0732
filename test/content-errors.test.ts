import { spawn } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildSite } from './helpers/build';
import { childEnv } from './helpers/env';
import { root, tempDir } from './helpers/paths';
import { freePort } from './helpers/serve';

/*
 * Each case copies a small valid content folder, makes one mistake an author
 * could make, builds it as `npm run build` would, and pins what the author reads.
 */
const valid = new URL('./fixtures/valid-content/', import.meta.url).pathname;
const bundled = new URL('../content/', import.meta.url).pathname;
const work = tempDir('content-errors');
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Edit = (text: string) => string;
interface Case {
  name: string;
  file: string;
  edit: Edit;
  /** Text the build must print; a function gets the edited file, to pin a line number. */
  expected: (string | RegExp | ((after: string) => string))[];
}

/** The line of the edited file that holds `text`, 1-based. */
const lineOf = (after: string, text: string) => after.split('\n').findIndex((line) => line.includes(text)) + 1;

const cases: Case[] = [
  {
    name: 'a missing required field',
    file: 'guides/first-guide.mdx',
    edit: (text) => text.replace(/^description:.*\n/m, ''),
    expected: ['guides/first-guide.mdx', 'description: this field is required: expected text'],
  },
  {
    name: 'a wrong type',
    file: 'exercises/hip-bridge.md',
    edit: (text) => text.replace('unilateral: false', 'unilateral: "no"'),
    expected: ['exercises/hip-bridge.md', 'unilateral: expected `true` or `false`; received `"no"`'],
  },
  {
    name: 'a value outside a closed list',
    file: 'exercises/hip-bridge.md',
    edit: (text) => text.replace('pattern: hinge', 'pattern: hinges'),
    expected: ['exercises/hip-bridge.md', 'pattern: expected one of the movement patterns: `hinge`, `squat`', 'received `hinges`'],
  },
  {
    name: 'a description over 160 characters',
    file: 'guides/first-guide.mdx',
    edit: (text) => text.replace(/^description:.*$/m, `description: ${'Long words. '.repeat(15)}`),
    expected: ['guides/first-guide.mdx', 'description: expected a description of at most 160 characters; this one has 179'],
  },
  {
    name: 'a tag with a capital and a space',
    file: 'guides/first-guide.mdx',
    edit: (text) => text.replace('tags: [fixture]', 'tags: [fixture, Hill Running]'),
    expected: ['guides/first-guide.mdx', 'tags.1: expected a lowercase tag with hyphens, e.g. `posterior-chain`; received `"Hill Running"`'],
  },
  {
    name: 'an unknown field',
    file: 'exercises/hip-bridge.md',
    edit: (text) => text.replace('level: beginner', 'level: beginner\nleve: beginner'),
    expected: ['exercises/hip-bridge.md', 'unknown field `leve`; check the spelling against the schema. Did you mean `level`?'],
  },
  {
    name: 'a guide naming an unknown exercise',
    file: 'guides/first-guide.mdx',
    edit: (text) => text.replace('exercises: [romanian-deadlift]', 'exercises: [romanian-deadlfit]'),
    expected: [
      (after) =>
        `guides/first-guide.mdx:${lineOf(after, 'romanian-deadlfit')} → exercises: names exercise \`romanian-deadlfit\`, which does not exist in content/exercises/. Did you mean \`romanian-deadlift\`?`,
    ],
  },
  {
    name: 'a progression that does not exist',
    file: 'exercises/hip-bridge.md',
    edit: (text) => text.replace('progressions: [romanian-deadlift]', 'progressions: [nordic-curl]'),
    expected: [(after) => `exercises/hip-bridge.md:${lineOf(after, 'nordic-curl')} → progressions: names exercise \`nordic-curl\`, which does not exist in content/exercises/.`],
  },
  {
    name: 'an exercise card with an unknown slug',
    file: 'guides/first-guide.mdx',
    edit: (text) => text.replace('<ExerciseCard slug="hip-bridge" />', '<ExerciseCard slug="hip-brige" />'),
    // The line in the file, frontmatter included, where the card stands.
    expected: [(after) => `guides/first-guide.mdx:${lineOf(after, 'hip-brige')} → body: names exercise \`hip-brige\`, which does not exist in content/exercises/. Did you mean \`hip-bridge\`?`],
  },
  {
    name: 'a plan template with a misspelled equipment level',
    file: 'guides/first-guide.mdx',
    edit: (text) => text.replace('<PlanLink phase="base">', '<PlanTemplate phase="peak" equipment="dumbells" />\n\n<PlanLink phase="base">'),
    expected: ['<PlanTemplate equipment="dumbells"> in /guides/first-guide/: expected one of bodyweight, dumbbells, gym. Did you mean `dumbbells`?'],
  },
  {
    name: 'a published guide naming a draft exercise',
    file: 'exercises/hip-bridge.md',
    edit: (text) => text.replace('level: beginner', 'level: beginner\ndraft: true'),
    expected: ['→ body: names exercise `hip-bridge`, which is still a draft: publish it (`draft: false`) or leave it out.'],
  },
  {
    name: 'a plan rule with the wrong type, caught before any page renders',
    file: 'plan/rules.yaml',
    edit: (text) => text.replace('deloadVolume: 0.6', 'deloadVolume: 60%'),
    expected: ['plan/rules.yaml → deloadVolume: expected a number; received `"60%"`', /^(?![\s\S]*Caught error rendering)/],
  },
  {
    name: 'an RPE and reps in reserve that disagree',
    file: 'plan/rules.yaml',
    edit: (text) => text.replace(/(main: \{ sets: 3, reps: "6–8", rir: )"2–3"/, '$1"4"'),
    expected: ['plan/rules.yaml → phases.base.main.rir: RPE 7–8 leaves 2–3 reps in reserve on the RIR-based RPE scale (Helms et al., 2016); received `4`'],
  },
  {
    name: 'a date written another way',
    file: 'guides/first-guide.mdx',
    edit: (text) => text.replace(/^published: .*$/m, 'published: 09/02/2026'),
    expected: ['guides/first-guide.mdx', 'published: expected a date written YYYY-MM-DD, e.g. `2026-03-02`; received `"09/02/2026"`'],
  },
  {
    name: 'a day that is not on the calendar',
    file: 'guides/first-guide.mdx',
    edit: (text) => text.replace(/^published: .*$/m, 'published: 2026-02-30'),
    expected: [(after) => `guides/first-guide.mdx:${lineOf(after, 'published:')} → published: \`2026-02-30\` is not a day on the calendar; check the month and the day`],
  },
  {
    name: 'a title with an unquoted colon',
    file: 'guides/first-guide.mdx',
    edit: (text) => text.replace(/^title: .*$/m, 'title: Strength: a first guide'),
    expected: [(after) => `guides/first-guide.mdx:${lineOf(after, 'title:')} → title: YAML reads the colon in this value as the start of another field; put the value in quotes: \`title: "Strength: a first guide"\``],
  },
  {
    name: 'a hero image that is not there',
    file: 'guides/first-guide.mdx',
    edit: (text) => text.replace(/^tags: .*$/m, '$&\nhero: ./images/hero.jpeg\nheroAlt: A runner at a rack'),
    expected: [(after) => `guides/first-guide.mdx:${lineOf(after, 'hero:')} → hero: \`./images/hero.jpeg\` is not a file; the path starts from the guide's folder, e.g. \`./images/rdl.jpg\`.`],
  },
  {
    name: 'a misspelt component',
    file: 'guides/first-guide.mdx',
    edit: (text) => text.replace('<ExerciseCard slug="hip-bridge" />', '<ExcerciseCard slug="hip-bridge" />'),
    expected: [(after) => `guides/first-guide.mdx:${lineOf(after, '<ExcerciseCard')} → body: \`<ExcerciseCard>\` is not a component guides can use. Did you mean \`ExerciseCard\`?`],
  },
  {
    name: 'a site URL with a path',
    file: 'site.yaml',
    edit: (text) => text.replace('url: https://carryover.example', 'url: carryover.example/blog'),
    expected: ['site.yaml → url: expected the site\'s origin as an absolute URL, e.g. `https://carryover.example` (no path); received `"carryover.example/blog"`'],
  },
  {
    name: 'a week start outside its list',
    file: 'site.yaml',
    edit: (text) => text.replace('weekStartsOn: monday', 'weekStartsOn: Mon'),
    expected: ['site.yaml → weekStartsOn: expected one of `monday`, `saturday`, `sunday`; received `"Mon"`'],
  },
];

describe('bad content fails the build with a message naming the file and the field', () => {
  test.each(cases)('$name', async ({ name, file, edit, expected }) => {
    const dir = join(work, name.replace(/\W+/g, '-'));
    cpSync(valid, join(dir, 'content'), { recursive: true });
    const path = join(dir, 'content', file);
    // A file the fixture leaves to the bundled content (plan/rules.yaml) is copied in to be broken.
    if (!existsSync(path)) cpSync(join(bundled, file), path);
    const before = readFileSync(path, 'utf8');
    const after = edit(before);
    expect(after, 'the edit must change the file').not.toBe(before);
    writeFileSync(path, after);

    const result = await buildSite({ contentDir: join(dir, 'content'), outDir: join(dir, 'dist'), cacheDir: join(dir, 'cache') });

    expect(result.code).not.toBe(0);
    for (const part of expected) {
      const wanted = typeof part === 'function' ? part(after) : part;
      if (typeof wanted === 'string') expect(result.output).toContain(wanted);
      else expect(result.output).toMatch(wanted);
    }
  });

  test('a guide named only with digits, an exercise named after a facet and one in a subfolder, whose addresses other pages use or the routes cannot make', async () => {
    const dir = join(work, 'misnamed');
    cpSync(valid, join(dir, 'content'), { recursive: true });
    cpSync(join(dir, 'content/guides/first-guide.mdx'), join(dir, 'content/guides/2.mdx'));
    cpSync(join(dir, 'content/exercises/hip-bridge.md'), join(dir, 'content/exercises/muscle.md'));
    cpSync(join(dir, 'content/exercises/romanian-deadlift.md'), join(dir, 'content/exercises/legs/romanian-deadlift.md'));

    const result = await buildSite({ contentDir: join(dir, 'content'), outDir: join(dir, 'dist'), cacheDir: join(dir, 'cache') });

    expect(result.code).not.toBe(0);
    expect(result.output).toContain('Content files take addresses the site uses for other pages:');
    expect(result.output).toMatch(/^ {2}\S*guides\/2\.mdx: a guide's file name must not be only digits, since \/guides\/2\/ and on are the later pages of the guide list\./m);
    expect(result.output).toMatch(/^ {2}\S*exercises\/muscle\.md: \/exercises\/muscle\/ is the page of exercises by muscle\./m);
    expect(result.output).toMatch(/^ {2}\S*exercises\/legs\/romanian-deadlift\.md: is in a subfolder, but a page's address is its file name alone\. Move it up to the exercises folder\.$/m);
  });

  test('a guide with the title of another', async () => {
    const dir = join(work, 'same-title');
    cpSync(valid, join(dir, 'content'), { recursive: true });
    cpSync(join(dir, 'content/guides/first-guide.mdx'), join(dir, 'content/guides/first-guide-again.mdx'));

    const result = await buildSite({ contentDir: join(dir, 'content'), outDir: join(dir, 'dist'), cacheDir: join(dir, 'cache') });

    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/^\S*guides\/first-guide\.mdx → title: `A first guide` is also the title of \S*guides\/first-guide-again\.mdx; readers and search results could not tell them apart$/m);
  });

  test('the valid fixture itself builds', async () => {
    const dir = join(work, 'valid');
    const result = await buildSite({ contentDir: valid, outDir: join(dir, 'dist'), cacheDir: join(dir, 'cache') });
    expect(result.output).not.toMatch(/\[\w*Error\]/);
    expect(result.code).toBe(0);
  });
});

test('in astro dev, a guide saved with an unquoted colon gets the same message, naming its line', async () => {
  const dir = join(work, 'dev');
  cpSync(valid, join(dir, 'content'), { recursive: true });
  const guide = join(dir, 'content/guides/first-guide.mdx');
  const env = childEnv({ CARRYOVER_CONTENT_DIR: join(dir, 'content'), CARRYOVER_CACHE_DIR: join(dir, 'cache'), NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1' });
  const port = await freePort();
  const server = spawn('npx', ['astro', 'dev', '--port', String(port), '--host', '127.0.0.1'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  server.stdout.on('data', (chunk) => (output += chunk));
  server.stderr.on('data', (chunk) => (output += chunk));
  try {
    await expect.poll(() => output, { timeout: 60_000, interval: 250 }).toMatch(/watching for file changes/);
    writeFileSync(guide, readFileSync(guide, 'utf8').replace(/^title: .*$/m, 'title: Strength: a first guide'));
    await expect
      .poll(() => output, { timeout: 20_000, interval: 250 })
      .toContain('guides/first-guide.mdx:2 → title: YAML reads the colon in this value as the start of another field; put the value in quotes: `title: "Strength: a first guide"`');
  } finally {
    process.kill(-server.pid!, 'SIGTERM');
  }
}, 90_000);
