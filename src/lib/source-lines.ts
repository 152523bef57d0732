/*
 * Finding places in a content file's text, for messages that name a line.
 */

/**
 * The frontmatter block at the top of a Markdown file, its `---` fences and
 * the line break after them included; empty when the file has none.
 * @example frontmatterBlock('---\ntitle: x\n---\nBody') // '---\ntitle: x\n---\n'
 */
export function frontmatterBlock(source: string): string {
  return /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/.exec(source)?.[0] ?? '';
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
