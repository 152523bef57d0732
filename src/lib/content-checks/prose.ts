import retextEnglish from 'retext-english';
import retextEquality from 'retext-equality';
import retextIndefiniteArticle from 'retext-indefinite-article';
import retextRepeatedWords from 'retext-repeated-words';
import retextStringify from 'retext-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';

/** Filler words that weaken advice; the house style drops them. */
export const FILLERS = ['very', 'really', 'just', 'simply', 'obviously', 'basically'] as const;

/** The rules the prose test holds, by the id each problem carries. */
export const PROSE_RULES = {
  'repeated-words': 'a word written twice in a row ("the the")',
  'indefinite-article': '"a" or "an" that does not fit the next word ("an hinge")',
  equality: 'gendered, ableist or otherwise insensitive wording (retext-equality)',
  filler: `filler words: ${FILLERS.join(', ')}`,
} as const;
export type ProseRule = keyof typeof PROSE_RULES;

export interface ProseProblem {
  line: number;
  column: number;
  rule: ProseRule;
  message: string;
}

/**
 * The readable prose of an MDX or Markdown file, with frontmatter, code,
 * components, link targets and markup blanked out so lines and columns
 * still match the file.
 */
export function proseOf(source: string): string {
  const blank = (text: string) => text.replace(/[^\n]/g, ' ');
  return source
    .replace(/^---\n[\s\S]*?\n---\n/, blank)
    .replace(/^```[\s\S]*?^```/gm, blank)
    .replace(/`[^`\n]*`/g, blank)
    .replace(/^(import|export)\s.*$/gm, blank)
    .replace(/<[A-Za-z/][^>]*>/g, blank)
    .replace(/\]\([^)]*\)/g, blank)
    .replace(/^\s*(#{1,6}|[-*+]|\d+\.|\|)\s/gm, blank)
    .replace(/[|*_[\]]/g, ' ');
}

/*
 * "Easy" and "simple" name training ideas here (easy runs, simple progressions),
 * not a judgement of the reader; the fillers have their own rule.
 */
export const EQUALITY_IGNORED = ['easy', 'easily', 'simple', 'just', 'simply', 'obviously', 'basically'];

/**
 * The prose of an exercise file: its cues, mistakes, carryover and body.
 * Names, aliases and other fields are lists of words, not sentences.
 */
export function exerciseProseOf(source: string): string {
  let inProse = false;
  let inFrontmatter = false;
  return source
    .split('\n')
    .map((line, index) => {
      if (line === '---') {
        inFrontmatter = index === 0;
        return '';
      }
      if (!inFrontmatter) return line;
      if (/^\w+:/.test(line)) inProse = /^(cues|mistakes|carryover):/.test(line);
      if (!inProse) return ' '.repeat(line.length);
      return line.replace(/^(cues:|mistakes:|carryover:|\s*-\s)/, (m) => ' '.repeat(m.length)).replace(/"/g, ' ');
    })
    .join('\n');
}

const processor = unified()
  .use(retextEnglish)
  .use(retextRepeatedWords)
  .use(retextIndefiniteArticle)
  .use(retextEquality, { ignore: EQUALITY_IGNORED })
  .use(retextStringify);

function ruleOf(source: string | undefined | null): ProseRule {
  if (source === 'retext-repeated-words') return 'repeated-words';
  if (source === 'retext-indefinite-article') return 'indefinite-article';
  return 'equality';
}

/**
 * Every held prose problem in a text, in reading order.
 * @example await lintProse('Lift the the bar.') // [{ line: 1, column: 6, rule: 'repeated-words', … }]
 */
export async function lintProse(text: string): Promise<ProseProblem[]> {
  const file = await processor.process(new VFile(text));
  const problems: ProseProblem[] = file.messages.map((message) => ({
    line: message.line ?? 0,
    column: message.column ?? 0,
    rule: ruleOf(message.source),
    message: message.reason,
  }));
  const filler = new RegExp(`\\b(${FILLERS.join('|')})\\b`, 'gi');
  text.split('\n').forEach((line, index) => {
    for (const match of line.matchAll(filler)) {
      problems.push({ line: index + 1, column: match.index + 1, rule: 'filler', message: `Drop the filler word "${match[0]}"` });
    }
  });
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}
