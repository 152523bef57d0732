import { GUIDE_COMPONENTS } from '../guide-components';
import { frontmatterBlock, lineAt, withoutCode } from '../source-lines';
import { didYouMean } from '../suggest';
import type { ContentProblem } from './problem';

/**
 * Components a guide uses that it neither imports nor may use without an
 * import, as in `<ExcerciseCard>`. MDX would fail while the page renders,
 * saying only that the component was likely not imported.
 * @example unknownComponents('g.mdx', '---\ntitle: x\n---\n<Calout>Hi</Calout>\n')[0].file // 'g.mdx:4'
 */
export function unknownComponents(file: string, source: string): ContentProblem[] {
  const start = frontmatterBlock(source).length;
  // A component commented out, `{/* <Chart /> */}`, is not a use.
  const body = withoutCode(source.slice(start)).replace(/\{\/\*[\s\S]*?\*\/\}/g, (comment) => comment.replace(/[^\n]/g, ' '));
  const imported = new Set([...body.matchAll(/^import\s+([\s\S]*?)\s+from\b/gm)].flatMap((match) => match[1]!.match(/[A-Za-z_$][\w$]*/g) ?? []));
  const known = [...GUIDE_COMPONENTS, ...imported];
  const problems: ContentProblem[] = [];
  for (const match of body.matchAll(/<([A-Z][\w$]*)(?=[\s/>.])/g)) {
    const name = match[1]!;
    if (known.includes(name)) continue;
    problems.push({
      file: `${file}:${lineAt(source, start + match.index)}`,
      field: 'body',
      message: `\`<${name}>\` is not a component guides can use.${didYouMean(name, GUIDE_COMPONENTS)} Guides can use ${GUIDE_COMPONENTS.map((c) => `\`${c}\``).join(', ')}, or a component the guide imports.`,
    });
  }
  return problems;
}
