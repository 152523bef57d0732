import { mdxToMdast, type MdastNode } from 'satteri';
import { GUIDE_COMPONENTS } from '../guide-components';
import { frontmatterBlock } from '../source-lines';
import { didYouMean } from '../suggest';
import type { ContentProblem } from './problem';

// Astro's own, which MDX in Astro may use without an import.
const BUILT_IN = ['Fragment'];
const LISTED = GUIDE_COMPONENTS.map((name) => name.toLowerCase());

/** A tag name worth a second look: a capitalised one that is not listed, or a listed one in lower case (`<callout>`). */
const doubtful = (name: string) => (/^[A-Z]/.test(name) ? !(GUIDE_COMPONENTS as readonly string[]).includes(name) : LISTED.includes(name));

/** Names an ESM block defines: what it imports (default, named, aliased, namespace) and what it exports as a constant, function or class. */
function definedNames(esm: string): string[] {
  const imported = [...esm.matchAll(/\bimport\s+([^'";]+?)\s+from\s*['"]/g)].flatMap((match) => match[1]!.match(/[A-Za-z_$][\w$]*/g) ?? []);
  const exported = [...esm.matchAll(/\bexport\s+(?:const|let|var|function\*?|class)\s+([A-Za-z_$][\w$]*)/g)].map((match) => match[1]!);
  return [...imported, ...exported];
}

interface Tag {
  name: string;
  line: number;
}

function walk(node: MdastNode, tags: Tag[], defined: Set<string>): void {
  const { type } = node as { type: string };
  if (type === 'mdxjsEsm') for (const name of definedNames((node as { value: string }).value)) defined.add(name);
  if ((type === 'mdxJsxFlowElement' || type === 'mdxJsxTextElement') && (node as { name?: string | null }).name) {
    tags.push({ name: (node as { name: string }).name, line: node.position?.start.line ?? 0 });
  }
  for (const child of (node as { children?: MdastNode[] }).children ?? []) walk(child, tags, defined);
}

/**
 * Components a guide uses that it neither defines nor may use without an
 * import, as in `<ExcerciseCard>` or `<callout>`. MDX would fail only while
 * the page renders, saying the component was likely not imported, or put
 * `<callout>` in the page as an unknown HTML element. A quick look at the
 * text finds the guides worth parsing; MDX's own parser then reads those,
 * so code, strings and comments never count as uses.
 * @example unknownComponents('g.mdx', '---\ntitle: x\n---\n<Calout>Hi</Calout>\n')[0].file // 'g.mdx:4'
 */
export function unknownComponents(file: string, source: string): ContentProblem[] {
  const frontmatter = frontmatterBlock(source);
  const body = source.slice(frontmatter.length);
  if (![...body.matchAll(/<([A-Za-z][\w$]*)/g)].some((match) => doubtful(match[1]!))) return [];
  let tree: MdastNode;
  try {
    // The frontmatter's lines are kept as empty ones, so the parser's lines are the file's.
    tree = mdxToMdast(frontmatter.replace(/[^\n]/g, '') + body);
  } catch {
    return []; // MDX that does not parse is Astro's to report, with its own position.
  }
  const tags: Tag[] = [];
  const defined = new Set(BUILT_IN);
  walk(tree, tags, defined);
  return tags
    .filter(({ name }) => doubtful(name) && !defined.has(name.split('.')[0]!))
    .map(({ name, line }) => ({
      file: `${file}:${line}`,
      field: 'body',
      message: /^[A-Z]/.test(name)
        ? `\`<${name}>\` is not a component guides can use.${didYouMean(name, GUIDE_COMPONENTS)} Guides can use ${GUIDE_COMPONENTS.map((c) => `\`${c}\``).join(', ')}, or a component the guide imports.`
        : `\`<${name}>\` would be an HTML element, not the component: components start with a capital letter, \`<${GUIDE_COMPONENTS[LISTED.indexOf(name)]}>\`.`,
    }));
}
