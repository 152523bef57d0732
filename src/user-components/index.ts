/** What MDX authors may use in a guide without an import line. */
import Callout from './Callout.astro';
import ExerciseCard from './ExerciseCard.astro';
import ExerciseList from './ExerciseList.astro';
import Figure from './Figure.astro';
import PlanLink from './PlanLink.astro';
import PlanTemplate from './PlanTemplate.astro';
import Table from './Table.astro';
import type { GuideComponent } from '../lib/guide-components';

/** Components for MDX's own elements: a Markdown table renders through `Table`. */
const elements = { table: Table };

export const mdxComponents = { Callout, ExerciseCard, ExerciseList, Figure, PlanLink, PlanTemplate, ...elements } satisfies Record<GuideComponent | keyof typeof elements, unknown>;
