import { expect, test } from 'vitest';
import { searchWithCorrection } from './corrected-search';

/**
 * A tiny in-memory index with Pagefind's two behaviours that matter here: a
 * page matches when it holds any word of the term, and a quoted word
 * matches only itself.
 */
function index(pages: Record<string, string>) {
  const asked: (string | null)[] = [];
  const wordsOf = (text: string) => text.toLowerCase().split(/\s+/).filter(Boolean);
  const search = async (term: string | null) => {
    asked.push(term);
    const wanted = wordsOf(term ?? '');
    return { results: Object.keys(pages).filter((url) => wanted.some((w) => wordsOf(pages[url]!).includes(w))) };
  };
  const inIndex = async (word: string) => Object.values(pages).some((text) => wordsOf(text).includes(word));
  return { search, inIndex, asked };
}
const pages = {
  '/exercises/romanian-deadlift/': 'Romanian deadlift',
  '/exercises/trap-bar-deadlift/': 'Trap bar deadlift',
  '/exercises/rfess/': 'Bulgarian split squat',
  '/guides/season/': 'a half marathon season',
};
const lexicon = async () => ['romanian', 'deadlift', 'bulgarian', 'split', 'squat', 'calf'];

test('a correctly spelt query is searched once, as typed', async () => {
  const { search, inIndex, asked } = index(pages);
  const outcome = await searchWithCorrection('romanian deadlift', search, lexicon, inIndex);
  expect(outcome).toEqual({ response: { results: ['/exercises/romanian-deadlift/', '/exercises/trap-bar-deadlift/'] } });
  expect(asked).toEqual(['romanian deadlift']);
});

test('a misspelt word is corrected even when the other words find pages', async () => {
  const { search, inIndex, asked } = index(pages);
  const outcome = await searchWithCorrection('Bulgarain split', search, lexicon, inIndex);
  expect(outcome).toEqual({ response: { results: ['/exercises/rfess/'] }, corrected: 'bulgarian split' });
  expect(asked).toEqual(['Bulgarain split', 'bulgarian split']);
});

test('a word near a lexicon word that pages do use stays as typed', async () => {
  const { search, inIndex, asked } = index(pages);
  const outcome = await searchWithCorrection('half marathon', search, lexicon, inIndex);
  expect(outcome.corrected).toBeUndefined();
  expect(asked).toEqual(['half marathon']);
});

test('a correction that finds nothing either is not offered', async () => {
  const { search, inIndex } = index({ '/x/': 'nothing relevant' });
  const outcome = await searchWithCorrection('romainian', search, lexicon, inIndex);
  expect(outcome).toEqual({ response: { results: [] } });
});

test('a filters-only search is never corrected, and needs no lexicon', async () => {
  const { search, inIndex, asked } = index({});
  let loaded = false;
  await searchWithCorrection(null, search, async () => ((loaded = true), []), inIndex);
  expect(asked).toEqual([null]);
  expect(loaded).toBe(false);
});
