import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { axe, box, browserAvailable, launch } from './helpers/browser';
import { htmlFiles } from './helpers/dist';

const url = inject('siteUrl');
const pages = htmlFiles(inject('siteDir'));
const first = (prefix: string) => {
  const page = pages.find((p) => p.startsWith(prefix) && p !== `${prefix}index.html` && p.split('/').length === 4);
  return page?.replace(/index\.html$/, '');
};

/** One page of each type a reader can reach. */
const pageTypes = {
  home: '/',
  'guide index': '/guides/',
  guide: first('/guides/')!,
  'tag index': '/tags/',
  tag: first('/tags/')!,
  'exercise index': '/exercises/',
  'exercise facet': '/exercises/pattern/',
  'exercise filter': '/exercises/pattern/hinge/',
  exercise: first('/exercises/')!,
  plan: '/plan/',
  'not found': '/no-such-page/',
};

describe.runIf(browserAvailable())('in Chromium', () => {
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('a reader goes home → guide → exercise', async () => {
    context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${url}/`);
    await page.getByRole('link', { name: 'All guides →' }).click();
    await expect.poll(() => page.url()).toBe(`${url}/guides/`);
    await page.locator('.guide-card a').first().click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/guides\/[a-z0-9-]+\/$/);
    const exerciseLink = page.locator('.exercise-card a').first();
    const name = await exerciseLink.textContent();
    await exerciseLink.click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/exercises\/[a-z0-9-]+\/$/);
    expect(await page.locator('h1').textContent()).toBe(name);
    await context.close();
  });

  test('the skip link is the first stop and moves focus to the content', async () => {
    context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${url}/guides/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });

  test('the theme toggle switches theme and remembers it', async () => {
    context = await browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(`${url}/`);
    const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const light = await background();
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    const dark = await background();
    expect(dark).not.toBe(light);
    await page.goto(`${url}/exercises/`);
    expect(await background()).toBe(dark);
    expect(await page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed')).toBe('true');
    await context.close();
  });

  test('the system dark preference applies without JavaScript', async () => {
    context = await browser.newContext({ colorScheme: 'dark', javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${url}/`);
    const scheme = await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
    expect(scheme).toBe('dark');
    expect(await page.locator('.theme-toggle').isVisible()).toBe(false);
    await context.close();
  });

  test.each([390, 820, 1280])('at %i px the home page’s exercise cards fill every row of their grid', async (width) => {
    context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${url}/`);
    const lefts = await page.locator('#exercises ~ .card-grid > li').evaluateAll((cards) => cards.map((card) => Math.round(card.getBoundingClientRect().left)));
    const columns = new Set(lefts).size;
    expect(lefts.length).toBeGreaterThan(columns);
    expect(lefts.length % columns, `${lefts.length} cards in ${columns} columns`).toBe(0);
    await context.close();
  });

  test.each([
    [390, 'below'],
    [1280, 'beside'],
  ] as const)('an exercise card in a guide %i px wide keeps over half its width for the words, with the muscle map %s them', async (width, where) => {
    context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${url}${pageTypes.guide}`);
    const card = page.locator('.exercise-card.with-map').first();
    const [whole, cues, map] = await Promise.all([box(card), box(card.locator('.cues')), box(card.locator('.map'))]);
    // The words never get less than half the card, however long the map's caption.
    expect(cues.width).toBeGreaterThan(whole.width / 2);
    if (where === 'beside') expect(map.x).toBeGreaterThanOrEqual(cues.x + cues.width);
    else expect(map.y).toBeGreaterThanOrEqual(cues.y + cues.height);
    await context.close();
  });

  test('a guide’s outline starts folded on a phone and opens from the keyboard; on a laptop it is open beside the text', async () => {
    context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const phone = await context.newPage();
    await phone.goto(`${url}${pageTypes.guide}`);
    const outline = (page: typeof phone) => page.getByRole('navigation', { name: 'On this page' });
    const summary = phone.locator('summary', { hasText: 'On this page' });
    expect(await outline(phone).count()).toBe(0);
    // Folded, it takes one line, and the guide's own words begin on the first screen.
    expect((await box(summary)).height).toBeLessThan(40);
    expect((await box(phone.locator('.guide-body'))).y).toBeLessThan(844);
    await summary.focus();
    await phone.keyboard.press('Enter');
    await expect.poll(() => outline(phone).count()).toBe(1);
    const links = await outline(phone).getByRole('link').count();
    expect(links).toBeGreaterThan(1);
    await phone.keyboard.press('Tab');
    expect(await phone.evaluate(() => document.activeElement?.closest('nav')?.getAttribute('aria-label'))).toBe('On this page');
    expect(await axe(phone)).toEqual([]);
    await phone.emulateMedia({ media: 'print' });
    expect(await summary.isVisible()).toBe(false);
    await context.close();

    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const laptop = await context.newPage();
    await laptop.goto(`${url}${pageTypes.guide}`);
    expect(await outline(laptop).getByRole('link').count()).toBe(links);
    expect(await laptop.locator('summary', { hasText: 'On this page' }).isVisible()).toBe(false);
    const [text, side] = await Promise.all([box(laptop.locator('.guide-body')), box(outline(laptop))]);
    expect(side.x).toBeGreaterThanOrEqual(text.x + text.width);
    await context.close();
  });

  // Every page type, and every guide and plan page, since authors put tables and long words in them.
  const narrowPages = [
    ...new Set([...Object.values(pageTypes), '/search/', '/embed/exercises/goblet-squat/', ...pages.filter((p) => /^\/(guides|plan)\/[^/]+\/index\.html$/.test(p)).map((p) => p.replace(/index\.html$/, ''))]),
  ];

  test(`no page scrolls sideways on a 320 px screen (${narrowPages.length} pages)`, async () => {
    context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    const wide: string[] = [];
    for (const path of narrowPages) {
      await page.goto(`${url}${path}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) wide.push(`${path} is ${width} px wide`);
    }
    expect(wide).toEqual([]);
    await context.close();
  });

  // Between 481 and 750 px the tools used to drop to a row of their own, and phones had three rows.
  test('at every width the header is at most two rows, search and theme always beside the name (by icon on a phone) and named in words', async () => {
    context = await browser.newContext();
    const page = await context.newPage();
    for (const width of [320, 390, 480, 500, 600, 700, 768, 800, 1024, 1280]) {
      await page.setViewportSize({ width, height: 700 });
      await page.goto(`${url}/guides/`);
      const top = (selector: string) => page.locator(selector).evaluate((el) => Math.round(el.getBoundingClientRect().top));
      const brand = await top('.site-header .brand');
      for (const tool of ['.site-header .search-link', '.site-header .theme-toggle']) expect(Math.abs((await top(tool)) - brand), `${tool} at ${width} px`).toBeLessThanOrEqual(8);
      expect(await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().height), `at ${width} px`).toBeLessThan(100);
      await expect.poll(() => page.getByRole('link', { name: 'Search', exact: true }).isVisible()).toBe(true);
      expect(await page.getByRole('button', { name: 'Dark theme' }).isVisible()).toBe(true);
    }
    await context.close();
  });

  // The fields were three rows tall and cut the code mid-line; list doses broke as "3 × 10– / 12".
  test('on a 320 px phone the embed code fields show all their code, and doses in exercise lists stay on one line', async () => {
    context = await browser.newContext({ viewport: { width: 320, height: 700 } });
    const page = await context.newPage();
    await page.goto(`${url}/exercises/goblet-squat/`);
    const fields = page.locator('.embed-this textarea');
    expect(await fields.count()).toBe(3);
    expect(await fields.evaluateAll((all) => all.filter((field) => field.scrollHeight > field.clientHeight + 1).map((field) => field.id))).toEqual([]);
    await page.goto(`${url}/guides/pairing-lifting-with-strides/`);
    const doses = page.locator('.exercise-list .dose');
    expect(await doses.count()).toBeGreaterThan(0);
    expect(await doses.evaluateAll((all) => all.filter((dose) => dose.getClientRects().length > 1).map((dose) => dose.textContent))).toEqual([]);
    await context.close();
  });

  // The body's outline was 1.6:1 against a dark card, so the figure all but vanished.
  test.each(['light', 'dark'] as const)('in the %s theme a muscle map’s outline stands out from its card by 3:1 or more', async (colorScheme) => {
    context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(`${url}/guides/building-the-posterior-chain/`);
    const [stroke, card] = await page.locator('.exercise-card.with-map').first().evaluate((cardElement) => [
      getComputedStyle(cardElement.querySelector('.muscle-map .body rect')!).stroke,
      getComputedStyle(cardElement).backgroundColor,
    ]);
    const luminance = (colour: string) => {
      const [r, g, b] = colour.match(/[\d.]+/g)!.slice(0, 3).map((c) => Number(c) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const [light, dark] = [luminance(stroke), luminance(card)].sort((a, b) => b - a);
    expect((light! + 0.05) / (dark! + 0.05), `${stroke} on ${card}`).toBeGreaterThanOrEqual(3);
    await context.close();
  });

  test(`every folded section shows the marker that says it opens (${narrowPages.length} pages)`, async () => {
    context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const unmarked: string[] = [];
    for (const path of narrowPages) {
      await page.goto(`${url}${path}`);
      const names = await page.evaluate(() =>
        [...document.querySelectorAll('summary')]
          .filter((summary) => summary.getClientRects().length > 0)
          .filter((summary) => {
            // A summary shows its triangle as a list item; one styled otherwise must draw its own marker.
            const style = getComputedStyle(summary);
            const drawn = getComputedStyle(summary, '::before').content;
            return !(style.display === 'list-item' && style.listStyleType !== 'none') && ['none', 'normal'].includes(drawn);
          })
          .map((summary) => summary.textContent!.trim()),
      );
      unmarked.push(...names.map((name) => `${path}: “${name}”`));
    }
    expect(unmarked).toEqual([]);
    await context.close();
  });

  test('on a phone, a wide table in a guide scrolls in its own named region, by keyboard too', async () => {
    context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(`${url}/guides/strength-across-the-season/`);
    const region = page.getByRole('region', { name: /table: / }).first();
    expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await region.focus();
    await page.keyboard.press('ArrowRight');
    expect(await region.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    expect(await axe(page)).toEqual([]);
    await context.close();
  });

  test('tables with the same columns are named apart by the sections they sit in', async () => {
    context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${url}/guides/placing-two-lifting-days/`);
    const names = await page.locator('.table-scroll').evaluateAll((regions) => regions.map((region) => region.getAttribute('aria-label')));
    expect(names).toEqual(expect.arrayContaining(['Four run days, table: Day, Running, Lifting', 'Five run days, table: Day, Running, Lifting', 'Six run days, table: Day, Running, Lifting']));
    expect(new Set(names).size).toBe(names.length);
    expect(await axe(page)).toEqual([]);
    await context.close();
  });

  test('a table column aligned in Markdown is aligned on the page, with the policy in force', async () => {
    context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${url}/guides/knee-and-ankle-stability/`);
    const table = page.getByRole('region', { name: /table: Exercise, Sets, Reps$/ }).locator('table');
    const aligns = await table.locator('tr').first().locator('th').evaluateAll((cells) => cells.map((cell) => getComputedStyle(cell).textAlign));
    expect(aligns).toEqual(['left', 'center', 'left']);
    expect(await table.locator('td:nth-child(2)').evaluateAll((cells) => cells.map((cell) => getComputedStyle(cell).textAlign))).toEqual(Array(6).fill('center'));
    await context.close();
  });

  test('printed, an exercise page is its content in dark ink, whatever the screen’s theme', async () => {
    context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(`${url}/exercises/split-squat/`);
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    expect(await page.locator('.site-header, .site-footer, .embed-this').evaluateAll((all) => all.map((el) => getComputedStyle(el).display))).toEqual(['none', 'none', 'none']);
    expect(await page.locator('main h1').evaluate((h1) => getComputedStyle(h1).color)).toBe('rgb(0, 0, 0)');
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const pdf = await pdfjs.getDocument({ data: new Uint8Array(await page.pdf({ format: 'A4' })) }).promise;
    const text = (await (await pdf.getPage(1)).getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' ');
    expect(text).toContain('Split squat');
    expect(text).not.toMatch(/Embed this card|Dark theme|Skip to content/);
    await context.close();
  });

  test('in forced colours the current page, the chosen filter and the plan’s phases stay marked', async () => {
    context = await browser.newContext({ forcedColors: 'active' });
    const page = await context.newPage();
    await page.goto(`${url}/exercises/pattern/hinge/`);
    const underline = (selector: string) => page.locator(selector).first().evaluate((a) => getComputedStyle(a).borderBottomColor);
    expect(await underline('.site-header nav a[aria-current]')).not.toBe(await underline('.site-header nav a:not([aria-current])'));
    const chip = (selector: string) => page.locator(selector).first().evaluate((a) => getComputedStyle(a).borderTopWidth);
    expect(await chip('.chip[aria-current]')).not.toBe(await chip('.chip:not([aria-current])'));
    // A race about 19 weeks out passes through base, build, peak and taper.
    await page.goto(`${url}/plan/?race=${new Date(Date.now() + 130 * 86_400_000).toISOString().slice(0, 10)}`);
    const colours = await page.locator('.timeline-bar .week').evaluateAll((bars) => new Set(bars.map((bar) => getComputedStyle(bar).backgroundColor)).size);
    expect(colours).toBeGreaterThan(2);
    await context.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    test.each(Object.entries(pageTypes))(`axe finds no violations on the %s page (${scheme})`, async (_type, path) => {
      context = await browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      await page.goto(`${url}${path}`);
      expect(await axe(page)).toEqual([]);
      await context.close();
    });
  }
});
