import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';
import { childEnv } from './helpers/env';
import { root } from './helpers/paths';

// `npm run check` as part of `npm test`, so a type error anywhere fails CI.
test('astro check finds no errors or warnings', () => {
  const result = spawnSync('npx', ['--no-install', 'astro', 'check'], {
    cwd: root,
    env: childEnv({ NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1' }),
    encoding: 'utf8',
    timeout: 600_000,
  });
  const output = `${result.stdout}${result.stderr}`;
  const summary = output.match(/- (\d+) errors?\n- (\d+) warnings?/);
  expect(summary, output.slice(-3000)).not.toBeNull();
  expect({ errors: summary![1], warnings: summary![2] }, output.slice(-3000)).toEqual({ errors: '0', warnings: '0' });
  expect(result.status).toBe(0);
});
