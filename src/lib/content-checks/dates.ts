import { parseCalendarDate } from '../plan/calendar-date';
import { frontmatterBlock, lineAt, plainScalar } from '../source-lines';
import type { ContentProblem } from './problem';

const DATE_FIELDS = ['published', 'updated'] as const;

/**
 * Date fields whose text is not a real day written `YYYY-MM-DD`, read from
 * the file itself: YAML turns a bare `2026-02-30` into 2 March and
 * `2026-13-45` into a day in 2027 before the schema sees it, so only the
 * text shows the mistake.
 * @example frontmatterDateProblems('g.mdx', '---\npublished: 2026-02-30\n---\n')[0].field // 'published'
 */
export function frontmatterDateProblems(file: string, source: string): ContentProblem[] {
  const frontmatter = frontmatterBlock(source);
  const problems: ContentProblem[] = [];
  for (const field of DATE_FIELDS) {
    const line = new RegExp(`^${field}:[ \\t]*(.*?)[ \\t]*$`, 'm').exec(frontmatter);
    if (!line || line[1] === '') continue;
    // A time after the day (`2026-02-30T08:00:00Z`) rolls over with it.
    const text = /^(\d{4}-\d{2}-\d{2})(?:[Tt ]\d.*)?$/.exec(plainScalar(line[1]!))?.[1];
    if (text === undefined) continue; // other spellings are the schema's to explain
    if (parseCalendarDate(text) === undefined) {
      problems.push({ file: `${file}:${lineAt(source, line.index)}`, field, message: `\`${text}\` is not a day on the calendar; check the month and the day` });
    }
  }
  return problems;
}
