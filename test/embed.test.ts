import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { unfurl } from 'unfurl.js';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { EMBED_SIZE } from '../src/lib/embed/embed';
import { headersFor, parseHeadersFile } from '../src/lib/headers/headers-file';
import { axe, box, browserAvailable, launch } from './helpers/browser';
import { readPage } from './helpers/dist';
import { tempDir } from './helpers/paths';
import { serveStatic } from './helpers/serve';
import { pageWeight } from './helpers/weight';

const dir = inject('siteDir');
const url = inject('siteUrl');
const gz = (path: string) => gzipSync(readFileSync(join(dir, path))).length;
const eventually = { timeout: 20_000 };

describe('the embed page and host script', () => {
  test('the card with its CSS and scripts is at most 20 KB gzipped and loads nothing from another host', () => {
    const { total, external } = pageWeight(dir, '/embed/exercises/split-squat/');
    expect(external).toEqual([]);
    expect(total).toBeLessThanOrEqual(20 * 1024);
    expect(readPage(dir, '/embed/exercises/split-squat/index.html').querySelector('header.site-header, nav')).toBeNull();
  });

  test('every card asks search engines not to index it, without a canonical that would say the opposite, and links its exercise page', () => {
    const cards = readdirSync(join(dir, 'embed', 'exercises'));
    expect(cards.length).toBeGreaterThanOrEqual(40);
    for (const slug of cards) {
      const card = readPage(dir, `/embed/exercises/${slug}/index.html`);
      expect(card.querySelector('meta[name="robots"]')?.getAttribute('content'), slug).toBe('noindex');
      expect(card.querySelector('link[rel="canonical"]'), slug).toBeNull();
      expect(card.querySelector('h1 a')?.getAttribute('href'), slug).toBe(`${url}/exercises/${slug}/`);
    }
  });

  test('every card names its exercise in the link back as the collection writes it', () => {
    for (const slug of readdirSync(join(dir, 'embed', 'exercises'))) {
      const card = readPage(dir, `/embed/exercises/${slug}/index.html`);
      const name = card.querySelector('h1')!.textContent!;
      // Lower-casing the name would read "the dumbbell romanian deadlift" and "the a-skip".
      expect(card.querySelector('footer a')!.textContent, slug).toBe(`${name}: full guide on Carryover (opens in a new tab) →`);
    }
  });

  test('the host script is at most 2 KB gzipped', () => {
    expect(gz('/embed.js')).toBeLessThanOrEqual(2 * 1024);
  });

  test('the card links back in a new tab without giving the page access to its opener', () => {
    const links = [...readPage(dir, '/embed/exercises/split-squat/index.html').querySelectorAll('a')];
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link.getAttribute('href')).toBe(`${url}/exercises/split-squat/`);
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toContain('noopener');
    }
  });

  test('a real oEmbed client discovers and reads the card from an exercise page', async () => {
    const result = await unfurl(`${url}/exercises/split-squat/`, { oembed: true });
    const oembed = result.oEmbed as unknown as Record<string, unknown> & { thumbnails: { url: string; width: number; height: number }[] };
    expect(oembed).toMatchObject({ version: '1.0', type: 'rich', title: 'Split squat', provider_name: 'Carryover', provider_url: url, width: 480, height: 560 });
    expect(oembed.html).toMatch(new RegExp(`^<iframe src="${url}/embed/exercises/split-squat/" title="Split squat: exercise card from Carryover"`));
    expect(oembed.thumbnails).toEqual([{ url: `${url}/embed/exercises/split-squat/thumbnail.png`, width: 420, height: 380 }]);
    const thumbnail = await fetch(oembed.thumbnails[0]!.url);
    expect(thumbnail.headers.get('content-type')).toBe('image/png');
    expect((await thumbnail.arrayBuffer()).byteLength).toBeGreaterThan(1000);
  });

  test('the headers file lets any site frame /embed/ pages and no site frame the rest', () => {
    const rules = parseHeadersFile(readFileSync(join(dir, '_headers'), 'utf8'));
    const embed = headersFor(rules, '/embed/exercises/split-squat/');
    expect(embed.get('content-security-policy')).toEqual(['frame-ancestors *']);
    expect(embed.get('x-frame-options')).toBeUndefined();
    const sections = readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !['embed', 'oembed', '_astro', 'pagefind'].includes(entry.name))
      .map((entry) => `/${entry.name}/any/`);
    for (const path of ['/', '/404.html', ...sections]) {
      const headers = headersFor(rules, path);
      expect(headers.get('x-frame-options'), path).toEqual(['DENY']);
      expect(headers.get('content-security-policy'), path).toEqual(["frame-ancestors 'none'"]);
      expect(headers.get('x-content-type-options'), path).toEqual(['nosniff']);
    }
  });
});

