import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { bundledExercises, bundledRules } from '../../../test/helpers/content';
import { buildPlan } from './build-plan';
import { parseCalendarDate } from './calendar-date';
import { DEFAULT_INPUT, raceInWeeks } from './query';
import { renderPlan, timeToRace } from './render';

const today = parseCalendarDate('2026-11-25')!;
const plan = buildPlan({ ...DEFAULT_INPUT, quality: [1, 3], today, raceDate: raceInWeeks(today, 20), swaps: {} }, bundledExercises(), bundledRules());
const dom = (html: string) => parseHTML(`<body>${html}</body>`).document;

test('shows the race, phase, weeks to go and dates, then Day A and Day B', () => {
  const document = dom(renderPlan(plan));
  expect(document.querySelector('#plan-title')!.textContent).toBe('Your base template');
  expect(document.querySelector('.plan-facts')!.textContent).toBe('Half marathon on Wed 14 April 2027 · Base phase · 20 weeks to go · Mon 23 November 2026 to Sun 18 April 2027');
  expect([...document.querySelectorAll('.session h3')].map((h) => h.textContent)).toEqual(['Day A · Friday', 'Day B · Monday']);
});

// Before, a plan from December to the December after next read "Mon 7 December to Sun 10 December 2028", and week 56 gave no year.
test('dates name their year where it changes: the start of a range that ends in another year, and each week that starts a new year', () => {
  const tuesday = parseCalendarDate('2026-12-08')!;
  const longPlan = buildPlan({ ...DEFAULT_INPUT, quality: [1, 3], today: tuesday, raceDate: parseCalendarDate('2028-02-01')!, swaps: {} }, bundledExercises(), bundledRules());
  const document = dom(renderPlan(longPlan));
  expect(document.querySelector('.plan-facts')!.textContent).toContain('Mon 7 December 2026 to Sun 6 February 2028');
  const weeks = [...document.querySelectorAll('.week-list .week-date')].map((date) => date.textContent);
  expect(weeks[0]).toBe('from Mon 7 December');
  expect(weeks.filter((date) => /\d{4}$/.test(date!))).toEqual(['from Mon 4 January 2027', 'from Mon 3 January 2028']);
  // Within one year, the year once, at the end.
  const january = parseCalendarDate('2027-01-05')!;
  const sameYear = buildPlan({ ...DEFAULT_INPUT, quality: [1, 3], today: january, raceDate: parseCalendarDate('2027-04-18')!, swaps: {} }, bundledExercises(), bundledRules());
  expect(dom(renderPlan(sameYear)).querySelector('.plan-facts')!.textContent).toContain('Mon 4 January to Sun 18 April 2027');
});

test('the exercise tables keep their table roles when a phone’s styles turn their rows into grids', () => {
  const tables = [...dom(renderPlan(plan)).querySelectorAll('table.exercises')];
  expect(tables.length).toBeGreaterThan(2);
  const expected: Record<string, string> = { TABLE: 'table', THEAD: 'rowgroup', TBODY: 'rowgroup', TR: 'row', TD: 'cell' };
  for (const table of tables) {
    for (const element of [table, ...table.querySelectorAll('thead, tbody, tr, td')]) expect(element.getAttribute('role'), element.outerHTML.slice(0, 60)).toBe(expected[element.tagName]);
    for (const th of table.querySelectorAll('th')) expect(th.getAttribute('role')).toBe(th.getAttribute('scope') === 'col' ? 'columnheader' : 'rowheader');
  }
});

test('the timeline is a labelled picture with a list for reading', () => {
  const document = dom(renderPlan(plan));
  const bar = document.querySelector('.timeline-bar')!;
  expect(bar.getAttribute('role')).toBe('img');
  expect(bar.getAttribute('aria-label')).toMatch(/^21 weeks: \d+ base, \d+ build, \d+ peak \(in-season\), \d+ taper$/);
  expect(document.querySelectorAll('.week-list li').length).toBe(21);
  expect(document.querySelector('.week-list li')!.textContent).toBe('Week 1 from Mon 23 November: Base, baseline test week · 100% volume');
});

