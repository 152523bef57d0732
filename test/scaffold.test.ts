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
  expect(scaffold('new:exercise', 'Hip bridge').stderr).toContain('hip-bridge.md already exists; choose another name or edit that file.');
  const empty = scaffold('new:exercise', '');
  expect(empty.status).toBe(2);
  expect(empty.stderr).toContain('Usage: npm run new:guide "Guide title"');
});

test('the scaffolder refuses an address another page has, and a title another entry has, and writes nothing', () => {
  const cases = [
    ['new:guide', '2', 'guides/2.mdx', "but a guide's file name must not be only digits, since /guides/2/ and on are the later pages of the guide list. Choose another title."],
    ['new:exercise', 'Muscle', 'exercises/muscle.md', 'but /exercises/muscle/ is the page of exercises by muscle. Choose another name.'],
    // The same words, spaced and cased differently, make a new file name but the same title in a search result.
    ['new:guide', 'A  first GUIDE', 'guides/a-first-guide.mdx', '`A  first GUIDE` is also the title of'],
  ] as const;
  for (const [script, title, path, message] of cases) {
    const result = scaffold(script, title);
    expect(result.status, result.stderr).toBe(1);
    expect(result.stderr).toContain(message);
    expect(existsSync(join(content, path))).toBe(false);
  }
  expect(scaffold('new:guide', 'A  first GUIDE').stderr).toContain(`guides/first-guide.mdx; readers and search results could not tell them apart. Choose another title, or edit that file.`);
});
