/**
 * A title as a file name and URL segment: lowercase ASCII words joined by hyphens.
 * @example slugify('Single-leg RDL: the “why”') // 'single-leg-rdl-the-why'
 */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