test('every exercise links to its page, and swap buttons appear only when interactive', () => {
  const document = dom(renderPlan(plan));
  const links = [...document.querySelectorAll('table.exercises th[scope="row"] > a')].map((a) => a.getAttribute('href'));
  expect(links.length).toBeGreaterThan(10);
  expect(links.every((href) => /^\/exercises\/[a-z0-9-]+\/$/.test(href!))).toBe(true);
  expect(document.querySelector('button.swap')).toBeNull();
  expect(dom(renderPlan(plan, { interactive: true })).querySelector('button.swap')).not.toBeNull();
});

test('every dose cell names its column, for phones that show a row as a block', () => {
  const table = dom(renderPlan(plan)).querySelector('table.exercises')!;
  const columns = [...table.querySelectorAll('thead th')].slice(1).map((th) => th.textContent);
  const rows = [...table.querySelectorAll('tbody tr')];
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) expect([...row.querySelectorAll('td')].map((td) => td.getAttribute('data-label'))).toEqual(columns);
});

test('the printed log grid has a column per week and a row per main and accessory lift', () => {
  const document = dom(renderPlan(plan, { logWeeks: 4 }));
  const grid = document.querySelector('#day-a .log-grid')!;
  expect(grid.querySelectorAll('thead th').length).toBe(5);
  expect(grid.querySelectorAll('tbody tr').length).toBe(5 + 1);
});

test('the log grid writes loads in the site’s unit', () => {
  expect(dom(renderPlan(plan)).querySelector('.log-grid td span')!.textContent).toBe('kg');
  expect(dom(renderPlan(plan, { loadUnit: 'lb' })).querySelector('.log-grid td span')!.textContent).toBe('lb');
});

test('the time to the race leaves out a part that is zero and counts one in the singular', () => {
  expect([0, 1, 5, 7, 8, 14, 19, 140].map(timeToRace)).toEqual([
    'race day',
    '1 day to go',
    '5 days to go',
    '1 week to go',
    '1 week 1 day to go',
    '2 weeks to go',
    '2 weeks 5 days to go',
    '20 weeks to go',
  ]);
});

test('a taper with a race ahead names its day and the rest days; a one-week outline is not “all 1 weeks”', () => {
  const monday = parseCalendarDate('2026-12-07')!;
  const taper = buildPlan({ ...DEFAULT_INPUT, quality: [1, 3], today: monday, raceDate: parseCalendarDate('2026-12-12')!, swaps: {} }, bundledExercises(), bundledRules());
  const document = dom(renderPlan(taper));
  expect(document.querySelector('.plan-facts')!.textContent).toBe('Half marathon on Sat 12 December 2026 · Taper phase · 5 days to go · Mon 7 December to Sun 13 December 2026');
  expect(document.querySelector('.schedule')!.textContent).toBe('One session a week, on Monday: alternate Day A and Day B. No lifting in the last 3 days before your race.');
  expect(document.querySelector('.week-list summary')!.textContent).toBe('1 week');
  expect([...document.querySelectorAll('.session h3')].map((h) => h.textContent)).toEqual(['Day A · Monday, alternate weeks', 'Day B · Monday, alternate weeks']);
  // The race comes within the week, so the printed log has one week's column, not four.
  expect([...dom(renderPlan(taper, { logWeeks: 4 })).querySelectorAll('#day-a .log-grid thead th')].map((th) => th.textContent)).toEqual(['Exercise', 'Week 1']);
  const chosen = buildPlan({ ...DEFAULT_INPUT, phase: 'taper', quality: [1, 3], today: monday, swaps: {} }, bundledExercises(), bundledRules());
  expect(dom(renderPlan(chosen)).querySelector('.schedule')!.textContent).toBe('One session a week, on Monday: alternate Day A and Day B.');
});

