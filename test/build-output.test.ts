import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { htmlFiles, readPage, resolves } from './helpers/dist';
import { root } from './helpers/paths';
import { contentDir } from '../src/lib/content-dir';

const dir = inject('siteDir');
const pages = htmlFiles(dir);
const content = resolve(root, contentDir(process.env));
/** Slugs of the published files in a content folder (drafts have no page). */
const slugs = (folder: string, ext: RegExp) =>
  readdirSync(join(content, folder))
    .filter((name) => ext.test(name) && !name.startsWith('_'))
    .filter((name) => !/^draft:\s*true\s*$/m.test(readFileSync(join(content, folder, name), 'utf8')))
    .map((name) => name.replace(ext, ''));

describe('the built site', () => {
  test('builds without a warning, so a new one is seen', () => {
    const warnings = inject('buildLog').split('\n').filter((line) => line.includes('[WARN]'));
    expect(warnings).toEqual([]);
  });

  test.each(slugs('guides', /\.mdx$/))('guide %s has its page', (slug) => {
    expect(pages).toContain(`/guides/${slug}/index.html`);
  });

  test.each(slugs('exercises', /\.md$/))('exercise %s has its page', (slug) => {
    expect(pages).toContain(`/exercises/${slug}/index.html`);
  });

  test('has the fixed pages', () => {
    for (const page of ['/index.html', '/guides/index.html', '/exercises/index.html', '/plan/index.html', '/404.html']) {
      expect(pages).toContain(page);
    }
  });

  test('a page\'s address trimmed back to any folder is a page too, so a reader who edits the URL does not land on the 404 (embeds aside)', () => {
    const missing = new Set<string>();
    for (const page of pages.filter((p) => !p.startsWith('/embed/'))) {
      const folders = page.split('/').slice(1, -2);
      for (let depth = 1; depth <= folders.length; depth++) {
        const folder = `/${folders.slice(0, depth).join('/')}/`;
        if (!pages.includes(`${folder}index.html`)) missing.add(folder);
      }
    }
    expect([...missing]).toEqual([]);
  });

  test('/tags/ links every tag\'s page, and /exercises/<facet>/ every value\'s', () => {
    const linked = (path: string, prefix: string) =>
      [...readPage(dir, `${path}index.html`).querySelectorAll('main a[href]')].map((a) => a.getAttribute('href')!).filter((href) => href.startsWith(prefix) && href !== prefix);
    const under = (prefix: string) => pages.filter((p) => p.startsWith(prefix) && p.split('/').length === prefix.split('/').length + 1).map((p) => p.replace(/index\.html$/, ''));
    expect(linked('/tags/', '/tags/').sort()).toEqual(under('/tags/').sort());
    for (const facet of ['pattern', 'equipment', 'muscle']) {
      expect(linked(`/exercises/${facet}/`, `/exercises/${facet}/`).sort()).toEqual(under(`/exercises/${facet}/`).sort());
    }
  });

  test('a muscle\'s page puts the exercises where it is primary first, each card naming it, and the rest under their own heading', () => {
    const document = readPage(dir, '/exercises/muscle/glute-med/index.html');
    const count = Number(/^(\d+) of /.exec(document.querySelector('main p.muted')!.textContent!)![1]);
    const headings = [...document.querySelectorAll('main section h2')].map((h) => h.textContent);
    expect(headings).toEqual([expect.stringMatching(/^Glute medius as a primary muscle \(\d+\)$/), expect.stringMatching(/^Glute medius as a secondary muscle \(\d+\)$/)]);
    const [primary, secondary] = [...document.querySelectorAll('main section')].map((section) => [...section.querySelectorAll('.exercise-card')]);
    expect(primary!.length + secondary!.length).toBe(count);
    for (const card of primary!) expect(card.querySelector('.meta')!.textContent).toContain('Glute medius');
    for (const card of secondary!) expect(card.querySelector('.meta')!.textContent).not.toContain('Glute medius');
  });

  test('an exercise page links each of its muscles and its equipment to the other exercises that share it', () => {
    const document = readPage(dir, '/exercises/goblet-squat/index.html');
    const links = (term: string) =>
      [...[...document.querySelectorAll('dl.facts dt')].find((dt) => dt.textContent === term)!.nextElementSibling!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links('Primary muscles')).toEqual(expect.arrayContaining(['/exercises/muscle/quadriceps/', '/exercises/muscle/glutes/']));
    expect(links('Equipment').length).toBeGreaterThan(0);
    for (const href of [...links('Primary muscles'), ...links('Equipment')]) expect(pages).toContain(`${href}index.html`);
  });

  test('the header marks the page it links to as the page, and the rest of its section as current', () => {
    const marks = (path: string) =>
      Object.fromEntries([...readPage(dir, `${path}index.html`).querySelectorAll('.site-header nav a[aria-current]')].map((a) => [a.textContent!.trim(), a.getAttribute('aria-current')]));
    expect(marks('/guides/')).toEqual({ Guides: 'page' });
    expect(marks('/tags/')).toEqual({ Guides: 'true' });
    expect(marks(pages.find((p) => /^\/tags\/[^/]+\/index\.html$/.test(p))!.replace('index.html', ''))).toEqual({ Guides: 'true' });
    expect(marks('/exercises/pattern/hinge/')).toEqual({ Exercises: 'true' });
    expect(marks('/plan/')).toEqual({ 'Plan builder': 'page' });
    expect(marks('/')).toEqual({});
  });

  test('no page counts one thing in the plural, in its text or its description', () => {
    const wrong: string[] = [];
    for (const page of pages) {
      const document = readPage(dir, page);
      const text = `${document.querySelector('meta[name="description"]')?.getAttribute('content') ?? ''} ${document.querySelector('body')!.textContent}`;
      for (const match of text.matchAll(/\b1 (exercises|guides|tags|weeks|days|sessions|sets|choices)\b/g)) wrong.push(`${page}: ${match[0]}`);
    }
    expect(wrong).toEqual([]);
  });

  test('no page links to a missing page, image, script or stylesheet', () => {
    const broken: string[] = [];
    for (const page of pages) {
      const document = readPage(dir, page);
      const urls = [
        ...[...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!),
        ...[...document.querySelectorAll('img[src], script[src], source[src]')].map((el) => el.getAttribute('src')!),
        ...[...document.querySelectorAll('link[rel="stylesheet"][href], link[rel="icon"][href]')].map((el) => el.getAttribute('href')!),
        ...[...document.querySelectorAll('img[srcset], source[srcset]')].flatMap((el) =>
          el.getAttribute('srcset')!.split(',').map((part) => part.trim().split(/\s+/)[0]!),
        ),
      ];
      for (const url of urls) {
        if (!url.startsWith('/') || url.startsWith('//')) continue;
        if (!resolves(dir, url)) broken.push(`${page} → ${url}`);
      }
      for (const a of document.querySelectorAll('a[href^="#"]')) {
        const id = a.getAttribute('href')!.slice(1);
        if (id && !document.getElementById(decodeURIComponent(id))) broken.push(`${page} → #${id}`);
      }
    }
    expect(broken).toEqual([]);
  });

  test('every page has one h1, a title, a description and a language', () => {
    for (const page of pages) {
      const document = readPage(dir, page);
      expect.soft(document.querySelectorAll('h1').length, page).toBe(1);
      expect.soft(document.title.length, page).toBeGreaterThan(0);
      expect.soft(document.querySelector('meta[name="description"]')?.getAttribute('content')?.length ?? 0, page).toBeGreaterThan(0);
      expect.soft(document.documentElement.getAttribute('lang'), page).toBe('en');
    }
  });

  test('loads nothing from another host', () => {
    for (const page of pages) {
      const document = readPage(dir, page);
      for (const el of document.querySelectorAll('script[src], link[href]:not([rel="canonical"]):not([rel="alternate"]), img[src], iframe[src]')) {
        const url = el.getAttribute('src') ?? el.getAttribute('href')!;
        expect.soft(/^(https?:)?\/\//.test(url), `${page} loads ${url}`).toBe(false);
      }
    }
  });

  test('a guide page has its dates, reading time, at-a-glance box and contents', () => {
    const guide = pages.find((page) => page.startsWith('/guides/') && page !== '/guides/index.html')!;
    const document = readPage(dir, guide);
    expect(document.querySelector('time[datetime]')?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(document.body.textContent).toMatch(/\d+ min read/);
    expect(document.querySelector('.at-a-glance h2')?.textContent).toBe('At a glance');
    expect(document.querySelectorAll('.toc li').length).toBeGreaterThan(1);
  });

  test('guides are listed newest first', () => {
    const document = readPage(dir, '/guides/index.html');
    const dates = [...document.querySelectorAll('.guide-card time')].map((t) => t.getAttribute('datetime')!);
    expect(dates.length).toBeGreaterThan(0);
    expect(dates).toEqual([...dates].sort().reverse());
  });
});
