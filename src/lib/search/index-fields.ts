import type { Exercise } from '../exercise';
import { facetValues } from '../exercise-facets';
import { isoDay } from '../format-date';
import { tagLabel } from '../tags';
import { EQUIPMENT, LEVELS, MUSCLES, PATTERNS, PHASES, type Muscle, type Phase } from '../vocabulary';
import { PAGE_TYPES, type PageType, type SearchFacet } from './facets';

/**
 * What a page tells Pagefind about itself beyond its text: filter values
 * (as labels), metadata shown on its result, and sort keys. Rendered as
 * hidden `data-pagefind-*` elements by `SearchIndexData.astro`.
 */
export interface IndexFields {
  /** `[facet, label]` pairs; a facet may repeat, e.g. two muscles. */
  filters: [SearchFacet, string][];
  /** Shown with the result: `type` and `description`. */
  meta: { type: string; description: string };
  /** Sort keys, e.g. `{ updated: '2026-03-02' }`. */
  sort: Record<string, string>;
  /**
   * Searchable text the page shows in a form Pagefind reads badly (a `<dl>`
   * of facts indexes as “PatternHinge”), given again as plain sentences.
   */
  text?: string;
}

function typeFields(type: PageType, description: string): Pick<IndexFields, 'meta'> & { filters: [SearchFacet, string][] } {
  return { meta: { type: PAGE_TYPES[type], description }, filters: [['type', PAGE_TYPES[type]]] };
}

/**
 * A guide: its tags, its description, and the day its advice last changed
 * (`updated`, else `published`) so guides can be sorted newest first.
 * @example guideIndexFields({ description: 'Why…', tags: ['beginners'], published: new Date('2026-01-12') }).sort // { updated: '2026-01-12' }
 */
export function guideIndexFields(guide: { description: string; tags: readonly string[]; published: Date; updated?: Date | undefined }): IndexFields {
  const base = typeFields('guide', guide.description);
  return {
    ...base,
    filters: [...base.filters, ...guide.tags.map((tag): [SearchFacet, string] => ['tag', tagLabel(tag)])],
    sort: { updated: isoDay(guide.updated ?? guide.published) },
  };
}

/**
 * A one-line summary of an exercise for its search result, e.g.
 * `Hinge · Hamstrings, Glutes · Barbell`.
 */
export function exerciseSummary(exercise: Exercise): string {
  const muscles = exercise.primaryMuscles.map((m) => MUSCLES[m]).join(', ');
  const equipment = exercise.equipment.map((e) => EQUIPMENT[e]).join(', ');
  return `${PATTERNS[exercise.pattern]} · ${muscles} · ${equipment}`;
}

/**
 * An exercise: pattern, equipment, phases and muscles (primary and secondary,
 * as on the exercise index filters), and its facts as searchable text.
 * @example exerciseIndexFields(rdl).filters // [['type','Exercise'], ['pattern','Hinge'], ['equipment','Barbell'], …]
 */
export function exerciseIndexFields(exercise: Exercise): IndexFields {
  const base = typeFields('exercise', exerciseSummary(exercise));
  const muscles = [...new Set(facetValues(exercise, 'muscle'))] as Muscle[];
  const filters: [SearchFacet, string][] = [
    ...base.filters,
    ['pattern', PATTERNS[exercise.pattern]],
    ...exercise.equipment.map((e): [SearchFacet, string] => ['equipment', EQUIPMENT[e]]),
    ...exercise.phases.map((p): [SearchFacet, string] => ['phase', PHASES[p]]),
    ...muscles.map((m): [SearchFacet, string] => ['muscle', MUSCLES[m]]),
  ];
  const text = [PATTERNS[exercise.pattern], muscles.map((m) => MUSCLES[m]).join(', '), exercise.equipment.map((e) => EQUIPMENT[e]).join(', '), LEVELS[exercise.level]].join('. ');
  return { ...base, filters, sort: {}, text: `${text}.` };
}

/**
 * A phase template page, `/plan/<phase>/`.
 * @example planIndexFields('base', 'The two-day template…').filters // [['type','Plan template'], ['phase','Base']]
 */
export function planIndexFields(phase: Phase, description: string): IndexFields {
  const base = typeFields('plan', description);
  return { ...base, filters: [...base.filters, ['phase', PHASES[phase]]], sort: {} };
}
