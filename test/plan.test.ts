import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { addDays, calendarDateOf, daysBetween } from '../src/lib/plan/calendar-date';
import { PHASES, type Phase } from '../src/lib/vocabulary';
import { axe, browserAvailable, launch } from './helpers/browser';
import { bundledRules } from './helpers/content';

const url = inject('siteUrl');
const today = calendarDateOf(new Date());

async function pdfPages(pdf: Buffer): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({ data: new Uint8Array(pdf) }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return pages;
}

describe.runIf(browserAvailable())('the plan builder in Chromium', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(path = '/plan/', options: Parameters<Browser['newContext']>[0] = {}) {
    context = await browser.newContext({ acceptDownloads: true, ...options });
    page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${url}${path}`);
    return dialogs;
  }

  async function raceIn(weeks: number) {
    await page.fill('#race', addDays(today, weeks * 7));
    await page.selectOption('#distance', 'half');
    await page.dispatchEvent('#race', 'change');
  }

  test.each([
    [20, 'base'],
    [10, 'build'],
    [5, 'peak (in-season)'],
    [1, 'taper'],
  ])('a half marathon %i weeks ahead gives the %s template', async (weeks, phase) => {
    await open();
    await raceIn(weeks);
    await expect.poll(() => page.textContent('#plan-title')).toBe(`Your ${phase} template`);
    expect(await page.textContent('.plan-facts')).toContain(` · ${weeks} week${weeks === 1 ? '' : 's'} to go · `);
    // Then the plan's first notice, if it has one (which for a taper depends on today's weekday).
    expect(await page.textContent('#plan-status')).toMatch(new RegExp(`^Plan updated: ${phase[0]!.toUpperCase()}${phase.slice(1).replace(/[()]/g, '\\$&')} phase, ${weeks} weeks? to go\\.( |$)`));
    expect(await page.locator('.session h3').allTextContents()).toEqual([expect.stringMatching(/^Day A/), expect.stringMatching(/^Day B/)]);
    expect(await page.locator('.week-list li').count()).toBe(weeks + 1);
    expect(await page.locator('.week-list li').last().textContent()).toContain('race week');
    await context.close();
  });

  test('a race date typed digit by digit is kept, though the year passes through 0002 and 0020 on the way', async () => {
    await open('/plan/', { locale: 'en-US' });
    const race = addDays(today, 70);
    const [year, month, day] = race.split('-');
    await page.focus('#race');
    for (const key of `${month}${day}${year}`) await page.keyboard.press(key);
    await expect.poll(() => page.textContent('.plan-facts')).toContain('10 weeks to go');
    expect(await page.inputValue('#race')).toBe(race);
    expect(await page.isHidden('#plan-problems')).toBe(true);
    await context.close();
  });

  test('a phase template button opens that phase with the runner’s own choices', async () => {
    await open();
    await raceIn(10);
    await page.check('input[name="equipment"][value="dumbbells"]');
    await Promise.all([page.waitForURL(/\/plan\/taper\//), page.click('.phase-links button:has-text("Taper")')]);
    await expect.poll(() => page.textContent('#plan-title')).toBe('Your taper template');
    expect(await page.inputValue('#race')).toBe(addDays(today, 70));
    expect(await page.isChecked('input[name="equipment"][value="dumbbells"]')).toBe(true);
    expect(await page.textContent('.notices')).toContain('You chose the taper phase; by the calendar you are in build.');
    // Looking at a template is not choosing it: the builder reopens in the calendar's phase, with the runner's inputs.
    await page.goto(`${url}/plan/`);
    await expect.poll(() => page.textContent('#plan-title')).toBe('Your build template');
    expect(await page.inputValue('#phase')).toBe('auto');
    expect(await page.isChecked('input[name="equipment"][value="dumbbells"]')).toBe(true);
    await context.close();
  });

  test('a phase page opens in its phase, whatever phase the saved plan or the link was in', async () => {
    await open(`/plan/?race=${addDays(today, 70)}&phase=build`);
    await expect.poll(() => page.textContent('#plan-title')).toBe('Your build template');
    await page.goto(`${url}/plan/recovery/`);
    await expect.poll(() => page.textContent('#plan-title')).toBe('Your recovery template');
    expect(await page.inputValue('#race')).toBe(addDays(today, 70));
    await page.goto(`${url}/plan/recovery/?phase=auto`);
    await expect.poll(() => page.textContent('#plan-title')).toBe('Your recovery template');
    await context.close();
  });

  test('choosing the calendar’s phase on a phase page opens the builder, so the link reopens the same plan', async () => {
    await open(`/plan/build/?race=${addDays(today, 140)}`);
    await expect.poll(() => page.textContent('#plan-title')).toBe('Your build template');
    await Promise.all([page.waitForURL(/\/plan\/\?/), page.selectOption('#phase', 'auto')]);
    await expect.poll(() => page.textContent('#plan-title')).toBe('Your base template');
    const shared = page.url();
    expect(new URL(shared).searchParams.get('race')).toBe(addDays(today, 140));
    await context.close();
    await open(new URL(shared).pathname + new URL(shared).search);
    await expect.poll(() => page.textContent('#plan-title')).toBe('Your base template');
    await context.close();
  });

  test('every quality-day box is named by its whole day', async () => {
    await open();
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']) {
      expect(await page.getByRole('checkbox', { name: day, exact: true }).count(), day).toBe(1);
    }
    await context.close();
  });

  test('the share URL reopens the same plan, and the last inputs are remembered', async () => {
    await open();
    await raceIn(10);
    await page.check('input[name="equipment"][value="dumbbells"]');
    await expect.poll(() => page.url()).toContain('equipment=dumbbells');
    const shared = page.url();
    const plan = await page.innerHTML('#plan-output');
    await page.goto(`${url}/plan/`);
    expect(await page.inputValue('#race')).toBe(addDays(today, 70));
    await context.close();

    await open(new URL(shared).pathname + new URL(shared).search);
    expect(await page.innerHTML('#plan-output')).toBe(plan);
    expect(await page.isChecked('input[name="equipment"][value="dumbbells"]')).toBe(true);
    await context.close();
  });

  test('copy share link says it copied the page’s address, or where to find it when copying is refused', async () => {
    await open('/plan/', { permissions: ['clipboard-read', 'clipboard-write'] });
    await raceIn(10);
    await expect.poll(() => page.url()).toContain('race=');
    await page.click('button[data-action="copy"]');
    await expect.poll(() => page.textContent('#plan-status')).toBe('Link copied.');
    expect(await page.isVisible('#plan-status'), 'the message is shown, not only spoken').toBe(true);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    await context.close();

    await open('/plan/');
    await page.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    });
    await page.click('button[data-action="copy"]');
    await expect.poll(() => page.textContent('#plan-status')).toBe('Copying was not allowed here; copy the link from the address bar instead.');
    await context.close();
  });

  test('a garbled or hostile query gets messages and the defaults, and is never echoed', async () => {
    const hostile = new URLSearchParams({
      race: '2026-02-30',
      distance: '"><img src=x onerror=alert(1)>',
      phase: '<script>alert(2)</script>',
      long: 'javascript:alert(3)',
      swap: 'a-hinge:<b>bold</b>',
    });
    const dialogs = await open(`/plan/?${hostile}`);
    await expect.poll(() => page.locator('#plan-problems li').count()).toBe(5);
    expect(await page.textContent('#plan-problems')).toContain('The race date is not a real calendar date');
    expect(await page.locator('img[src="x"], #plan-output b, #plan-output script').count()).toBe(0);
    expect(await page.content()).not.toContain('onerror=alert');
    expect(await page.textContent('#plan-title')).toBe('Your base template');
    expect(dialogs).toEqual([]);
    await context.close();
  });

  test('swapping an exercise updates the plan and the URL', async () => {
    await open();
    await raceIn(20);
    const row = page.locator('#day-a tr[data-slot="a-hinge"]');
    const before = await row.locator('th > a').textContent();
    await row.locator('summary').click();
    const choice = row.locator('button.swap').first();
    const slug = await choice.getAttribute('data-slug');
    await choice.click();
    await expect.poll(() => page.url()).toContain(`swap=a-hinge%3A${slug}`);
    const after = page.locator('#day-a tr[data-slot="a-hinge"]');
    expect(await after.locator('th > a').getAttribute('href')).toBe(`/exercises/${slug}/`);
    expect(await after.locator('th > a').textContent()).not.toBe(before);
    expect(await after.locator('.badge').textContent()).toBe('swapped');

    // The form holds no swaps, and changing it keeps them.
    await page.check('input[name="quality"][value="5"]');
    await expect.poll(() => page.url()).toContain('quality=1%2C3%2C5');
    expect(page.url()).toContain(`swap=a-hinge%3A${slug}`);
    expect(await page.locator('#day-a tr[data-slot="a-hinge"] th > a').getAttribute('href')).toBe(`/exercises/${slug}/`);
    await context.close();
  });

  // The browser's copy of the exercises once lacked `mainLift`, so this plan made a Nordic curl its main hinge.
  test('the plan built in the browser keeps ballistic and eccentric-only exercises out of main lifts, as the page built on the server does', async () => {
    await open(`/plan/?race=${addDays(today, 70)}&equipment=bodyweight&experience=experienced`);
    // Without weight a one-legged hinge leads; the Nordic curl, eccentric only, is never a main lift.
    await expect.poll(() => page.locator('#day-a tr[data-slot="a-hinge"] th > a').getAttribute('href')).toBe('/exercises/single-leg-rdl/');
    await context.close();
  });

  test.each(['A4', 'Letter'] as const)('prints Day A and Day B on a page each (%s)', async (format) => {
    await open();
    await raceIn(10);
    await page.emulateMedia({ media: 'print' });
    const pages = await pdfPages(await page.pdf({ format, printBackground: false }));
    expect(pages.length).toBe(2);
    // Each day's heading (`Day A · Friday`); the notices above Day A may name Day B in passing.
    expect(pages[0]).toMatch(/Day A\s+·/);
    expect(pages[0]).not.toMatch(/Day B\s+·/);
    expect(pages[1]).toMatch(/Day B\s+·/);
    for (const text of pages) {
      expect(text).toContain('Half marathon on');
      expect(text).toContain('Build phase');
      expect(text).toContain('Training log');
      expect(text).not.toContain('Build my plan');
      expect(text).not.toContain('Skip to content');
    }
    await context.close();
  });

  test('the calendar file holds the sessions from today to race day, read back by ical.js', async () => {
    await open();
    await raceIn(12);
    const download = page.waitForEvent('download');
    const clicked = Math.floor(Date.now() / 1000) * 1000;
    await page.click('button[data-action="ics"]');
    const file = await (await download).path();
    const downloaded = Date.now();
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')));
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    expect(events.length).toBeGreaterThan(12);
    const race = addDays(today, 84);
    for (const event of events) {
      const date = event.startDate.toString().slice(0, 10) as typeof today;
      expect(event.startDate.isDate).toBe(true);
      expect(daysBetween(today, date)).toBeGreaterThanOrEqual(0);
      expect(daysBetween(date, race)).toBeGreaterThanOrEqual(4);
      expect(event.summary).toMatch(/^Strength Day [AB] · (Base|Build|Peak \(in-season\)|Taper)/);
      // The description doses the session as the phase in its title does.
      const phase = (Object.keys(PHASES) as Phase[]).find((key) => event.summary.includes(` · ${PHASES[key]}`))!;
      const dose = bundledRules().phases[phase].main;
      expect(event.description).toContain(`(RPE ${dose.rpe} · ${dose.rir} in reserve)`);
      if (event.summary.endsWith('deload week')) expect(event.description).toContain('Deload week: 60% of the sets at the same weights.');
      const parts = event.summary.toLowerCase().split(' · ');
      expect(new Set(parts).size, `${event.summary} says a part twice`).toBe(parts.length);
    }
    expect(new Set(events.map((event) => event.uid)).size).toBe(events.length);
    // Stamped when downloaded, so a second download the same day replaces the first in a calendar.
    for (const event of events) {
      const stamp = (event.component.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().getTime();
      expect(stamp).toBeGreaterThanOrEqual(clicked);
      expect(stamp).toBeLessThanOrEqual(downloaded);
    }
    for (const event of events) expect(event.uid.endsWith(`@${new URL(url).hostname}`), event.uid).toBe(true);
    expect(events.some((event) => event.summary.includes('deload week'))).toBe(true);
    expect(events.some((event) => event.summary.endsWith(' · Taper'))).toBe(true);
    await context.close();
  });

  test('with no session left before the race, the calendar button says so and downloads nothing', async () => {
    await open(`/plan/?race=${addDays(today, 2)}`);
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.click('button[data-action="ics"]');
    await expect.poll(() => page.textContent('#plan-status')).toBe('There are no sessions left to add: no lifting is planned between today and the end of this plan.');
    expect(await page.isVisible('#plan-status')).toBe(true);
    expect(downloads).toBe(0);
    expect(await page.locator('.session h3').allTextContents()).toEqual(['Day A', 'Day B']);
    await page.goto(`${url}/plan/?race=${addDays(today, -60)}`);
    await page.click('button[data-action="ics"]');
    await expect.poll(() => page.textContent('#plan-status')).toBe('Your race and its recovery are past: set your next race to fill a calendar.');
    expect(downloads).toBe(0);
    await context.close();
  });

  test('the status says what matters most when the plan changes: a past race is spoken, not only shown', async () => {
    await open();
    await page.fill('#race', addDays(today, -400));
    await page.dispatchEvent('#race', 'change');
    await expect.poll(() => page.textContent('#plan-status')).toMatch(/^Plan updated: Base phase\. Your race on .+ is past and so is its recovery\./);
    await context.close();
  });

  test('a plan from another day shows that day’s field open', async () => {
    await open(`/plan/?race=${addDays(today, 70)}&today=${addDays(today, 1)}`);
    await expect.poll(() => page.inputValue('#today')).toBe(addDays(today, 1));
    expect(await page.isVisible('#today')).toBe(true);
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds no violations on the builder and a phase template (${colorScheme})`, async () => {
      await open('/plan/', { colorScheme });
      await raceIn(10);
      await page.locator('#day-a details.alternatives summary').first().click();
      expect(await axe(page)).toEqual([]);
      await page.goto(`${url}/plan/taper/`);
      expect(await axe(page)).toEqual([]);
      await context.close();
    });
  }

  // 641 px is the narrowest screen that shows the tables as tables (a larger default text size moves that point with it).
  test.each([1280, 641])('at %i px the tables of a day line up under one another, and no tempo breaks across lines', async (width) => {
    await open('/plan/build/', { viewport: { width, height: 900 } });
    const days = await page.evaluate(() =>
      [...document.querySelectorAll('.session')].map((day) =>
        [...day.querySelectorAll('table.exercises')].map((table) => [...table.querySelectorAll('thead th')].map((th) => Math.round(th.getBoundingClientRect().left))),
      ),
    );
    expect(days.length).toBe(2);
    for (const tables of days) {
      expect(tables.length).toBeGreaterThan(1);
      for (const columns of tables) expect(columns).toEqual(tables[0]);
    }
    const tempoLines = await page.evaluate(() =>
      [...document.querySelectorAll('table.exercises td[data-label="Tempo"]')].map((cell) => {
        const range = document.createRange();
        range.selectNodeContents(cell);
        return `${cell.textContent}: ${range.getClientRects().length}`;
      }),
    );
    expect(tempoLines.length).toBeGreaterThan(5);
    expect(tempoLines.filter((line) => !line.endsWith(': 1'))).toEqual([]);
    await context.close();
  });

  test('without JavaScript the form opens a pre-rendered phase template', async () => {
    await open('/plan/', { javaScriptEnabled: false });
    expect(await page.isVisible('button:has-text("Build my plan")')).toBe(false);
    expect(await page.textContent('.no-script')).toContain('needs JavaScript, which is off');
    // Fields that could do nothing are not shown; the phase buttons are.
    expect(await page.isVisible('#race')).toBe(false);
    expect(await page.isVisible('input[name="equipment"]')).toBe(false);
    await page.click('.phase-links button:has-text("Build")');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/plan/build/');
    expect(await page.textContent('#plan-title')).toBe('Your build template');
    expect(await page.locator('#day-a table.exercises a').count()).toBeGreaterThan(5);
    await context.close();
  });
});