test('a recovery or taper week is named once, not “Recovery, recovery”', () => {
  const after = (raceDate: string) =>
    dom(renderPlan(buildPlan({ ...DEFAULT_INPUT, distance: 'ultra', quality: [1, 3], today, raceDate: parseCalendarDate(raceDate)!, swaps: {} }, bundledExercises(), bundledRules())));
  const recovery = [...after('2026-11-22').querySelectorAll('.week-list li')].map((li) => li.textContent);
  expect(recovery.length).toBeGreaterThan(1);
  expect(recovery.every((week) => /^Week \d+ from .+: Recovery · 40% volume$/.test(week!))).toBe(true);
  const taper = [...after('2026-12-06').querySelectorAll('.week-list li')].map((li) => li.textContent);
  expect(taper).toEqual(['Week 1 from Mon 23 November: Taper · 30% volume', 'Week 2 from Mon 30 November: Taper, race week · 15% volume']);
});

test('the printed pages carry the notices, and with no session left before the race no day is named', () => {
  const wednesday = parseCalendarDate('2026-12-09')!;
  const taper = buildPlan({ ...DEFAULT_INPUT, quality: [1, 3], today: wednesday, raceDate: parseCalendarDate('2026-12-12')!, swaps: {} }, bundledExercises(), bundledRules());
  const document = dom(renderPlan(taper));
  expect([...document.querySelectorAll('.session h3')].map((h) => h.textContent)).toEqual(['Day A', 'Day B']);
  for (const header of document.querySelectorAll('.print-header')) expect(header.textContent).toContain('Your race is 3 days away: skip lifting until after it.');
});

test('with no session left, the schedule line names no day either', () => {
  const monday = parseCalendarDate('2026-12-07')!;
  const line = (raceDate: string) =>
    dom(renderPlan(buildPlan({ ...DEFAULT_INPUT, quality: [1, 3], today: monday, raceDate: parseCalendarDate(raceDate)!, swaps: {} }, bundledExercises(), bundledRules()))).querySelector('.schedule')!.textContent;
  expect(line('2026-12-10')).toBe('No session is left before your race.');
  expect(line('2026-12-07')).toBe('No lifting today; recovery starts after the race.');
  expect(line('2026-12-12')).toMatch(/^One session a week, on Monday/);
});

test('after a race and its recovery, the plan calls itself a base template only when the calendar chose base', () => {
  const notice = (phase: 'auto' | 'build') =>
    buildPlan({ ...DEFAULT_INPUT, phase, quality: [1, 3], today, raceDate: parseCalendarDate('2026-10-01')!, swaps: {} }, bundledExercises(), bundledRules()).notices[0]!.text;
  expect(notice('auto')).toBe('Your race on Thu 1 October 2026 is past and so is its recovery. Set your next race to plan toward it; until then, this is a base template.');
  expect(notice('build')).toBe('Your race on Thu 1 October 2026 is past and so is its recovery. Set your next race to plan toward it.');
});

test('the timeline’s key names the marks besides colour when the weeks have them', () => {
  const legend = dom(renderPlan(plan)).querySelector('.timeline .legend')!.textContent;
  expect(legend).toContain('Outlined: baseline test week');
  expect(legend).toContain('Shorter: deload week');
  const taper = buildPlan({ ...DEFAULT_INPUT, quality: [1, 3], today, raceDate: parseCalendarDate('2026-12-01')!, swaps: {} }, bundledExercises(), bundledRules());
  expect(dom(renderPlan(taper)).querySelector('.timeline .legend')!.textContent).not.toMatch(/Outlined|Shorter/);
});

// Warnings looked exactly like advice.
test('a warning is marked as one, to the eye and to a screen reader; advice is not', () => {
  const fewer = bundledExercises().filter((e) => e.pattern !== 'hinge' || e.slug === 'hip-bridge');
  const warned = buildPlan({ ...DEFAULT_INPUT, quality: [1, 3], today, equipment: 'bodyweight', experience: 'new', swaps: {} }, fewer, bundledRules());
  const items = [...dom(renderPlan(warned)).querySelectorAll('.notices li')];
  const warnings = items.filter((li) => li.className === 'warning');
  expect(warnings.length).toBeGreaterThan(0);
  for (const li of warnings) expect(li.querySelector('.visually-hidden')?.textContent).toBe('Warning: ');
  for (const li of items.filter((item) => item.className === 'info')) expect(li.querySelector('.visually-hidden')).toBeNull();
});
