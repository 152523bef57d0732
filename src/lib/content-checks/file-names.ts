import { FACETS, facetPath, type Facet } from '../exercise-facets';
import { isPageNumber } from '../pagination';

/**
 * Why an entry's file name would take an address the site uses for another
 * page, or undefined when it is free. The build and the scaffolder both ask,
 * each adding its own advice.
 * @example reservedName('exercises', 'muscle') // '/exercises/muscle/ is the page of exercises by muscle.'
 */
export function reservedName(collection: 'guides' | 'exercises', slug: string): string | undefined {
  if (collection === 'guides' && isPageNumber(slug)) return `a guide's file name must not be only digits, since /guides/2/ and on are the later pages of the guide list.`;
  if (collection === 'exercises' && Object.hasOwn(FACETS, slug)) return `${facetPath(slug as Facet)} is the page of exercises by ${FACETS[slug as Facet].label.toLowerCase()}.`;
  return undefined;
}
