import { z } from 'astro/zod';
import { friendly, shown } from './errors';

/** Days a training week may start on; the plan's week-by-week outline follows it. */
export const WEEK_STARTS = { monday: 0, saturday: 5, sunday: 6 } as const;

/** Units loads are written in, with the label a log sheet uses. */
export const UNITS = { metric: 'kg', imperial: 'lb' } as const;

const text = z.string(friendly).trim().min(1, 'must not be empty');

const url = text.refine(
  (value) => {
    try {
      const parsed = new URL(value);
      return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.pathname === '/' && !parsed.search && !parsed.hash;
    } catch {
      return false;
    }
  },
  { error: (issue) => `expected the site's origin as an absolute URL, e.g. \`https://carryover.example\` (no path); received ${shown(issue.input)}` },
);

const locale = text.refine(
  (value) => {
    try {
      return Intl.getCanonicalLocales(value).length === 1;
    } catch {
      return false;
    }
  },
  { error: (issue) => `expected a language tag such as \`en\` or \`en-GB\`; received ${shown(issue.input)}` },
);

const oneOf = <const T extends Record<string, unknown>>(values: T) =>
  z.enum(Object.keys(values) as [keyof T & string, ...(keyof T & string)[]], {
    error: (issue) => `expected one of ${Object.keys(values).map((v) => `\`${v}\``).join(', ')}; received ${shown(issue.input)}`,
  });

/** `content/site.yaml`: how the site names itself and the conventions it writes in. */
export const siteSchema = z
  .object(
    {
      /** The site's name, in titles, feeds, social images and embeds. */
      name: text.max(40, 'keep the name to 40 characters so it fits in titles and social images'),
      /** One line under the name on the home page and in the feed. */
      tagline: text.max(120, 'keep the tagline to 120 characters'),
      /** Where the site is deployed; CARRYOVER_SITE_URL overrides it for previews and tests. */
      url,
      /** Who writes the guides, named in articles' structured data and the feed. */
      author: text,
      /** The language pages are written in, as a BCP 47 tag. */
      locale,
      /** The day a training week starts on in plans. */
      weekStartsOn: oneOf(WEEK_STARTS),
      /** Units for loads in printed log sheets. */
      units: oneOf(UNITS),
      /** How many guides a list page shows (all guides, a tag) before it goes on to a next page. */
      guidesPerPage: z
        .number(friendly)
        .int('expected a whole number of guides')
        .min(5, 'show at least 5 guides a page')
        .max(100, 'show at most 100 guides a page, so a list page stays light on a phone')
        .default(20),
    },
    friendly,
  )
  .strict();

export type SiteConfig = z.output<typeof siteSchema>;
