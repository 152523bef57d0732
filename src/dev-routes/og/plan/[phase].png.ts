import type { APIRoute, GetStaticPaths } from 'astro';
import { phaseCard, socialCardResponse } from '../../../data/social-cards';
import { PHASES, type Phase } from '../../../lib/vocabulary';

export const getStaticPaths = (() => (Object.keys(PHASES) as Phase[]).map((phase) => ({ params: { phase }, props: { phase } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ phase: Phase }> = ({ props: { phase } }) => socialCardResponse(phaseCard(phase));
