import type { z } from 'astro/zod';
import { didYouMean } from '../lib/suggest';

/*
 * The one place zod issues become text an author can act on. Astro prints
 * `<field>: <message>` under the file's path, so messages start with what
 * was expected and end with what was received.
 */

type Issue = z.core.$ZodRawIssue;

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: '`true` or `false`',
  array: 'a list, e.g. `[a, b]`',
  object: 'a group of fields, e.g. `{ sets: 3, reps: "8" }`',
  date: 'a date written YYYY-MM-DD',
};

/** A received value as the author wrote it, shortened so a long paste stays readable. */
export function shown(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : String(JSON.stringify(value) ?? value);
  return `\`${text.length > 60 ? `${text.slice(0, 57)}...` : text}\``;
}

/** Schema-level error for required fields and wrong types; other issues keep their own messages. */
export function friendlyError(issue: Issue): string | undefined {
  if (issue.code === 'invalid_type') {
    const expected = EXPECTED[issue.expected] ?? issue.expected;
    if (issue.input === undefined) return `this field is required: expected ${expected}`;
    return `expected ${expected}; received ${shown(issue.input)}`;
  }
  if (issue.code === 'unrecognized_keys') {
    // The object's own fields, to suggest the one a misspelled key meant.
    const known = Object.keys((issue.inst as { _zod?: { def?: { shape?: object } } } | undefined)?._zod?.def?.shape ?? {});
    const hints = issue.keys.map((key) => didYouMean(key, known)).join('');
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `\`${k}\``).join(', ')}; check the spelling against the schema.${hints}`;
  }
  return undefined;
}

/** The zod options that attach `friendlyError`. */
export const friendly = { error: friendlyError } as const;
