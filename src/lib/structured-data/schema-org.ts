import type { Exercise } from '../exercise';
import { clip } from '../clip';
import { exerciseSummary } from '../exercise-summary';
import { numberRange } from '../number-range';
import { pluralize } from '../plural';
import { tagLabel } from '../tags';
import { EQUIPMENT, PHASES, type Phase } from '../vocabulary';

/*
 * schema.org objects for the page types, built from plain data so they can
 * be tested without a build. Every URL passed in is absolute.
 */

type Thing = Record<string, unknown>;

export interface Publisher {
  name: string;
  url: string;
}

export interface Crumb {
  name: string;
  url: string;
}

/** The trail from the home page to this one, e.g. Home › Guides › Building the posterior chain. */
export function breadcrumbList(trail: readonly Crumb[]): Thing {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, i) => ({ '@type': 'ListItem', position: i + 1, name: crumb.name, item: crumb.url })),
  };
}

export interface ArticleFacts {
  title: string;
  description: string;
  url: string;
  image: string;
  published: Date;
  updated?: Date | undefined;
  tags: readonly string[];
  author: string;
  locale: string;
  wordCount: number;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/** A guide as an `Article`. */
export function article(facts: ArticleFacts, publisher: Publisher): Thing {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: facts.title,
    description: facts.description,
    url: facts.url,
    mainEntityOfPage: facts.url,
    image: [facts.image],
    datePublished: day(facts.published),
    dateModified: day(facts.updated ?? facts.published),
    author: { '@type': 'Organization', name: facts.author, url: publisher.url },
    publisher: { '@type': 'Organization', name: publisher.name, url: publisher.url },
    inLanguage: facts.locale,
    keywords: facts.tags.map(tagLabel).join(', '),
    wordCount: facts.wordCount,
  };
}

/**
 * An exercise as a `HowTo`: its cues are the steps, its equipment the tools.
 * schema.org has no exercise type; HowTo is the closest that search engines read.
 */
export function exerciseHowTo(exercise: Exercise, url: string, image: string): Thing {
  const tools = exercise.equipment.filter((e) => e !== 'bodyweight');
  return {
    '@context': 'https://schema.org',
    '@type': 'HowTo',
    name: exercise.name,
    // Other names only; search spellings (searchTerms) are not names.
    ...(exercise.aliases.length > 0 ? { alternateName: exercise.aliases } : {}),
    description: exerciseSummary(exercise),
    url,
    image,
    ...(tools.length > 0 ? { tool: tools.map((e) => ({ '@type': 'HowToTool', name: EQUIPMENT[e] })) } : {}),
    // A step's name is a short summary of it; a cue is short already, so a long one is cut at a word.
    step: exercise.cues.map((cue, i) => ({ '@type': 'HowToStep', position: i + 1, name: clip(cue, 60), text: cue, url: `${url}#cues` })),
  };
}

export interface PlanFacts {
  phase: Phase;
  description: string;
  url: string;
  image: string;
  sessionsPerWeek: number;
  /** Sets of each main lift, e.g. `3`. */
  sets: number;
  /** Reps per set of the main lifts, e.g. `6–8`; absent when each exercise keeps its own. */
  reps?: string;
  /** e.g. `2–3 min`. */
  restPeriods: string;
  /** e.g. `RPE 7–8 (2–3 reps in reserve)`. */
  intensity: string;
  /** The template's exercises, each a HowTo page of its own. */
  exercises: readonly Crumb[];
}

function repetitions(reps: string | undefined): Thing {
  const range = reps === undefined ? undefined : numberRange(reps);
  if (!range || !Number.isFinite(range[1])) return {};
  return { repetitions: { '@type': 'QuantitativeValue', minValue: range[0], maxValue: range[1], unitText: 'repetitions per set' } };
}

/** A phase template as an `ExercisePlan`. */
export function exercisePlan(facts: PlanFacts, publisher: Publisher): Thing {
  return {
    '@context': 'https://schema.org',
    '@type': 'ExercisePlan',
    name: `${PHASES[facts.phase]} strength template`,
    description: facts.description,
    url: facts.url,
    image: facts.image,
    exerciseType: 'Strength training',
    activityFrequency: `${pluralize(facts.sessionsPerWeek, 'session')} per week`,
    // schema.org wants a number or a QuantitativeValue here, so a range of reps is one with a minimum and maximum.
    ...repetitions(facts.reps),
    additionalVariable: `${pluralize(facts.sets, 'set')} of each main lift`,
    restPeriods: facts.restPeriods,
    intensity: facts.intensity,
    hasPart: facts.exercises.map(({ name, url }) => ({ '@type': 'HowTo', name, url })),
    provider: { '@type': 'Organization', name: publisher.name, url: publisher.url },
  };
}

/** The site itself, on the home page. */
export function website(publisher: Publisher, description: string, locale: string): Thing {
  return { '@context': 'https://schema.org', '@type': 'WebSite', name: publisher.name, url: publisher.url, description, inLanguage: locale };
}
