import type { APIRoute } from 'astro';
import { siteCard, socialCardResponse } from '../../data/social-cards';

/** The social image of pages without their own: home, indexes, search. */
export const GET: APIRoute = () => socialCardResponse(siteCard());
