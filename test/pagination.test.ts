import { appendFileSync, cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axe, box, browserAvailable, launch } from './helpers/browser';
import { buildSite, type BuildResult } from './helpers/build';
import { htmlFiles, readPage, resolves } from './helpers/dist';
import { tempDir } from './helpers/paths';
import { serveStatic } from './helpers/serve';

/*
 * The bundled site has fewer guides than a list page holds, so this builds
 * the small fixture with twelve more guides and five to a page: the guide
 * list runs to three pages, and the tag `even` to two. Every guide teaches
 * the Romanian deadlift, so its page lists five and links to a list of all.
 */
const valid = new URL('./fixtures/valid-content/', import.meta.url).pathname;
const work = tempDir('pagination');
const [content, dist] = [join(work, 'content'), join(work, 'dist')];
const GUIDES = 12;
const slug = (i: number) => `guide-${String(i).padStart(2, '0')}`;

let build: BuildResult;
beforeAll(async () => {
  cpSync(valid, content, { recursive: true });
  appendFileSync(join(content, 'site.yaml'), 'guidesPerPage: 5\n');
  const template = readFileSync(join(content, 'guides/first-guide.mdx'), 'utf8');
  for (let i = 1; i <= GUIDES; i++) {
    const text = template
      .replace(/^title:.*$/m, `title: Guide number ${i}`)
      .replace(/^published:.*$/m, `published: 2026-02-${String(i).padStart(2, '0')}`)
      .replace(/^tags:.*$/m, `tags: [fixture${i % 2 === 0 ? ', even' : ''}]`);
    writeFileSync(join(content, `guides/${slug(i)}.mdx`), text);
  }
  build = await buildSite({ contentDir: content, outDir: dist, cacheDir: join(work, 'cache') });
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const page = (path: string) => readPage(dist, `${path}index.html`);
const listed = (path: string) => [...page(path).querySelectorAll('.guide-card a')].map((a) => a.getAttribute('href'));
const newestFirst = [...Array.from({ length: GUIDES }, (_, i) => `/guides/${slug(GUIDES - i)}/`), '/guides/first-guide/'];

describe('lists of guides go on over numbered pages', () => {
  test('the fixture builds', () => {
    expect(build.output).not.toMatch(/\[\w*Error\]|\[WARN\]/);
    expect(build.code).toBe(0);
  });

  test('the guide list holds every guide once, newest first, five to a page', () => {
    const pages = htmlFiles(dist).filter((p) => /^\/guides\/(\d+\/)?index\.html$/.test(p));
    expect(pages).toEqual(['/guides/2/index.html', '/guides/3/index.html', '/guides/index.html']);
    expect([listed('/guides/'), listed('/guides/2/'), listed('/guides/3/')].map((list) => list.length)).toEqual([5, 5, 3]);
    expect([...listed('/guides/'), ...listed('/guides/2/'), ...listed('/guides/3/')]).toEqual(newestFirst);
  });

  test('a tag’s guides are paged the same way', () => {
    const even = newestFirst.filter((path) => /guide-\d+/.test(path) && Number(path.match(/\d+/)![0]) % 2 === 0);
    expect([...listed('/tags/even/'), ...listed('/tags/even/2/')]).toEqual(even);
    expect(htmlFiles(dist).filter((p) => p.startsWith('/tags/even/'))).toEqual(['/tags/even/2/index.html', '/tags/even/index.html']);
  });

  test('a tag’s chip is the current page on its first page, and only the current tag on the later ones', () => {
    const marked = (path: string) =>
      [...page(path).querySelectorAll('ul[aria-label="All tags"] a[aria-current]')].map((a) => [a.getAttribute('href'), a.getAttribute('aria-current')]);
    expect(marked('/tags/even/')).toEqual([['/tags/even/', 'page']]);
    expect(marked('/tags/even/2/')).toEqual([['/tags/even/', 'true']]);
    expect(marked('/tags/fixture/3/')).toEqual([['/tags/fixture/', 'true']]);
  });

  test.each(['/guides/', '/guides/2/', '/guides/3/', '/tags/even/', '/tags/even/2/', '/tags/fixture/3/', '/exercises/romanian-deadlift/guides/2/'])('%s links to its neighbours and every page of the list', (path) => {
    const document = page(path);
    const nav = document.querySelector('nav[aria-label="Pages of guides"]')!;
    const links = [...nav.querySelectorAll('a')];
    for (const link of links) expect(resolves(dist, link.getAttribute('href')!), link.getAttribute('href')!).toBe(true);
    const current = nav.querySelector('[aria-current="page"]')!;
    expect(current.getAttribute('href')).toBe(path);
    expect(current.textContent!.replace(/\s+/g, ' ').trim()).toMatch(/^Page \d+$/);

    const number = path.match(/\/(\d+)\/$/)?.[1] ?? '1';
    const rel = (name: string) => nav.querySelector(`a[rel="${name}"]`)?.getAttribute('href');
    const first = path.replace(/\d+\/$/, '');
    const last = path.startsWith('/tags/even/') ? 2 : 3;
    expect(rel('prev')).toBe(number === '1' ? undefined : number === '2' ? first : `${first}${Number(number) - 1}/`);
    expect(rel('next')).toBe(Number(number) === last ? undefined : `${first}${Number(number) + 1}/`);
    expect(links.filter((a) => !a.hasAttribute('rel')).map((a) => a.getAttribute('href'))).toEqual(
      Array.from({ length: last }, (_, i) => (i === 0 ? first : `${first}${i + 1}/`)),
    );
  });

  test('an exercise page lists the five newest guides that teach it and links to all of them', () => {
    const document = page('/exercises/romanian-deadlift/');
    const section = document.querySelector('section[aria-labelledby="guides"]')!;
    expect([...section.querySelectorAll('.guide-card a')].map((a) => a.getAttribute('href'))).toEqual(newestFirst.slice(0, 5));
    const all = [...section.querySelectorAll('a')].at(-1)!;
    expect(all.textContent).toBe('All 13 guides that teach it →');
    expect(all.getAttribute('href')).toBe('/exercises/romanian-deadlift/guides/');
    const lists = ['/exercises/romanian-deadlift/guides/', '/exercises/romanian-deadlift/guides/2/', '/exercises/romanian-deadlift/guides/3/'];
    expect(lists.flatMap(listed)).toEqual(newestFirst);
    expect(page(lists[1]!).title).toBe('Romanian deadlift: guides that teach it, page 2 of 3 · Carryover');
    // An exercise whose page lists all its guides has no list of its own.
    expect(htmlFiles(dist).filter((p) => p.startsWith('/exercises/hip-bridge/guides/'))).toEqual([]);
  });

  test('each page has its own title, description and canonical address', () => {
    const paths = ['/guides/', '/guides/2/', '/guides/3/', '/tags/even/', '/tags/even/2/', '/exercises/romanian-deadlift/guides/', '/exercises/romanian-deadlift/guides/3/'];
    const heads = paths.map((path) => {
      const document = page(path);
      return {
        title: document.title,
        description: document.querySelector('meta[name="description"]')!.getAttribute('content'),
        canonical: new URL(document.querySelector('link[rel="canonical"]')!.getAttribute('href')!).pathname,
      };
    });
    expect(heads.map((head) => head.canonical)).toEqual(paths);
    expect(new Set(heads.map((head) => head.title)).size).toBe(paths.length);
    expect(new Set(heads.map((head) => head.description)).size).toBe(paths.length);
    expect(heads[1]!.title).toBe('Guides, page 2 of 3 · Carryover');
    expect(page('/guides/2/').querySelector('main p.muted')!.textContent).toBe('13 guides, newest first. Page 2 of 3.');
  });

  test('the sitemap lists the later pages', () => {
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    for (const path of ['/guides/2/', '/guides/3/', '/tags/even/2/', '/exercises/romanian-deadlift/guides/', '/exercises/romanian-deadlift/guides/2/']) expect(sitemap).toContain(`${path}</loc>`);
  });
});

describe.runIf(browserAvailable())('page links in Chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  beforeAll(async () => {
    browser = await launch();
    server = await serveStatic(dist);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('on a phone, the page links are large enough to tap, reachable by keyboard, and axe finds nothing on any kind of list', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const tab = await context.newPage();
    await tab.goto(`${server.url}/guides/2/`);
    const nav = tab.getByRole('navigation', { name: 'Pages of guides' });
    for (const link of await nav.getByRole('link').all()) expect((await box(link)).height).toBeGreaterThanOrEqual(44);
    expect(await axe(tab)).toEqual([]);

    await nav.getByRole('link', { name: 'Page 3' }).focus();
    await tab.keyboard.press('Tab');
    await expect.poll(() => tab.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Older guides →');
    await tab.keyboard.press('Enter');
    await tab.waitForURL(`${server.url}/guides/3/`);
    await expect.poll(() => tab.getByRole('link', { name: 'Page 3' }).getAttribute('aria-current')).toBe('page');
    expect(await axe(tab)).toEqual([]);

    await tab.goto(`${server.url}/exercises/romanian-deadlift/`);
    await tab.getByRole('link', { name: 'All 13 guides that teach it →' }).click();
    await tab.waitForURL(`${server.url}/exercises/romanian-deadlift/guides/`);
    expect(await axe(tab)).toEqual([]);
    await context.close();
  });
});
