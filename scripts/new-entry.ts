/**
 * `npm run new:guide "Title"` / `npm run new:exercise "Name"`: writes a valid
 * stub into the content folder and prints its path. Refuses to overwrite.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from '../src/lib/content-dir.ts';
import { slugify } from '../src/lib/slugify.ts';
import { exerciseStub, guideStub } from '../src/lib/stubs.ts';

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

const folder = join(contentDir(process.env), kind === 'guide' ? 'guides' : 'exercises');
const file = join(folder, `${slug}.${kind === 'guide' ? 'mdx' : 'md'}`);
if (existsSync(file)) {
  console.error(`${file} already exists; choose another title or edit that file.`);
  process.exit(1);
}
const today = new Date().toISOString().slice(0, 10);
mkdirSync(folder, { recursive: true });
writeFileSync(file, kind === 'guide' ? guideStub(title, today) : exerciseStub(title));
console.log(`Wrote ${file}`);
