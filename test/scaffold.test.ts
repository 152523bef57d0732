import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { buildSite } from './helpers/build';
import { childEnv } from './helpers/env';
import { root, tempDir } from './helpers/paths';

const work = tempDir('scaffold');
afterAll(() => rmSync(work, { recursive: true, force: true }));
const content = join(work, 'content');
cpSync(new URL('./fixtures/valid-content/', import.meta.url).pathname, content, { recursive: true });

const scaffold = (script: string, title: string) =>
  spawnSync('npm', ['run', '--silent', script, '--', title], {
    cwd: root,
    env: childEnv({ CARRYOVER_CONTENT_DIR: content }),
    encoding: 'utf8',
  });

test('new:guide and new:exercise write stubs that build, and both drafts stay unpublished', async () => {
  const guide = scaffold('new:guide', 'Strength for trail runners');
  expect(guide.stdout).toContain('strength-for-trail-runners.mdx');
  const exercise = scaffold('new:exercise', 'Single-leg calf raise');
  expect(exercise.stdout).toContain('single-leg-calf-raise.md');
  expect(readFileSync(join(content, 'guides/strength-for-trail-runners.mdx'), 'utf8')).toContain('draft: true');

  const out = join(work, 'dist');
  const result = await buildSite({ contentDir: content, outDir: out, cacheDir: join(work, 'cache') });
  expect(result.output).not.toMatch(/\[\w*Error\]/);
  expect(result.code).toBe(0);
  // A draft exercise has no page, no card and no place in a plan until its author publishes it.
  expect(readFileSync(join(content, 'exercises/single-leg-calf-raise.md'), 'utf8')).toContain('draft: true');
  expect(existsSync(join(out, 'exercises/single-leg-calf-raise/index.html'))).toBe(false);
  expect(existsSync(join(out, 'embed/exercises/single-leg-calf-raise/index.html'))).toBe(false);
  expect(readFileSync(join(out, 'plan/index.html'), 'utf8')).not.toContain('single-leg-calf-raise');
  expect(existsSync(join(out, 'guides/strength-for-trail-runners/index.html'))).toBe(false);
});

test('the scaffolder refuses to overwrite and explains its usage', () => {
  const again = scaffold('new:guide', 'Strength for trail runners');
  expect(again.status).toBe(1);
  expect(again.stderr).toContain('already exists');
  const empty = scaffold('new:exercise', '');
  expect(empty.status).toBe(2);
  expect(empty.stderr).toContain('Usage: npm run new:guide "Guide title"');
});
