import type { Exercise } from '../exercise';
import { pluralize } from '../plural';
import { EQUIPMENT, MUSCLES, PATTERNS, PHASES, type Phase } from '../vocabulary';

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
    keywords: facts.tags.join(', '),
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
    description: `${PATTERNS[exercise.pattern]} exercise for runners, working the ${exercise.primaryMuscles.map((m) => MUSCLES[m].toLowerCase()).join(', ')}. ${exercise.carryover}`,
    url,
    image,
    ...(tools.length > 0 ? { tool: tools.map((e) => ({ '@type': 'HowToTool', name: EQUIPMENT[e] })) } : {}),
    step: exercise.cues.map((cue, i) => ({ '@type': 'HowToStep', position: i + 1, name: `Cue ${i + 1}`, text: cue, url: `${url}#cues` })),
    yield: `${exercise.dose.sets} sets of ${exercise.dose.reps}`,
  };
}

export interface PlanFacts {
  phase: Phase;
  description: string;
  url: string;
  image: string;
  sessionsPerWeek: number;
  /** e.g. `3 sets of 6–8`, from the template's main lifts. */
  repetitions: string;
  /** e.g. `2–3 min`. */
  restPeriods: string;
  /** e.g. `RPE 7–8 (2–3 reps in reserve)`. */
  intensity: string;
  /** The template's exercises, each a HowTo page of its own. */
  exercises: readonly Crumb[];
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
    repetitions: facts.repetitions,
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
