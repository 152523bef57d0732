/**
 * `npm run new:guide "Title"` / `npm run new:exercise "Name"`: writes a valid
 * stub into the content folder and prints its path. Refuses to overwrite, to
 * take an address the site uses for another page, or to repeat a title.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const { resolveTsExtensions } = await import('../src/lib/resolve-ts.ts');
resolveTsExtensions();
const { contentDir } = await import('../src/lib/content-dir.ts');
const { reservedName } = await import('../src/lib/content-checks/file-names.ts');
const { duplicateTitles } = await import('../src/lib/content-checks/guide-checks.ts');
const { slugify } = await import('../src/lib/slugify.ts');
const { frontmatterYaml } = await import('../src/lib/source-lines.ts');
const { exerciseStub, guideStub } = await import('../src/lib/stubs.ts');

const [kind, ...words] = process.argv.slice(2);
const title = words.join(' ').trim();
const usage = 'Usage: npm run new:guide "Guide title"  or  npm run new:exercise "Exercise name"';

if ((kind !== 'guide' && kind !== 'exercise') || title.length === 0) {
  console.error(usage);
  process.exit(2);
}
const slug = slugify(title);
if (slug.length === 0) {
  console.error(`"${title}" has no letters or digits to make a file name from.\n${usage}`);
  process.exit(2);
}

const collection = kind === 'guide' ? 'guides' : 'exercises';
const field = kind === 'guide' ? 'title' : 'name';
const folder = join(contentDir(process.env), collection);
const file = join(folder, `${slug}.${kind === 'guide' ? 'mdx' : 'md'}`);
if (existsSync(file)) {
  console.error(`${file} already exists; choose another ${field} or edit that file.`);
  process.exit(1);
}
const reserved = reservedName(collection, slug);
if (reserved) {
  console.error(`"${title}" would be saved as ${file}, but ${reserved} Choose another ${field}.`);
  process.exit(1);
}

// Drafts count too: a stub is a draft, and two drafts with one title become two pages with one title.
const titleOf = (name: string): string | undefined => {
  try {
    const value = parse(frontmatterYaml(readFileSync(join(folder, name), 'utf8')))?.[field];
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined; // The build names what is wrong with that file.
  }
};
const existing = (existsSync(folder) ? readdirSync(folder) : [])
  .filter((name) => /\.mdx?$/.test(name))
  .sort()
  .flatMap((name) => {
    const known = titleOf(name);
    return known === undefined ? [] : [{ file: join(folder, name), title: known }];
  });
const [repeat] = duplicateTitles([...existing, { file, title }], field);
if (repeat) {
  console.error(`${repeat.message}. Choose another ${field}, or edit that file.`);
  process.exit(1);
}

const today = new Date().toISOString().slice(0, 10);
mkdirSync(folder, { recursive: true });
writeFileSync(file, kind === 'guide' ? guideStub(title, today) : exerciseStub(title));
console.log(`Wrote ${file}`);