describe.runIf(browserAvailable())('embedded in a third-party page, in Chromium', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let blog: Awaited<ReturnType<typeof serveStatic>>;
  const dialogs: string[] = [];

  beforeAll(async () => {
    browser = await launch();
    const folder = tempDir('third-party');
    writeFileSync(
      join(folder, 'index.html'),
      `<!doctype html><html lang="en"><head><title>A running blog</title></head><body style="width:600px">
<h1>My split squat story</h1>
<div data-carryover-exercise="split-squat"></div>
<p>More words.</p>
<div data-carryover-exercise="romanian-deadlift" data-theme="dark"></div>
<div id="hostile" data-carryover-exercise='"><img src=x onerror=alert(1)>'></div>
<div data-carryover-exercise="../../admin"></div>
<script src="${url}/embed.js"></script>
</body></html>`,
    );
    writeFileSync(
      join(folder, 'pasted.html'),
      `<!doctype html><html lang="en"><head><title>A coach's notes</title></head><body style="width:600px">
<div data-carryover-exercise=" Goblet-Squat "></div>
<div data-carryover-exercise="${url}/exercises/hip-thrust/"></div>
<div data-carryover-exercise="goblet-squats"></div>
<div data-carryover-exercise=""></div>
<script src="${url}/embed.js"></script>
</body></html>`,
    );
    blog = await serveStatic(folder);
  });
  afterAll(async () => {
    await browser?.close();
    await blog?.stop();
  });

  async function openBlog(colorScheme: 'light' | 'dark') {
    context = await browser.newContext({ colorScheme, viewport: { width: 800, height: 3000 } });
    page = await context.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${blog.url}/`);
    expect(new URL(blog.url).port).not.toBe(new URL(url).port);
  }

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`two cards show at full height with no inner scrollbar (${colorScheme})`, async () => {
      await openBlog(colorScheme);
      const frames = page.locator('iframe');
      await expect.poll(() => frames.count()).toBe(2);
      for (let i = 0; i < 2; i++) {
        const handle = await frames.nth(i).elementHandle();
        const frame = (await handle!.contentFrame())!;
        await frame.waitForSelector('h1');
        await expect
          .poll(async () => {
            const inner = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
            const outer = await handle!.evaluate((el) => (el as HTMLElement).clientHeight);
            return Math.abs(inner - outer);
          })
          .toBeLessThanOrEqual(1);
        expect(await frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true);
      }
      const second = (await (await frames.nth(1).elementHandle())!.contentFrame())!;
      expect(await second.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      expect(await second.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe('dark');
      await context.close();
    });
  }

  test('hostile placeholders make no frame, run nothing and leave the page as it was', async () => {
    await openBlog('light');
    await expect.poll(() => page.locator('iframe').count()).toBe(2);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('#hostile').innerHTML()).toBe('');
    expect(dialogs).toEqual([]);
    await context.close();
  });

  test('a slug pasted with capitals and spaces, or a page address, makes its card; an unknown slug shrinks to a line', async () => {
    context = await browser.newContext({ viewport: { width: 800, height: 2000 } });
    page = await context.newPage();
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await page.goto(`${blog.url}/pasted.html`);
    const frames = page.locator('iframe');
    await expect.poll(() => frames.count()).toBe(3);
    expect(await frames.evaluateAll((all) => all.map((frame) => new URL((frame as HTMLIFrameElement).src).pathname))).toEqual([
      '/embed/exercises/goblet-squat/',
      '/embed/exercises/hip-thrust/',
      '/embed/exercises/goblet-squats/',
    ]);
    await expect.poll(() => frames.nth(0).getAttribute('title'), eventually).toBe('Goblet squat: exercise card from Carryover');
    const missing = (await (await frames.nth(2).elementHandle())!.contentFrame())!;
    await missing.waitForSelector('.embed-missing');
    expect(await missing.textContent('body')).toBe('This exercise card could not be found. Browse the exercises (opens in a new tab)');
    expect(await missing.locator('header, footer, nav').count()).toBe(0);
    await expect.poll(() => frames.nth(2).evaluate((frame) => frame.clientHeight), eventually).toBeLessThan(120);
    expect(warnings).toEqual([expect.stringContaining('data-carryover-exercise should be an exercise’s slug'.replace('’', "'"))]);
    await context.close();
  });

  test('hostile query parameters fall back to the automatic theme and are never written into the card', async () => {
    context = await browser.newContext({ colorScheme: 'dark' });
    page = await context.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    for (const theme of ['<script>alert(1)</script>', '" onload="alert(2)', 'javascript:alert(3)', 'DARK']) {
      await page.goto(`${url}/embed/exercises/split-squat/?theme=${encodeURIComponent(theme)}&x=${encodeURIComponent('<img src=y onerror=alert(4)>')}`);
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe('dark');
      expect(await page.content()).not.toContain('alert(');
      expect(await page.locator('img[src="y"]').count()).toBe(0);
    }
    expect(dialogs).toEqual([]);
    await context.close();
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds no violations inside the card (${theme})`, async () => {
      context = await browser.newContext();
      page = await context.newPage();
      await page.goto(`${url}/embed/exercises/romanian-deadlift/?theme=${theme}`);
      expect(await axe(page)).toEqual([]);
      await context.close();
    });
  }

  // 480 px is the width the iframe snippet asks for; the goblet squat has long cues and many secondary muscles.
  test.each([320, 480])('a card %i px wide keeps over half its width for the cues', async (width) => {
    context = await browser.newContext({ viewport: { width, height: 800 } });
    page = await context.newPage();
    await page.goto(`${url}/embed/exercises/goblet-squat/`);
    const [card, cues] = await Promise.all([box(page.locator('.card')), box(page.locator('.card ul'))]);
    expect(cues.width).toBeGreaterThan(card.width / 2);
    await context.close();
  });

  test('the exercise page offers the snippets, with copy buttons that copy them', async () => {
    context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url });
    page = await context.newPage();
    await page.goto(`${url}/exercises/split-squat/`);
    expect(await page.inputValue('#embed-script')).toBe(`<div data-carryover-exercise="split-squat"></div>\n<script src="${url}/embed.js" async></script>`);
    await page.click('button[data-copy="embed-iframe"]');
    await expect.poll(() => page.textContent('#embed-status')).toBe('Copied.');
    expect(await page.isVisible('#embed-status'), 'the message is shown, not only spoken').toBe(true);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.inputValue('#embed-iframe'));
    expect(await page.locator('iframe.preview').getAttribute('src')).toBe('/embed/exercises/split-squat/');
    await context.close();
  });

  test('the preview follows the theme chosen on the site, which the card cannot see', async () => {
    context = await browser.newContext({ colorScheme: 'light' });
    page = await context.newPage();
    await page.goto(`${url}/exercises/split-squat/`);
    await page.click('.theme-toggle');
    const previewSrc = () => page.locator('iframe.preview').evaluate((frame) => new URL((frame as HTMLIFrameElement).src).pathname + new URL((frame as HTMLIFrameElement).src).search);
    await expect.poll(previewSrc).toBe('/embed/exercises/split-squat/?theme=dark');
    await page.click('.theme-toggle');
    await expect.poll(previewSrc).toBe('/embed/exercises/split-squat/?theme=light');
    await context.close();
  });

  test('on a 320 px phone every card fits the iframe snippet’s height, and a taller frame shows the host page under it', async () => {
    context = await browser.newContext({ viewport: { width: 320, height: EMBED_SIZE.height } });
    page = await context.newPage();
    const tooTall: string[] = [];
    for (const slug of readdirSync(join(dir, 'embed', 'exercises'))) {
      await page.goto(`${url}/embed/exercises/${slug}/`);
      const height = await page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      if (height > EMBED_SIZE.height) tooTall.push(`${slug}: ${height} px`);
    }
    expect(tooTall).toEqual([]);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
    await context.close();
  });

  for (const width of [1280, 390]) {
    test(`at ${width} px the exercise page's preview is as tall as its card, with no empty space or scrolling`, async () => {
      context = await browser.newContext({ viewport: { width, height: 900 } });
      page = await context.newPage();
      await page.goto(`${url}/exercises/nordic-curl/`);
      const preview = page.locator('iframe.preview');
      await preview.scrollIntoViewIfNeeded();
      const frame = (await (await preview.elementHandle())!.contentFrame())!;
      await frame.waitForLoadState('load');
      const card = () => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      await expect.poll(async () => Math.abs((await preview.boundingBox())!.height - (await card())), eventually).toBeLessThanOrEqual(1);
      expect(await card()).toBeLessThan(560);
      await context.close();
    });
  }
});
