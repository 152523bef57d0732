/**
 * The text of a new guide or exercise file: valid against the schemas, so it
 * builds at once, with every field an author must replace marked TODO.
 */

/** A new guide, a draft until its author sets `draft: false`. */
export function guideStub(title: string, today: string): string {
  const safeTitle = JSON.stringify(title);
  return `---
title: ${safeTitle}
description: "TODO: one sentence for lists and search results, at most 160 characters."
published: ${today}
tags: [todo]
atAGlance:
  - "TODO: the first take-away"
  - "TODO: the second take-away"
exercises: []
draft: true
---

## TODO: first section

Write the guide here. Components need no import: \`<Callout type="tip">\`, \`<ExerciseCard slug="..." />\`,
\`<ExerciseList slugs={["...", "..."]} />\`, \`<PlanLink phase="base">\`.
`;
}

/** A new exercise, a draft until its author sets `draft: false`; replace every TODO and link it into a ladder first. */
export function exerciseStub(name: string): string {
  return `---
name: ${JSON.stringify(name)}
aliases: []
searchTerms: []
pattern: hinge
primaryMuscles: [glutes]
secondaryMuscles: []
equipment: [bodyweight]
level: beginner
unilateral: false
cues:
  - "TODO: the first thing a coach would say"
  - "TODO: the second cue"
mistakes:
  - "TODO: a fault a coach would spot"
carryover: "TODO: why it helps running, in a sentence."
phases: [base]
dose: { sets: 3, reps: "8–10" }
progressions: []
regressions: []
draft: true
---

TODO: set-up and one rep, in two to four sentences.
`;
}
