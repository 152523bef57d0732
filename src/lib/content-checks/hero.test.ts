import { expect, test } from 'vitest';
import { heroFileProblems } from './hero';

const guide = (hero: string) => `---\ntitle: A guide\n${hero}\nheroAlt: A runner\n---\n\nBody.\n`;
const folders: Record<string, string[]> = { '/site/content/guides/images': ['rdl.jpg', 'squat.png'] };
const filesIn = (folder: string) => folders[folder] ?? [];

test.each(['hero: ./images/rdl.jpg', 'hero: "./images/squat.png"', 'hero: ./images/rdl.jpg # from Unsplash', 'hero: &h ./images/rdl.jpg', 'hero: ~/assets/rdl.jpg', 'title2: x', ''])('“%s” names a file, an alias or no hero, so nothing is reported', (hero) => {
  expect(heroFileProblems('/site/content/guides/g.mdx', guide(hero), filesIn)).toEqual([]);
});

test('a misspelt file is reported on its line, with the file it likely meant', () => {
  expect(heroFileProblems('/site/content/guides/g.mdx', guide('hero: ./images/rdl.jpeg'), filesIn)).toEqual([
    {
      file: '/site/content/guides/g.mdx:3',
      field: 'hero',
      message: "`./images/rdl.jpeg` is not a file; the path starts from the guide's folder, e.g. `./images/rdl.jpg`. Did you mean `rdl.jpg`?",
    },
  ]);
});

test('a path from the wrong folder is reported even when the folder does not exist', () => {
  const [problem] = heroFileProblems('/site/content/guides/g.mdx', guide("hero: 'images/rdl.jpg'".replace('images', 'content/guides/images')), filesIn);
  expect(problem?.message).toMatch(/^`content\/guides\/images\/rdl\.jpg` is not a file;/);
});
