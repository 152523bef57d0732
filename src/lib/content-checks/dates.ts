import { parseCalendarDate } from '../plan/calendar-date';
import { frontmatterBlock, lineAt, plainScalar } from '../source-lines';
import type { ContentProblem } from './problem';

const DATE_FIELDS = ['published', 'updated'] as const;

/** A date field's day as written (`2026-02-30` from `2026-02-30T08:00:00Z` too), and where its line starts; undefined for other spellings. */
function writtenDay(frontmatter: string, field: string): { day: string; index: number } | undefined {
  const line = new RegExp(`^${field}:[ \\t]*(.*?)[ \\t]*$`, 'm').exec(frontmatter);
  // A time after the day rolls over with it.
  const day = line && /^(\d{4}-\d{2}-\d{2})(?:[Tt ]\d.*)?$/.exec(plainScalar(line[1]!))?.[1];
  return day ? { day, index: line.index } : undefined;
}

/**
 * Date fields whose text is not a real day written `YYYY-MM-DD`, read from
 * the file itself: YAML turns a bare `2026-02-30` into 2 March and
 * `2026-13-45` into a day in 2027 before the schema sees it, so only the
 * text shows the mistake. Other spellings are the schema's to explain.
 * @example frontmatterDateProblems('g.mdx', '---\npublished: 2026-02-30\n---\n')[0].field // 'published'
 */
export function frontmatterDateProblems(file: string, source: string): ContentProblem[] {
  const frontmatter = frontmatterBlock(source);
  return DATE_FIELDS.flatMap((field) => {
    const written = writtenDay(frontmatter, field);
    if (!written || parseCalendarDate(written.day) !== undefined) return [];
    return [{ file: `${file}:${lineAt(source, written.index)}`, field, message: `\`${written.day}\` is not a day on the calendar; check the month and the day` }];
  });
}

/**
 * The day a guide's advice last changed, as its frontmatter writes it:
 * `updated` when it is a real day, else `published`; undefined when neither is.
 * @example lastChanged('---\npublished: 2026-03-02\nupdated: 2026-05-01\n---\n') // '2026-05-01'
 */
export function lastChanged(source: string): string | undefined {
  const frontmatter = frontmatterBlock(source);
  const real = (field: string) => {
    const written = writtenDay(frontmatter, field);
    return written && parseCalendarDate(written.day) !== undefined ? written.day : undefined;
  };
  return real('updated') ?? real('published');
}
