import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, test } from 'vitest';
import { searchWithCorrection } from '../src/lib/search/corrected-search';
import { axe, browserAvailable, launch } from './helpers/browser';
import { htmlFiles, readPage } from './helpers/dist';

const url = inject('siteUrl');
/** Pagefind and its index load on demand, on a machine busy with other builds. */
const eventually = { timeout: 20_000 };
const dir = inject('siteDir');
const pages = htmlFiles(dir);
const pagesUnder = (prefix: string) =>
  pages.filter((p) => p.startsWith(prefix) && p.split('/').length === 4).map((p) => p.replace(/index\.html$/, ''));
const guides = pagesUnder('/guides/');
const exercises = pagesUnder('/exercises/').filter((p) => readPage(dir, `${p}index.html`).querySelector('article.exercise'));

/** Every exercise page with the names it goes by: its title, each alias on its “Also called” line, and the spellings only search reads. */
const exerciseNames = exercises.map((path) => {
  const document = readPage(dir, `${path}index.html`);
  const list = (p: Element | undefined, prefix = '') => (p ? p.textContent!.replace(prefix, '').replace(/\.$/, '').split(', ') : []);
  const also = [...document.querySelectorAll('article p')].find((p) => p.textContent!.startsWith('Also called '));
  const spellings = document.querySelector('article p.search-terms') ?? undefined;
  const shown = [document.querySelector('h1')!.textContent!, ...list(also, 'Also called ')];
  return { path, shown, spellings: list(spellings), names: [...shown, ...list(spellings)] };
});

describe('the built pages tell Pagefind what they are', () => {
  test('every guide and exercise page is indexed, typed and described; the chrome is not indexed', () => {
    for (const path of [...guides, ...exercises]) {
      const document = readPage(dir, `${path}index.html`);
      const type = path.startsWith('/guides/') ? 'Guide' : 'Exercise';
      expect.soft(document.querySelectorAll('[data-pagefind-body]').length, path).toBe(1);
      expect.soft(document.querySelector(`[data-pagefind-filter="type:${type}"]`), path).not.toBeNull();
      expect.soft(document.querySelector(`[data-pagefind-meta="type:${type}"]`), path).not.toBeNull();
      expect.soft(document.querySelector('[data-pagefind-meta^="description:"]')?.getAttribute('data-pagefind-meta')?.length ?? 0, path).toBeGreaterThan(20);
      expect.soft(document.querySelector('h1')?.getAttribute('data-pagefind-weight'), path).toBe('10');
      for (const chrome of ['header.site-header', 'footer', 'nav.toc']) {
        const el = document.querySelector(chrome);
        if (el) expect.soft(el.closest('[data-pagefind-ignore="all"]'), `${path} ${chrome}`).not.toBeNull();
      }
    }
  });
});

