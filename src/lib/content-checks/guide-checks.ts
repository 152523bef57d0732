import { countWords } from '../reading-time';
import type { ContentProblem } from './problem';

/** Guides are long enough to teach and short enough to finish: 800 to 1,800 words. */
export const GUIDE_WORDS = { min: 800, max: 1800 } as const;
export const DESCRIPTION_MAX = 160;
const RESEARCH = /\b(study|studies|research|researchers|(?<!time )trials?|meta-analysis|systematic review|review by|reviewed the evidence)\b/i;

export interface GuideFacts {
  file: string;
  description?: unknown;
  body: string;
}

/**
 * What a guide gets wrong against the library's rules.
 * @example checkGuide({ file: 'g.mdx', description: '', body: 'x' })[0].field // 'description'
 */
export function checkGuide(guide: GuideFacts): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const at = (field: string, message: string) => problems.push({ file: guide.file, field, message });
  if (typeof guide.description !== 'string' || guide.description.trim() === '') at('description', 'has no description');
  else if (guide.description.length > DESCRIPTION_MAX) at('description', `is ${guide.description.length} characters; keep it to ${DESCRIPTION_MAX}`);

  const words = countWords(guide.body);
  if (words < GUIDE_WORDS.min || words > GUIDE_WORDS.max) at('body', `has ${words} words; guides run ${GUIDE_WORDS.min}–${GUIDE_WORDS.max}`);

  const [prose = '', sources] = guide.body.split(/^## Sources\s*$/m);
  const claim = RESEARCH.exec(prose);
  if (claim && (sources === undefined || !/^\s*[-*] /m.test(sources))) {
    at('body', `states research ("${claim[0]}") but has no "## Sources" list`);
  }
  return problems;
}

/**
 * Entries that repeat an earlier entry's title or name (ignoring case and
 * spacing): two pages with one title look the same in search results,
 * tabs and link previews.
 * @example duplicateTitles([{ file: 'a.mdx', title: 'Hips' }, { file: 'b.mdx', title: 'hips' }], 'title')[0].file // 'b.mdx'
 */
export function duplicateTitles(entries: readonly { file: string; title: string }[], field: string): ContentProblem[] {
  const first = new Map<string, string>();
  const problems: ContentProblem[] = [];
  for (const { file, title } of entries) {
    const key = title.trim().replace(/\s+/g, ' ').toLowerCase();
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, file);
    else problems.push({ file, field, message: `\`${title}\` is also the ${field} of ${earlier}; readers and search results could not tell them apart` });
  }
  return problems;
}
