/** One block of a `_headers` file: a path pattern and the headers it sets. */
export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

/**
 * Parses the `_headers` format shared by Netlify and Cloudflare Pages: a
 * path pattern at the start of a line, then indented `Name: value` lines.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (rule && colon > 0) rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** Whether a path matches a pattern, where `*` matches anything, slashes included. */
export function matches(pattern: string, path: string): boolean {
  const source = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${source}$`).test(path);
}

/**
 * Every header a host would send for a path: all matching rules, combined,
 * names compared without case.
 * @example headersFor(rules, '/embed/exercises/x/').get('content-security-policy') // ['frame-ancestors *']
 */
export function headersFor(rules: readonly HeaderRule[], path: string): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const rule of rules) {
    if (!matches(rule.pattern, path)) continue;
    for (const [name, value] of rule.headers) result.set(name.toLowerCase(), [...(result.get(name.toLowerCase()) ?? []), value]);
  }
  return result;
}
