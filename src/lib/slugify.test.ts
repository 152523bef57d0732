import { expect, test } from 'vitest';
import { slugify } from './slugify';

test.each([
  ['Single-leg RDL: the “why”', 'single-leg-rdl-the-why'],
  ['  Pallof press  ', 'pallof-press'],
  ['Côte de Bœuf & ÉTÉ', 'cote-de-b-uf-ete'],
  ['90/90 hip switch', '90-90-hip-switch'],
  ['!!!', ''],
])('%s → %s', (title, slug) => {
  expect(slugify(title)).toBe(slug);
});
