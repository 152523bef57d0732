import { expect, test } from 'vitest';
import { headersFor, matches, parseHeadersFile } from './headers-file';

const rules = parseHeadersFile(`# comment
/*
  X-Content-Type-Options: nosniff
/guides/*
  X-Frame-Options: DENY
/embed/*
  Content-Security-Policy: frame-ancestors *
`);

test('parses patterns and their indented headers', () => {
  expect(rules.map((r) => r.pattern)).toEqual(['/*', '/guides/*', '/embed/*']);
  expect(rules[2]!.headers).toEqual([['Content-Security-Policy', 'frame-ancestors *']]);
});

test.each([
  ['/*', '/anything/at/all', true],
  ['/guides/*', '/guides/x/', true],
  ['/guides/*', '/guidesx/', false],
  ['/', '/', true],
  ['/', '/guides/', false],
])('%s matches %s: %s', (pattern, path, expected) => {
  expect(matches(pattern, path)).toBe(expected);
});

test('combines every matching rule', () => {
  const headers = headersFor(rules, '/guides/a/');
  expect(headers.get('x-content-type-options')).toEqual(['nosniff']);
  expect(headers.get('x-frame-options')).toEqual(['DENY']);
  expect(headersFor(rules, '/embed/a/').get('x-frame-options')).toBeUndefined();
});
