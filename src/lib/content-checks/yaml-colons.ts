import { parseDocument } from 'yaml';

/** A line of YAML whose unquoted value holds a colon YAML cannot read. */
export interface UnquotedColon {
  /** Counted from 1 in the text given. */
  line: number;
  field: string;
  /** The line as it should be written: the value in quotes. */
  fix: string;
}

// `key: value` where the value starts unquoted and holds ": " or ends with ":", outside a comment.
const PLAIN_VALUE = /^([ \t]*(?:-[ \t]+)?)([A-Za-z_][\w-]*):[ \t]+([^\s'"[{|>&*!%@`#][^#\n]*?(?::[ \t][^#\n]*|:))[ \t]*(#.*)?$/gm;

function quoted(value: string): string {
  return value.includes('"') ? `'${value.replaceAll("'", "''")}'` : `"${value.replaceAll('\\', '\\\\')}"`;
}

/**
 * Lines whose value holds `: ` without quotes, as in `title: Strength: a
 * guide`. YAML reads the second colon as the start of another field and
 * fails with "bad indentation of a mapping entry", which names neither the
 * field nor the fix. Only text that does not parse is looked at, so a colon
 * YAML does accept (in a URL, a time) is never reported.
 * @example unquotedColons('title: Strength: a guide\n')[0].fix // 'title: "Strength: a guide"'
 */
export function unquotedColons(yaml: string): UnquotedColon[] {
  const found: UnquotedColon[] = [];
  for (const match of yaml.matchAll(PLAIN_VALUE)) {
    const [, indent, field, value] = match as unknown as [string, string, string, string];
    found.push({ line: yaml.slice(0, match.index).split('\n').length, field, fix: `${indent.trimStart()}${field}: ${quoted(value.trim())}` });
  }
  // Parsed only when a line looks wrong: a build checks thousands of guides.
  return found.length > 0 && parseDocument(yaml).errors.length > 0 ? found : [];
}
