import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { browserAvailable, launch } from './helpers/browser';
import { htmlFiles } from './helpers/dist';
import { tempDir } from './helpers/paths';
import { serveStatic } from './helpers/serve';

const dir = inject('siteDir');
const url = inject('siteUrl');
const eventually = { timeout: 20_000 };

/** The page's policy as directive → sources. */
function policyOf(html: string): Map<string, string[]> {
  const metas = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/g)];
  expect(metas.length).toBe(1);
  return new Map(
    metas[0]![1]!
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('every built page carries a content security policy that allows exactly its own code', () => {
  const pages = htmlFiles(dir);

  test.each(pages)('%s', (page) => {
    const html = readFileSync(join(dir, page), 'utf8');
    const policy = policyOf(html);
    const scriptSrc = policy.get('script-src') ?? [];
    const styleSrc = policy.get('style-src') ?? [];
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    expect(styleSrc).not.toContain("'unsafe-inline'");
    for (const [, attrs, body] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (/\bsrc=|type="application\/(ld\+)?json"/.test(attrs!)) continue;
      expect(scriptSrc, `inline script “${body!.slice(0, 40)}…”`).toContain(sha256(body!));
    }
    for (const [, body] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) expect(styleSrc, `inline style “${body!.slice(0, 40)}…”`).toContain(sha256(body!));
    // A style attribute would need 'unsafe-inline'; none may be written.
    expect(html).not.toMatch(/<[a-z][^>]*\sstyle="/);
  });
});

describe.runIf(browserAvailable())('the site works under its policy in Chromium, with no violations', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const violations: string[] = [];

  beforeAll(async () => {
    browser = await launch();
    context = await browser.newContext();
    // Collected from the page itself too, in case the console wording changes.
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
    });
    page = await context.newPage();
    page.on('console', (message) => {
      if (/Content.Security.Policy|CSP violation/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => violations.push(`${page.url()}: ${error.message}`));
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('reading pages: home, a guide, an exercise with its embed preview, the indexes, a tag, search and 404', async () => {
    for (const path of ['/', '/guides/strength-for-beginners/', '/exercises/', '/exercises/romanian-deadlift/', '/guides/', '/tags/beginners/', '/search/?q=calf', '/no-such-page/']) {
      await page.goto(`${url}${path}`);
      await page.waitForLoadState('networkidle');
    }
    await page.goto(`${url}/exercises/romanian-deadlift/`);
    const preview = page.frameLocator('iframe.preview');
    await preview.locator('h1').scrollIntoViewIfNeeded();
    await expect.poll(() => preview.locator('h1').textContent(), eventually).toBe('Romanian deadlift');
    expect(violations).toEqual([]);
  });

  test('the theme toggle and its inline start-up script', async () => {
    await page.goto(`${url}/guides/`);
    const toggle = page.locator('button.theme-toggle');
    await expect.poll(() => toggle.isVisible()).toBe(true);
    const background = () => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--bg'));
    const before = await background();
    await toggle.click();
    const chosen = await page.evaluate(() => document.documentElement.dataset.theme);
    expect(chosen).toMatch(/^(light|dark)$/);
    await page.reload();
    // The remembered theme comes back on load only if the inline start-up script ran.
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(chosen);
    expect(await background()).not.toBe(before);
    expect(violations).toEqual([]);
  });

  test('search: the header dialog loads Pagefind (WebAssembly included) and answers', async () => {
    await page.goto(`${url}/guides/`);
    await page.locator('main h1').click();
    await page.keyboard.press('Control+K');
    const dialog = page.locator('dialog.search-dialog');
    await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open), eventually).toBe(true);
    await page.keyboard.type('hamstring');
    await expect.poll(() => dialog.getByRole('status').textContent(), eventually).toMatch(/^\d+ results? for “hamstring”\.$/);
    expect(await dialog.getByRole('option').count()).toBeGreaterThan(0);
    expect(violations).toEqual([]);
  });

  test('the plan builder island recomputes, swaps and prints', async () => {
    await page.goto(`${url}/plan/`);
    const race = new Date(Date.now() + 12 * 7 * 86_400_000).toISOString().slice(0, 10);
    await page.fill('#race', race);
    await page.dispatchEvent('#race', 'change');
    await expect.poll(() => page.textContent('.plan-facts'), eventually).toMatch(/\d+ weeks?( \d+ days?)? to go/);
    const row = page.locator('#day-a tr[data-slot="a-hinge"]');
    await row.locator('summary').click();
    await row.locator('button.swap').first().click();
    await expect.poll(() => page.url()).toContain('swap=');
    expect(violations).toEqual([]);
  });

  test('an embed card inside a third-party page, resized by the host script', async () => {
    const folder = tempDir('csp-blog');
    writeFileSync(
      join(folder, 'index.html'),
      `<!doctype html><html lang="en"><head><title>A blog</title></head><body><div data-carryover-exercise="split-squat"></div><script src="${url}/embed.js"></script></body></html>`,
    );
    const blog = await serveStatic(folder);
    try {
      await page.goto(`${blog.url}/`);
      const frame = page.locator('iframe');
      await expect.poll(() => frame.count(), eventually).toBe(1);
      await expect.poll(() => page.frameLocator('iframe').locator('h1').textContent(), eventually).toBe('Split squat');
      // The host script is served with the site's own name in it, and names the frame after the card's exercise.
      const siteName = readFileSync(join(dir, 'index.html'), 'utf8').match(/<meta property="og:site_name" content="([^"]+)"/)![1];
      await expect.poll(() => frame.getAttribute('title'), eventually).toBe(`Split squat: exercise card from ${siteName}`);
      // The card's inline height script ran: the host script set the height it reported.
      const reported = await page.frameLocator('iframe').locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
      await expect.poll(() => frame.evaluate((el: HTMLIFrameElement) => el.getBoundingClientRect().height), eventually).toBe(reported);
    } finally {
      await blog.stop();
    }
    expect(violations).toEqual([]);
  });
});
