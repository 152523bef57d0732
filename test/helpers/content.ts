import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parsePlanRules } from '../../src/data/plan-rules';
import type { Exercise } from '../../src/lib/exercise';
import { root } from './paths';

/** The bundled exercises as the engine sees them, read straight from their frontmatter. */
export function bundledExercises(): Exercise[] {
  const folder = join(root, 'content/exercises');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .map((name) => {
      const text = readFileSync(join(folder, name), 'utf8');
      const data = parse(text.split('---')[1]!) as Partial<Exercise>;
      return { secondaryMuscles: [], aliases: [], searchTerms: [], progressions: [], regressions: [], ...data, slug: name.replace(/\.md$/, '') } as Exercise;
    })
    .sort((a, b) => a.slug.localeCompare(b.slug));
}

/** The bundled plan rules, validated. */
export function bundledRules() {
  return parsePlanRules(readFileSync(join(root, 'content/plan/rules.yaml'), 'utf8'), 'content/plan/rules.yaml');
}

/** The bundled guides: file path, frontmatter and body. */
export function bundledGuides(): { file: string; data: Record<string, unknown>; body: string; source: string }[] {
  const folder = join(root, 'content/guides');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const source = readFileSync(join(folder, name), 'utf8');
      const [, frontmatter = '', ...rest] = source.split(/^---$/m);
      return { file: `content/guides/${name}`, data: parse(frontmatter) as Record<string, unknown>, body: rest.join('---'), source };
    });
}

/** Every bundled exercise file's path and text. */
export function bundledExerciseFiles(): { file: string; source: string }[] {
  const folder = join(root, 'content/exercises');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .map((name) => ({ file: `content/exercises/${name}`, source: readFileSync(join(folder, name), 'utf8') }));
}
