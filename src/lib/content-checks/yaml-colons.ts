import { parseDocument } from 'yaml';

/** A value YAML could not read because of a colon in it, with the same value in quotes. */
export interface UnquotedColon {
  /** The line the value starts on, counted from 1 in the text given. */
  line: number;
  /** The field the value belongs to; a list item's is its list's. */
  field: string;
  /** The value written on one line in quotes, e.g. `title: "Strength: a guide"` or `- "Tip: rest"`. */
  fix: string;
}

// A colon followed by a space or the line's end, in an unquoted value after the line's first key.
const SECOND_COLON = /^[ \t]*(?:-[ \t]+)?[^\s:#][^:\n]*:[ \t]+[^\s'"[{|>][^\n]*:(?:[ \t]|$)/m;
// An indented line that is not a list item, with a colon in it: maybe a value's second line.
const INDENTED_COLON = /^[ \t]+[^\s#-][^\n]*:(?:[ \t]|$)/m;
const KEY_VALUE = /^([ \t]*)([A-Za-z_][\w-]*):[ \t]+(.*)$/;
const LIST_ITEM = /^([ \t]*)-[ \t]+(.*)$/;

const indentOf = (line: string) => /^[ \t]*/.exec(line)![0].length;

/** A comment starts at ` # `; `#1` and `C#` are text. */
const withoutComment = (text: string) => text.replace(/[ \t]+#(?:[ \t].*)?$/, '').trim();

function quoted(value: string): string {
  return value.includes('"') ? `'${value.replaceAll("'", "''")}'` : `"${value.replaceAll('\\', '\\\\')}"`;
}

/** The value that starts on `lines[at]` after `start` characters, with the lines that continue it, folded as YAML folds them. */
function foldedValue(lines: readonly string[], at: number, start: number, indent: number): string {
  const parts = [withoutComment(lines[at]!.slice(start))];
  for (let next = at + 1; next < lines.length; next++) {
    const line = lines[next]!;
    if (line.trim() === '' || indentOf(line) <= indent || LIST_ITEM.test(line)) break;
    parts.push(withoutComment(line));
  }
  return parts.join(' ');
}

/** The key of the list a list item at `indent` sits in: the nearest line above that is less indented. */
function listKey(lines: readonly string[], at: number, indent: number): string {
  for (let above = at - 1; above >= 0; above--) {
    const match = KEY_VALUE.exec(`${lines[above]!} `);
    if (match && match[1]!.length < indent) return match[2]!;
    if (lines[above]!.trim() !== '' && indentOf(lines[above]!) < indent) break;
  }
  return 'list';
}

/**
 * Values YAML cannot read because of a colon in them, as in `title:
 * Strength: a guide`: YAML takes the second colon for the start of another
 * field and fails with "bad indentation of a mapping entry", which names
 * neither the field nor the fix. Only the lines YAML itself reports are
 * looked at, so a colon it accepts (in quotes, a block of text, a URL) and
 * other mistakes are left alone.
 * @example unquotedColons('title: Strength: a guide\n')[0].fix // 'title: "Strength: a guide"'
 */
export function unquotedColons(yaml: string): UnquotedColon[] {
  // Most frontmatter has no second colon on a line; only text that might fail is parsed.
  if (!SECOND_COLON.test(yaml) && !INDENTED_COLON.test(yaml)) return [];
  const lines = yaml.split(/\r?\n/);
  const found: UnquotedColon[] = [];
  for (const error of parseDocument(yaml).errors) {
    const line = error.linePos?.[0]?.line;
    if (error.code !== 'BLOCK_AS_IMPLICIT_KEY' || line === undefined || found.some((f) => f.line === line)) continue;
    const text = lines[line - 1] ?? '';
    const item = LIST_ITEM.exec(text);
    if (item) {
      const indent = item[1]!.length;
      const value = foldedValue(lines, line - 1, text.length - item[2]!.length, indent);
      found.push({ line, field: listKey(lines, line - 1, indent), fix: `- ${quoted(value)}` });
      continue;
    }
    const pair = KEY_VALUE.exec(text);
    if (!pair || pair[3]!.trim() === '') continue;
    const value = foldedValue(lines, line - 1, text.length - pair[3]!.length, pair[1]!.length);
    found.push({ line, field: pair[2]!, fix: `${pair[2]!}: ${quoted(value)}` });
  }
  return found;
}
