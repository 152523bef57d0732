import type { APIRoute } from 'astro';
import { getContent } from '../../data/content';
import { searchLexicon } from '../../lib/search/lexicon';
import { countTags } from '../../lib/tags';

/**
 * `/search/words.json`: the words a misspelt search is corrected to. The
 * search UI fetches it only when a query finds nothing.
 */
export const GET: APIRoute = async () => {
  const { guides, exercises } = await getContent();
  const tags = countTags(guides.map((guide) => guide.data)).map(({ tag }) => tag);
  return new Response(JSON.stringify(searchLexicon(exercises, tags)), { headers: { 'Content-Type': 'application/json' } });
};
