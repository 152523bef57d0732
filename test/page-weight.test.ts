import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, test } from 'vitest';
import { tempDir } from './helpers/paths';
import { BUDGETS, pageTypes, pageWeight } from './helpers/weight';

const dir = inject('siteDir');
const types = pageTypes(dir);

describe('page weight: gzipped bytes each page type loads before any interaction', () => {
  test('every page type with a budget is found in the build', () => {
    expect(Object.keys(types).sort()).toEqual(Object.keys(BUDGETS).sort());
  });

  test.each(Object.entries(types))('%s (%s) stays within its budgets and loads nothing from another host', (type, path) => {
    const weight = pageWeight(dir, path);
    console.log(`page weight: ${type} ${path}: html ${weight.html}, css ${weight.css}, js ${weight.js}, total ${weight.total}`);
    expect(weight.external).toEqual([]);
    // Every page is styled; a zero would mean the stylesheets were not found.
    expect(weight.css).toBeGreaterThan(500);
    for (const [measure, budget] of Object.entries(BUDGETS[type]!)) {
      expect(weight[measure as 'js' | 'css' | 'total'], `${type} ${measure}`).toBeLessThanOrEqual(budget!);
    }
  });

  test('the scripts pages load are found and counted: the search launcher everywhere, the plan island on the plan', () => {
    for (const type of ['guide', 'exercise']) expect(pageWeight(dir, types[type]!).js, type).toBeGreaterThan(500);
    expect(pageWeight(dir, '/plan/').js).toBeGreaterThan(5 * 1024);
  });
});

describe('how a page is weighed', () => {
  const site = tempDir('weight');
  const write = (path: string, text: string) => {
    mkdirSync(join(site, path, '..'), { recursive: true });
    writeFileSync(join(site, path), text);
  };
  const js = (n: number) => `console.log(${JSON.stringify('x'.repeat(n))});`;
  write('/a.js', `import { b } from "./b.js";import "/c.js";const later = () => import("./lazy.js");${js(100)}`);
  write('/b.js', `export const b = 1;${js(200)}`);
  write('/c.js', js(300));
  write('/d.js', js(400));
  write('/lazy.js', js(5000));
  write('/s.css', 'body { color: red }');
  write(
    '/page/index.html',
    `<!doctype html><html><head>
      <link rel="stylesheet" href="/s.css"><link rel="stylesheet" href="https://cdn.example/x.css">
      <link rel="modulepreload" href="/d.js"><style>p { margin: 0 }</style>
      <script type="application/ld+json">{"@type":"Thing"}</script>
      <script type="module" src="../a.js"></script><script>window.x = 1</script>
    </head><body><p>Hi</p></body></html>`,
  );
  const gz = (text: string) => gzipSync(text).length;

  test('scripts count with their static imports and module preloads, each once; dynamic imports and data do not', () => {
    const weight = pageWeight(site, '/page/');
    expect(weight.files.map((file) => file.url).sort()).toEqual(['/a.js', '/b.js', '/c.js', '/d.js', '/s.css']);
    const file = (url: string) => weight.files.find((f) => f.url === url)!.bytes;
    expect(weight.js).toBe(file('/a.js') + file('/b.js') + file('/c.js') + file('/d.js') + gz('window.x = 1'));
    expect(weight.css).toBe(file('/s.css') + gz('p { margin: 0 }'));
    expect(weight.total).toBe(weight.html + file('/a.js') + file('/b.js') + file('/c.js') + file('/d.js') + file('/s.css'));
    expect(weight.external).toEqual(['https://cdn.example/x.css']);
  });
});
