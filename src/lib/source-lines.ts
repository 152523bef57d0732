/*
 * Finding places in a content file's text, for messages that name a line.
 */

/**
 * The frontmatter block at the top of a Markdown file, its `---` fences and
 * the line break after them included (and a byte-order mark before them,
 * which editors on Windows add); empty when the file has none.
 * @example frontmatterBlock('---\ntitle: x\n---\nBody') // '---\ntitle: x\n---\n'
 */
export function frontmatterBlock(source: string): string {
  return /^\uFEFF?---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/.exec(source)?.[0] ?? '';
}

/**
 * The YAML inside a Markdown file's frontmatter, without its fences.
 * @example frontmatterYaml('---\ntitle: x\n---\nBody') // 'title: x\n'
 */
export function frontmatterYaml(source: string): string {
  return frontmatterBlock(source).replace(/^\uFEFF?---\r?\n/, '').replace(/---(?:\r?\n)?$/, '');
}

/**
 * The line, counted from 1, that holds the character at `index`.
 * @example lineAt('a\nb\nc', 2) // 2
 */
export function lineAt(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

/**
 * The text with code fences and inline code blanked out, line breaks kept,
 * so a component shown as an example in backticks is not taken for a use.
 * @example withoutCode('a `<X />` b') // 'a         b'
 */
export function withoutCode(text: string): string {
  const blank = (code: string) => code.replace(/[^\n]/g, ' ');
  return text.replace(/^```[\s\S]*?^```/gm, blank).replace(/`[^`\n]*`/g, blank);
}

/**
 * A one-line YAML value as YAML reads it: without an anchor or tag in
 * front, the quotes around it, or a comment after it.
 * @example plainScalar('./images/road.jpg # from Unsplash') // './images/road.jpg'
 * @example plainScalar('"2026-02-30"') // '2026-02-30'
 */
export function plainScalar(raw: string): string {
  const text = raw.trim().replace(/^(?:[&!]\S*\s+)+/, '');
  const quoted = /^(['"])(.*?)\1(?:\s+#.*)?$/.exec(text);
  return quoted ? quoted[2]! : text.replace(/(?:^|\s+)#.*$/, '').trim();
}
