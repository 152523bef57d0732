import type { Exercise } from '../exercise';
import { tagLabel } from '../tags';
import { EQUIPMENT, MUSCLES, PATTERNS, PHASES } from '../vocabulary';
import { PAGE_TYPES } from './facets';
import { buildLexicon } from './spelling';

/**
 * The words misspellings are corrected to: every exercise name and alias,
 * every filter label and tag. Guide text is left out on purpose: it grows
 * with every guide, while readers misspell the names of things.
 * @example searchLexicon([{ name: 'Romanian deadlift', aliases: ['RDL'] }], ['posterior-chain']).includes('romanian') // true
 */
export function searchLexicon(exercises: readonly Pick<Exercise, 'name' | 'aliases'>[], tags: readonly string[]): string[] {
  const labels = [PATTERNS, MUSCLES, EQUIPMENT, PHASES, PAGE_TYPES].flatMap((vocabulary) => Object.values(vocabulary));
  return buildLexicon([...exercises.flatMap((exercise) => [exercise.name, ...exercise.aliases]), ...labels, ...tags.map(tagLabel)]);
}
