import { z } from 'astro/zod';
import { reference, type SchemaContext } from 'astro:content';
import { parseCalendarDate } from '../lib/plan/calendar-date';
import { friendly, shown } from './errors';

const DATE_EXPECTED = 'a date written YYYY-MM-DD, e.g. `2026-03-02`';

/**
 * A calendar date written `YYYY-MM-DD`, kept as a date at midnight UTC.
 * YAML hands a bare `2026-03-02` over as a date already; anything else
 * arrives as text and must be a real day written that way, so `09/02/2026`
 * or `9 February` fail instead of publishing some other day. (A bare
 * impossible day such as `2026-02-30` reaches here as YAML's rolled-over
 * date; the file check in src/lib/content-checks/dates.ts catches it.)
 */
const calendarDate = z
  .union([z.date(), z.string()], {
    error: (issue) => (issue.input === undefined || issue.input === null ? `this field is required: expected ${DATE_EXPECTED}` : `expected ${DATE_EXPECTED}; received ${shown(issue.input)}`),
  })
  .transform((value, context) => {
    if (value instanceof Date) return value;
    const day = parseCalendarDate(value);
    if (day && day === value.trim()) return new Date(`${day}T00:00:00Z`);
    context.addIssue({ code: 'custom', message: `expected ${DATE_EXPECTED}; received ${shown(value)}` });
    return z.NEVER;
  });

/*
 * Astro calls the schema once per guide, to hand it an `image()` bound to
 * that file, and building the zod fields cost more than checking the guide
 * with them (0.26 s against 0.10 s for 1,000 guides in a CPU profile of
 * `astro sync`); so the fields without images are built once, here.
 */
const fields = {
  /** The headline, e.g. `Building the posterior chain`. */
  title: z.string(friendly).trim().min(3),
  /** One sentence for lists, search results and social cards; at most 160 characters. */
  description: z
    .string(friendly)
    .trim()
    .min(20, { error: 'expected a description of at least 20 characters' })
    .max(160, { error: (issue) => `expected a description of at most 160 characters; this one has ${String(issue.input).length}` }),
  /** The day it was first published, e.g. `2026-03-02`. */
  published: calendarDate,
  /** The day its advice last changed, if it has. */
  updated: calendarDate.optional(),
  /** Topic words, lowercase, e.g. `[posterior-chain, beginners]`. */
  tags: z
    .array(
      z.string(friendly).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: (issue) => `expected a lowercase tag with hyphens, e.g. \`posterior-chain\`; received ${shown(issue.input)}` }),
      friendly,
    )
    .min(1, { error: 'expected at least one tag' }),
  /** Three to six short take-aways shown in the at-a-glance box. */
  atAGlance: z
    .array(z.string(friendly).trim().min(3), friendly)
    .min(2, { error: 'expected at least two at-a-glance bullets' })
    .max(6, { error: 'expected at most six at-a-glance bullets' }),
  /** Exercises the guide teaches, by slug, e.g. `[romanian-deadlift]`. */
  exercises: z.array(reference('exercises'), friendly).default([]),
  /** The hero image's alternative text; required with `hero`. */
  heroAlt: z.string(friendly).trim().optional(),
  /** Drafts build in `astro dev` only. */
  draft: z.boolean(friendly).default(false),
};

/** The frontmatter of one guide, `content/guides/<slug>.mdx`. */
export const guideSchema = ({ image }: SchemaContext) =>
  z
    .object(
      {
        ...fields,
        /** An optional hero image beside the file, e.g. `./images/rdl.jpg`. */
        hero: image().optional(),
      },
      friendly,
    )
    .strict()
    .refine((guide) => !guide.hero || (guide.heroAlt && guide.heroAlt.length > 0), {
      error: 'expected `heroAlt` text describing the hero image',
      path: ['heroAlt'],
    })
    .refine((guide) => !guide.updated || guide.updated >= guide.published, {
      error: 'expected `updated` to be on or after `published`',
      path: ['updated'],
    });
