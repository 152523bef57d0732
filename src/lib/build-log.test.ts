import { describe, expect, test } from 'vitest';
import { withoutHeadInjectWarnings, type BuildLog } from './build-log';

// The warning as Rolldown sends it for a guide (message shortened after the file name).
const headInject: BuildLog = {
  code: 'MODULE_LEVEL_DIRECTIVE',
  message: 'The semantics of the module level directive "use astro:head-inject" in "content/guides/hip-strength.mdx?astroPropagatedAssets" may not be preserved when bundling.',
};

function passed(level: 'info' | 'debug' | 'warn', log: BuildLog): BuildLog[] {
  const seen: BuildLog[] = [];
  withoutHeadInjectWarnings(level, log, (_, passedLog) => seen.push(passedLog));
  return seen;
}

describe('withoutHeadInjectWarnings', () => {
  test("drops Rolldown's warning about Astro's MDX directive", () => {
    expect(passed('warn', headInject)).toEqual([]);
  });

  test('passes the same warning about any other directive', () => {
    const useClient = { ...headInject, message: headInject.message.replace('use astro:head-inject', 'use client') };
    expect(passed('warn', useClient)).toEqual([useClient]);
  });

  test('passes other warnings that name the directive', () => {
    const other = { code: 'EVAL', message: 'eval near "use astro:head-inject"' };
    expect(passed('warn', other)).toEqual([other]);
  });

  test('passes info and debug logs', () => {
    expect(passed('info', headInject)).toEqual([headInject]);
    expect(passed('debug', headInject)).toEqual([headInject]);
  });
});
