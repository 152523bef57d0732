import { expect, test } from 'vitest';
import { frontmatterDateProblems, lastChanged } from './dates';

const file = (dates: string) => `---\ntitle: A guide\n${dates}\ntags: [a]\n---\n\nBody with published: 2026-02-30 in it.\n`;

test.each(['published: 2026-02-30', 'published: 2026-13-45', "published: '2025-02-29'", 'updated: "2026-04-31"', 'published: 2026-02-30 # launch day', 'published: 2026-02-30T08:00:00Z'])('%s is no day on the calendar, and says where', (dates) => {
  const [problem, ...rest] = frontmatterDateProblems('content/guides/g.mdx', file(dates));
  expect(rest).toEqual([]);
  expect(problem!.file).toBe('content/guides/g.mdx:3');
  expect(problem!.field).toBe(dates.split(':')[0]);
  expect(problem!.message).toMatch(/is not a day on the calendar; check the month and the day$/);
});

test.each(['published: 2026-02-28', 'published: 2028-02-29\nupdated: 2028-03-01', 'published: 09/02/2026', 'published:', ''])('“%s” is left alone here (real, or the schema’s to explain)', (dates) => {
  expect(frontmatterDateProblems('g.mdx', file(dates))).toEqual([]);
});

test('a file that starts with a byte-order mark is read the same', () => {
  expect(frontmatterDateProblems('g.mdx', `\uFEFF${file('published: 2026-02-30')}`).map((problem) => problem.file)).toEqual(['g.mdx:3']);
});

test('a guide last changed on its update, or on its publication when it has none', () => {
  expect(lastChanged(file('published: 2026-03-02\nupdated: 2026-05-01'))).toBe('2026-05-01');
  expect(lastChanged(file("published: '2026-03-02' # first draft"))).toBe('2026-03-02');
  expect(lastChanged(file('published: 09/02/2026'))).toBeUndefined();
});
