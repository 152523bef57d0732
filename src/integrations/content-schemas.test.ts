import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { dropEntriesParsedByOtherSchemas, sourceDigest } from './content-schemas';

const folder = () => mkdtempSync(join(tmpdir(), 'carryover-store-'));

test('the digest follows every byte of every file', () => {
  const dir = folder();
  const [a, b] = [join(dir, 'a.ts'), join(dir, 'b.ts')];
  writeFileSync(a, 'export const a = 1;');
  writeFileSync(b, 'export const b = 1;');
  const before = sourceDigest([a, b]);
  expect(sourceDigest([a, b])).toBe(before);
  writeFileSync(b, 'export const b = 2;');
  expect(sourceDigest([a, b])).not.toBe(before);
});

test('stored entries survive while the schemas stay the same and go when they change', () => {
  const dir = folder();
  const store = join(dir, 'data-store.json');
  writeFileSync(store, '{"entries":"parsed by an unknown schema"}');
  expect(dropEntriesParsedByOtherSchemas(dir, 'one')).toBe(true);
  expect(existsSync(store)).toBe(false);

  writeFileSync(store, '{"entries":"parsed by schema one"}');
  expect(dropEntriesParsedByOtherSchemas(dir, 'one')).toBe(false);
  expect(readFileSync(store, 'utf8')).toContain('schema one');

  expect(dropEntriesParsedByOtherSchemas(dir, 'two')).toBe(true);
  expect(existsSync(store)).toBe(false);
  expect(dropEntriesParsedByOtherSchemas(dir, 'two')).toBe(false);
});

test('a folder that does not exist yet is made, with nothing to drop', () => {
  const dir = join(folder(), 'cache', 'astro');
  expect(dropEntriesParsedByOtherSchemas(dir, 'one')).toBe(false);
  expect(readFileSync(join(dir, 'content-schemas-digest'), 'utf8')).toBe('one');
});