describe.runIf(browserAvailable())('search in Chromium', () => {
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    browser = await launch();
  });
  afterEach(async () => {
    await context?.close();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(path: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
    context = await browser.newContext(options);
    const page = await context.newPage();
    await page.goto(`${url}${path}`);
    return page;
  }

  interface Found {
    count: number;
    /** URLs of the first `limit` results, best first. */
    urls: string[];
    excerpts: string[];
    filters: Record<string, string[]>[];
  }

  /** A query straight through Pagefind's own JS API, as the built site serves it. */
  function pagefind(page: Page, term: string | null, options: { filters?: Record<string, string>; sort?: Record<string, string> } = {}, limit = 10): Promise<Found> {
    return page.evaluate(
      async ({ term, options, limit }) => {
        // Built at runtime so Vitest's transform leaves this import() alone: it runs in the page.
        const load = new Function('url', 'return import(url)') as (url: string) => Promise<any>;
        const pf = await load('/pagefind/pagefind.js');
        await pf.options({ noWorker: true });
        const response = await pf.search(term, options);
        const data = await Promise.all(response.results.slice(0, limit).map((r: { data: () => Promise<unknown> }) => r.data()));
        type Data = { url: string; excerpt: string; filters: Record<string, string[]> };
        return {
          count: response.results.length,
          urls: (data as Data[]).map((d) => d.url),
          excerpts: (data as Data[]).map((d) => d.excerpt),
          filters: (data as Data[]).map((d) => d.filters),
        };
      },
      { term, options, limit },
    );
  }

  describe('the index answers real queries', () => {
    let page: Page;
    let own: BrowserContext;
    beforeAll(async () => {
      // The query helper builds its import() at runtime, which the site's CSP rightly forbids to page code.
      own = await browser.newContext({ bypassCSP: true });
      page = await own.newPage();
      await page.goto(`${url}/exercises/`);
    });
    afterAll(async () => {
      await own?.close();
    });

    test('“hamstring” finds the Romanian deadlift and the guides that teach it', async () => {
      const teaching = guides.filter((path) => {
        const document = readPage(dir, `${path}index.html`);
        const teaches = document.querySelector('section[aria-labelledby="guide-exercises"] a[href="/exercises/romanian-deadlift/"]');
        return teaches && /hamstring/i.test(document.querySelector('[data-pagefind-body]')!.textContent!);
      });
      expect(teaching.length).toBeGreaterThan(0);
      const found = await pagefind(page, 'hamstring', {}, 100);
      expect(found.urls).toContain('/exercises/romanian-deadlift/');
      for (const guide of teaching) expect(found.urls).toContain(guide);
    });

    test('a plan template’s blank log grid is never quoted as an excerpt', async () => {
      for (const term of ['rpe', 'reps', 'log']) {
        const found = await pagefind(page, term, {}, 20);
        const junk = found.excerpts.map((excerpt) => excerpt.replace(/<[^>]+>/g, '')).filter((text) => /kg\s*reps\s*rpe/i.test(text));
        expect(junk, term).toEqual([]);
      }
    });

    test('a guide’s opening paragraphs are not filed under its at-a-glance box', async () => {
      const anchors = await page.evaluate(async () => {
        const load = new Function('url', 'return import(url)') as (url: string) => Promise<any>;
        const pf = await load('/pagefind/pagefind.js');
        await pf.options({ noWorker: true });
        const response = await pf.search('taper');
        type Result = { sub_results: { url: string }[] };
        const data: Result[] = await Promise.all(response.results.slice(0, 20).map((r: { data: () => Promise<Result> }) => r.data()));
        return data.flatMap((d) => d.sub_results.map((sub) => sub.url));
      });
      expect(anchors.length).toBeGreaterThan(0);
      expect(anchors.filter((anchor: string) => anchor.endsWith('#at-a-glance'))).toEqual([]);
    });

    test('filters narrow the results, and combine', async () => {
      const all = await pagefind(page, 'hamstring', {}, 100);
      const hinges = await pagefind(page, 'hamstring', { filters: { pattern: 'Hinge' } }, 100);
      expect(hinges.count).toBeGreaterThan(0);
      expect(hinges.count).toBeLessThan(all.count);
      expect(all.urls).toEqual(expect.arrayContaining(hinges.urls));
      for (const filters of hinges.filters) expect(filters['pattern']).toEqual(['Hinge']);

      const onlyGuides = await pagefind(page, 'hamstring', { filters: { type: 'Guide' } }, 100);
      expect(onlyGuides.count).toBeGreaterThan(0);
      for (const found of onlyGuides.urls) expect(found).toMatch(/^\/guides\//);

      const combined = await pagefind(page, null, { filters: { type: 'Exercise', equipment: 'Dumbbell', muscle: 'Hamstrings', phase: 'Base' } }, 100);
      expect(combined.count).toBeGreaterThan(0);
      for (const filters of combined.filters) {
        expect(filters['equipment']).toContain('Dumbbell');
        expect(filters['muscle']).toContain('Hamstrings');
        expect(filters['phase']).toContain('Base');
      }
      expect(combined.urls).toContain('/exercises/dumbbell-romanian-deadlift/');
    });

    test('guides sort by the day they were last updated, newest first', async () => {
      const updated = new Map(
        guides.map((path) => [path, readPage(dir, `${path}index.html`).querySelector('[data-pagefind-sort^="updated:"]')!.getAttribute('data-pagefind-sort')!.slice(8)]),
      );
      const sorted = await pagefind(page, null, { sort: { updated: 'desc' } }, 1000);
      expect(sorted.urls.sort()).toEqual([...guides].sort());
      const inOrder = (await pagefind(page, null, { sort: { updated: 'desc' } }, 1000)).urls.map((path) => updated.get(path)!);
      expect(inOrder).toEqual([...inOrder].sort().reverse());
    });

    test('every exercise is found by its name and by each of its other names, in the top three', async () => {
      const pairs = exerciseNames.flatMap(({ path, names }) => names.map((name) => ({ path, name })));
      expect(pairs.length).toBeGreaterThan(exercises.length * 2);
      const missed: string[] = [];
      for (const { path, name } of pairs) {
        const found = await pagefind(page, name, {}, 3);
        if (!found.urls.includes(path)) missed.push(`${name} → ${found.urls.join(', ')} (wanted ${path})`);
      }
      expect(missed).toEqual([]);
    });

    test('an exercise found by a name the page shows is never quoted with the spellings only search reads', async () => {
      // Spellings that the page also shows (`squat` on the bodyweight squat's) may be quoted; the hidden list itself may not.
      const visible = (path: string) => {
        const article = readPage(dir, `${path}index.html`).querySelector('article')!;
        for (const hidden of article.querySelectorAll('[hidden]')) hidden.remove();
        return article.textContent!;
      };
      const withSpellings = exerciseNames.filter(({ path, spellings }) => spellings.length > 0 && !visible(path).includes(spellings.join(', ')));
      expect(withSpellings.length).toBeGreaterThan(3);
      const quoted: string[] = [];
      for (const { path, shown, spellings } of withSpellings) {
        for (const name of shown) {
          const found = await pagefind(page, name, {}, 5);
          const excerpt = found.excerpts[found.urls.indexOf(path)]?.replace(/<[^>]+>/g, '') ?? '';
          if (excerpt.includes(spellings.join(', '))) quoted.push(`${name} → ${path}: “${excerpt}”`);
        }
      }
      expect(quoted).toEqual([]);
    });

    test.each([
      ['RDL', '/exercises/romanian-deadlift/'],
      ['glute bridge', '/exercises/hip-bridge/'],
      ['hip bridge', '/exercises/hip-bridge/'],
      ['suitcase carry', '/exercises/suitcase-carry/'],
      // Pagefind's stemming finds these without a hidden spelling, which would become the excerpt.
      ['farmers carry', '/exercises/farmer-carry/'],
      ["farmer's carry", '/exercises/farmer-carry/'],
      ['Bulgarian split squat', '/exercises/rear-foot-elevated-split-squat/'],
      ['deadbug', '/exercises/dead-bug/'],
      ['trapbar deadlift', '/exercises/trap-bar-deadlift/'],
    ])('the alias or search term “%s” finds %s', async (alias, path) => {
      expect((await pagefind(page, alias, {}, 3)).urls).toContain(path);
    });

    const words: readonly string[] = JSON.parse(readFileSync(join(dir, 'search/words.json'), 'utf8'));
    test.each([
      ['romainian deadlift', '/exercises/romanian-deadlift/'],
      ['bulgarain split squat', '/exercises/rear-foot-elevated-split-squat/'],
      ['goblit squat', '/exercises/goblet-squat/'],
      ['kettelbell swing', '/exercises/kettlebell-swing/'],
      ['copenhagan plank', '/exercises/copenhagen-plank/'],
      ['nordik hamstrign curl', '/exercises/nordic-curl/'],
      ['tibialis raize', '/exercises/tibialis-raise/'],
    ])('the misspelling “%s” finds %s once corrected against the built lexicon', async (typed, path) => {
      const outcome = await searchWithCorrection(
        typed,
        (term) => pagefind(page, term, {}, 3).then((found) => ({ results: found.urls })),
        async () => words,
        async (word) => (await pagefind(page, `"${word}"`, {}, 1)).count > 0,
      );
      expect(outcome.corrected).toBeDefined();
      expect(outcome.response.results[0]).toBe(path);
    });

    test('words that pages use are never “corrected”, even one letter from an exercise word', async () => {
      for (const typed of ['half marathon', 'race week', 'hill sprints']) {
        const outcome = await searchWithCorrection(
          typed,
          (term) => pagefind(page, term, {}, 3).then((found) => ({ results: found.urls })),
          async () => words,
          async (word) => (await pagefind(page, `"${word}"`, {}, 1)).count > 0,
        );
        expect(outcome.corrected, typed).toBeUndefined();
      }
    });

    test('Pagefind escapes page text in excerpts and adds only <mark>', async () => {
      for (const term of ['hamstring', 'knee', 'week', 'split squat', 'glutes', 'a']) {
        const found = await pagefind(page, term, {}, 20);
        expect(found.excerpts.length).toBeGreaterThan(0);
        for (const excerpt of found.excerpts) expect(excerpt).toMatch(/^(?:[^<>]|<\/?mark>)*$/);
      }
    });
  });

  describe('pages that are only read', () => {
    const reading = { 'a guide': guides[0]!, 'an exercise': exercises[0]! };

    test.each(Object.entries(reading))('%s page requests nothing from /pagefind/ until search opens', async (_type, path) => {
      context = await browser.newContext();
      const page = await context.newPage();
      const requested: string[] = [];
      page.on('request', (request: Request) => requested.push(new URL(request.url()).pathname));
      await page.goto(`${url}${path}`);
      await page.waitForLoadState('networkidle');
      await page.mouse.wheel(0, 2000);
      await page.keyboard.press('Tab');
      await page.waitForLoadState('networkidle');
      expect(requested.length).toBeGreaterThan(1);
      expect(requested.filter((p) => p.startsWith('/pagefind/') || p.startsWith('/search/'))).toEqual([]);
      await page.keyboard.press('Control+K');
      await expect.poll(() => requested.filter((p) => p.startsWith('/pagefind/')), eventually).toContain('/pagefind/pagefind.js');
    });

    test.each(Object.entries(reading))('%s page runs at most 5 KB of gzipped JavaScript', async (_type, path) => {
      context = await browser.newContext();
      const page = await context.newPage();
      const scripts: Promise<number>[] = [];
      page.on('response', (response) => {
        if (response.request().resourceType() === 'script') scripts.push(response.body().then((body) => gzipSync(body).length));
      });
      await page.goto(`${url}${path}`);
      await page.waitForLoadState('networkidle');
      const inline = await page.locator('script:not([src]):not([type="application/json"]):not([type="application/ld+json"])').evaluateAll((els) => els.map((el) => el.textContent ?? ''));
      const total = (await Promise.all(scripts)).reduce((a, b) => a + b, 0) + inline.reduce((sum, code) => sum + gzipSync(code).length, 0);
      console.log(`search: ${path} runs ${total} bytes of gzipped JavaScript`);
      expect(scripts.length).toBeGreaterThan(0);
      expect(total).toBeLessThanOrEqual(5 * 1024);
    });
  });

  describe('the header search dialog', () => {
    const guide = guides.find((path) => path.includes('strength-for-beginners')) ?? guides[0]!;

    test('opens with Ctrl+K, shows results as you type, moves with the arrows and opens one with Enter', async () => {
      const page = await open(guide);
      await page.locator('main h1').click();
      await page.keyboard.press('Control+K');
      const dialog = page.locator('dialog.search-dialog');
      await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open), eventually).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
      await page.keyboard.type('hamstring');
      const status = dialog.getByRole('status');
      await expect.poll(() => status.textContent(), eventually).toMatch(/^\d+ results? for “hamstring”\.$/);
      const input = dialog.getByRole('combobox');
      expect(await input.getAttribute('aria-expanded')).toBe('true');
      const options = dialog.getByRole('option');
      expect(await options.count()).toBeGreaterThan(2);
      const hrefs = await options.evaluateAll((els) => els.map((el) => el.getAttribute('href')));
      expect(hrefs).toContain('/exercises/romanian-deadlift/');

      await page.keyboard.press('ArrowDown');
      expect(await input.getAttribute('aria-activedescendant')).toBe(await options.nth(0).getAttribute('id'));
      expect(await options.nth(0).getAttribute('aria-selected')).toBe('true');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowUp');
      expect(await input.getAttribute('aria-activedescendant')).toBe(await options.nth(1).getAttribute('id'));
      expect(await options.nth(0).getAttribute('aria-selected')).toBe('false');
      await page.keyboard.press('Enter');
      await expect.poll(() => new URL(page.url()).pathname + new URL(page.url()).hash, eventually).toBe(hrefs[1]);
    });

    test('opens with Ctrl+K, closes with Escape and gives focus back', async () => {
      const page = await open(guide);
      const link = page.locator('main a[href]').first();
      await link.focus();
      // A single key is no shortcut (WCAG 2.1.4): speech input could set it off.
      await page.keyboard.press('/');
      expect(await page.locator('dialog.search-dialog').evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
      await page.keyboard.press('Control+k');
      const dialog = page.locator('dialog.search-dialog');
      await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open), eventually).toBe(true);
      await page.keyboard.type('rdl');
      await expect.poll(() => dialog.getByRole('status').textContent(), eventually).toMatch(/results? for “rdl”/);
      await page.keyboard.press('Escape');
      expect(await dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.outerHTML)).toBe(await link.evaluate((el) => el.outerHTML));
    });

    test('the Search link opens the dialog; Enter with nothing chosen opens the search page', async () => {
      const page = await open(guide);
      await page.getByRole('link', { name: 'Search' }).click();
      const dialog = page.locator('dialog.search-dialog');
      await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open), eventually).toBe(true);
      await page.keyboard.type('glute bridge');
      await expect.poll(() => dialog.getByRole('status').textContent(), eventually).toMatch(/for “glute bridge”/);
      expect(await dialog.getByRole('option').first().getAttribute('href')).toBe('/exercises/hip-bridge/');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.url(), eventually).toBe(`${url}/search/?q=glute+bridge`);
    });

    test('a misspelling is corrected, and the reader is told', async () => {
      const page = await open(guide);
      await page.keyboard.press('Control+K');
      await page.keyboard.type('bulgarain split squat');
      const dialog = page.locator('dialog.search-dialog');
      await expect.poll(() => dialog.getByRole('status').textContent(), eventually).toMatch(/for “bulgarian split squat” \(corrected from “bulgarain split squat”\)\.$/);
      expect(await dialog.getByRole('option').first().getAttribute('href')).toBe('/exercises/rear-foot-elevated-split-squat/');
    });

    test('without JavaScript the header search is a link to the search page, which explains itself', async () => {
      const page = await open(guide, { javaScriptEnabled: false });
      await page.getByRole('link', { name: 'Search' }).click();
      await expect.poll(() => new URL(page.url()).pathname, eventually).toBe('/search/');
      const text = await page.locator('main').innerText();
      expect(text).toMatch(/needs JavaScript/);
      expect(await page.locator('main a[href="/guides/"]').count()).toBe(1);
      expect(await page.locator('main a[href="/exercises/"]').count()).toBe(1);
      expect(await page.locator('main form').isVisible()).toBe(false);
    });

    test('a first query fetches at most 150 KB, compressed as a static host serves it', async () => {
      const page = await open(guide);
      await page.waitForLoadState('networkidle');
      const fetched: Promise<{ path: string; wire: number; gzipped: number }>[] = [];
      page.on('requestfinished', (request: Request) => {
        fetched.push(
          (async () => {
            const response = (await request.response())!;
            const body = await response.body();
            const wire = (await request.sizes()).responseBodySize;
            // Text is gzipped by any static host; Pagefind's own files are gzipped already.
            const text = /text|javascript|json|css|xml/.test(response.headers()['content-type'] ?? '');
            return { path: new URL(request.url()).pathname, wire, gzipped: text ? Math.min(wire, gzipSync(body).length) : wire };
          })(),
        );
      });
      await page.keyboard.press('Control+K');
      await page.keyboard.type('hamstring');
      await expect.poll(() => page.locator('dialog [role=status]').textContent(), eventually).toMatch(/results? for “hamstring”/);
      await page.waitForLoadState('networkidle');
      const all = await Promise.all(fetched);
      const sum = (key: 'wire' | 'gzipped') => all.reduce((total, entry) => total + entry[key], 0);
      console.log(
        `search: a first query fetched ${sum('gzipped')} bytes gzipped (${sum('wire')} as this test server sent them) in ${all.length} requests:\n` +
          all.map((e) => `  ${e.gzipped}\t${e.wire}\t${e.path}`).join('\n'),
      );
      expect(all.map((entry) => entry.path)).toContain('/pagefind/pagefind.js');
      expect(sum('gzipped')).toBeLessThanOrEqual(150 * 1024);
    });

    for (const scheme of ['light', 'dark'] as const) {
      test(`axe finds no violations with the dialog open and showing results (${scheme})`, async () => {
        const page = await open(guide, { colorScheme: scheme });
        await page.keyboard.press('Control+k');
        await page.keyboard.type('hamstring');
        await expect.poll(() => page.locator('dialog [role=status]').textContent(), eventually).toMatch(/results? for/);
        await page.keyboard.press('ArrowDown');
        expect(await axe(page)).toEqual([]);
      });
    }
  });

  describe('the search page', () => {
    test('reads the search and its filters from the URL', async () => {
      const page = await open('/search/?q=hamstring&type=exercise&pattern=hinge');
      await expect.poll(() => page.locator('search-page [role=status]').textContent(), eventually).toMatch(/^\d+ results? for “hamstring”\.$/);
      expect(await page.locator('#search-query').inputValue()).toBe('hamstring');
      expect(await page.title()).toBe('“hamstring”: Search · Carryover');
      expect(await page.getByLabel('Page type').inputValue()).toBe('exercise');
      expect(await page.getByLabel('Movement pattern').inputValue()).toBe('hinge');
      const links = await page.locator('ol.results h2 a').evaluateAll((els) => els.map((el) => el.getAttribute('href')));
      expect(links).toContain('/exercises/romanian-deadlift/');
      for (const link of links) expect(link).toMatch(/^\/exercises\//);
      const hinge = page.getByLabel('Movement pattern').locator('option[value="hinge"]');
      await expect.poll(() => hinge.textContent(), eventually).toMatch(/^Hinge \(\d+\)$/);
    });

    test('on a 390 × 844 phone the first result starts within the first screen', async () => {
      const page = await open('/search/?q=hamstring', { viewport: { width: 390, height: 844 } });
      const first = page.locator('ol.results h2 a').first();
      await expect.poll(() => first.count(), eventually).toBe(1);
      const top = await first.evaluate((el) => el.getBoundingClientRect().top);
      expect(top).toBeLessThan(844);
    });

    test('keeps the URL in step as the reader types and filters, without adding history', async () => {
      const page = await open('/search/');
      const length = await page.evaluate(() => history.length);
      await page.locator('#search-query').fill('split squat');
      await expect.poll(() => page.url(), eventually).toBe(`${url}/search/?q=split+squat`);
      await page.getByLabel('Equipment').selectOption('bench');
      await expect.poll(() => page.url(), eventually).toBe(`${url}/search/?q=split+squat&equipment=bench`);
      await expect.poll(() => page.locator('ol.results h2 a').first().getAttribute('href'), eventually).toBe('/exercises/rear-foot-elevated-split-squat/');
      await page.getByLabel('Order').selectOption('updated');
      await expect.poll(() => page.url(), eventually).toBe(`${url}/search/?q=split+squat&equipment=bench&sort=updated`);
      expect(await page.evaluate(() => history.length)).toBe(length);
    });

    test('a guide result lists its matching sections, linked by heading', async () => {
      const page = await open('/search/?q=hamstrings&type=guide');
      await expect.poll(() => page.locator('ol.results .sections a').count(), eventually).toBeGreaterThan(0);
      const href = await page.locator('ol.results .sections a').first().getAttribute('href');
      expect(href).toMatch(/^\/guides\/[a-z0-9-]+\/#[\w-]+$/);
      const [path, id] = href!.split('#');
      expect(readPage(dir, `${path}index.html`).getElementById(id!)?.tagName).toMatch(/^H[1-6]$/);
    });

    test('excerpts read as sentences: each starts at one or opens with “…”, and ends at one or with “…”', async () => {
      const excerpts: string[] = [];
      for (const query of ['hamstrings', 'knee', 'taper', 'calf']) {
        const page = await open(`/search/?q=${query}`);
        await expect.poll(() => page.locator('ol.results .excerpt mark').count(), eventually).toBeGreaterThan(0);
        excerpts.push(...(await page.locator('ol.results .excerpt').allTextContents()));
        await page.context().close();
      }
      expect(excerpts.length).toBeGreaterThan(20);
      const misfits = excerpts.filter((text) => !/^(… |[A-Z0-9“"‘(])/.test(text) || !/(\.|!|\?|["”’)]| …)$/.test(text));
      expect(misfits).toEqual([]);
    });

    test('never writes the query into the page as HTML', async () => {
      const attack = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
      const page = await open(`/search/?q=${encodeURIComponent(attack)}`);
      await expect.poll(() => page.locator('search-page [role=status]').textContent(), eventually).toContain(attack);
      expect(await page.locator('#search-query').inputValue()).toBe(attack);
      expect(await page.locator('search-page img, search-page b').count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      // Highlights are the only elements inside an excerpt.
      await page.goto(`${url}/search/?q=hamstring`);
      await expect.poll(() => page.locator('ol.results .excerpt mark').count(), eventually).toBeGreaterThan(0);
      const tags = await page.locator('ol.results .excerpt *').evaluateAll((els) => [...new Set(els.map((el) => el.tagName))]);
      expect(tags).toEqual(['MARK']);
    });

    test('shows ten results at a time; “Show more results” adds the next and moves focus to them', async () => {
      const page = await open('/search/?q=hamstring');
      const items = page.locator('ol.results > li');
      await expect.poll(() => items.count(), eventually).toBe(10);
      const total = Number((await page.locator('search-page [role=status]').textContent())!.match(/^(\d+)/)![1]);
      expect(total).toBeGreaterThan(10);
      await page.getByRole('button', { name: 'Show more results' }).click();
      await expect.poll(() => items.count(), eventually).toBe(Math.min(20, total));
      const focused = await page.evaluate(() => [...document.querySelectorAll('ol.results > li')].indexOf(document.activeElement!.closest('li.result')!));
      expect(focused).toBe(10);
    });

    test('the header search shortcut focuses the page’s own field', async () => {
      const page = await open('/search/');
      await page.keyboard.press('Control+K');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-query');
      expect(await page.locator('dialog.search-dialog').evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
    });

    for (const scheme of ['light', 'dark'] as const) {
      test.each(['/search/', '/search/?q=hamstring&type=guide'])(`axe finds no violations on %s (${scheme})`, async (path) => {
        const page = await open(path, { colorScheme: scheme });
        if (path.includes('q=')) await expect.poll(() => page.locator('ol.results li').count(), eventually).toBeGreaterThan(0);
        expect(await axe(page)).toEqual([]);
      });
    }
  });
});
