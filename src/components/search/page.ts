/*
 * The search page's behaviour: the URL is the search. It is read on load,
 * rewritten (history.replaceState) as the reader types or filters, and
 * every result string reaches the page as text.
 */
import { FACET_KEYS } from '../../lib/search/facets';
import { pagefindOptions, pagefindTerm } from '../../lib/search/pagefind-options';
import { isEmptySearch, parseSearchParams, searchPageTitle, toSearchParams, type SearchState } from '../../lib/search/params';
import { resultCountMessage, shapeResult } from '../../lib/search/results';
import { find, loadPagefind, type FilterCounts, type PagefindResult } from './client';
import { resultItem } from './render';

/** Results loaded per "Show more results". */
const PAGE_SIZE = 10;
const DEBOUNCE_MS = 150;

export function enhancePage(root: HTMLElement): void {
  const form = root.querySelector('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
  const sort = form.querySelector<HTMLSelectElement>('select[name=sort]')!;
  const selects = new Map(FACET_KEYS.map((facet) => [facet, form.querySelector<HTMLSelectElement>(`select[name=${facet}]`)!]));
  const status = root.querySelector<HTMLElement>('[role=status]')!;
  const list = root.querySelector<HTMLOListElement>('ol.results')!;
  const more = root.querySelector<HTMLButtonElement>('button.more')!;
  const pageTitle = document.title;

  const readForm = (): SearchState => {
    const params = new URLSearchParams({ q: input.value, sort: sort.value });
    for (const [facet, select] of selects) params.set(facet, select.value);
    return parseSearchParams(params);
  };
  const writeForm = (state: SearchState) => {
    input.value = state.q;
    sort.value = state.sort;
    for (const [facet, select] of selects) {
      select.value = state.filters[facet] ?? '';
      // A value the form does not offer (e.g. a tag no guide has now) is dropped rather than kept unseen.
      if (select.value !== (state.filters[facet] ?? '')) select.value = '';
    }
  };

  // Filter counts come back with each search only once Pagefind has loaded its filter lists.
  let filtersLoaded: Promise<unknown> | undefined;
  const ready = () => (filtersLoaded ??= loadPagefind().then((api) => api.filters()).catch(() => (filtersLoaded = undefined)));

  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: PagefindResult[] = [];
  let shown = 0;

  const showMore = async (search: number): Promise<HTMLAnchorElement | undefined> => {
    const next = pending.slice(shown, shown + PAGE_SIZE);
    const loaded = await Promise.all(next.map((result) => result.data()));
    if (search !== latest) return undefined;
    shown += next.length;
    const items = loaded.flatMap((data) => shapeResult(data) ?? []).map(resultItem);
    list.append(...items);
    list.hidden = list.childElementCount === 0;
    more.hidden = shown >= pending.length;
    return items[0]?.querySelector('a') ?? undefined;
  };

  const showCounts = async (state: SearchState, term: string | null, counts: FilterCounts, search: number) => {
    const api = await loadPagefind();
    for (const facet of FACET_KEYS) {
      let facetCounts = counts[facet] ?? {};
      if (state.filters[facet] !== undefined) {
        // With a value chosen, another value would replace it, not add to it: count without this filter.
        const filters = { ...state.filters };
        delete filters[facet];
        facetCounts = (await api.search(term, pagefindOptions({ ...state, filters }))).filters[facet] ?? {};
      }
      if (search !== latest) return;
      for (const option of selects.get(facet)!.options) {
        const label = option.dataset['label'];
        if (label !== undefined) option.textContent = `${label} (${facetCounts[label] ?? 0})`;
      }
    }
  };

  const run = async () => {
    clearTimeout(timer);
    const state = readForm();
    history.replaceState(history.state, '', `${location.pathname}${toSearchParams(state)}${location.hash}`);
    document.title = searchPageTitle(state.q, pageTitle);
    const search = ++latest;
    pending = [];
    shown = 0;
    if (isEmptySearch(state)) {
      list.replaceChildren();
      list.hidden = true;
      more.hidden = true;
      status.textContent = '';
      return;
    }
    try {
      await ready();
      const outcome = (await find(state))!;
      if (search !== latest) return;
      pending = outcome.response.results;
      list.replaceChildren();
      await showMore(search);
      if (search !== latest) return;
      status.textContent = resultCountMessage(pending.length, state.q, outcome.corrected);
      await showCounts(state, outcome.corrected ?? pagefindTerm(state) ?? null, outcome.response.filters, search);
    } catch {
      if (search !== latest) return;
      status.textContent = 'Search is not available right now. Browse the guides and exercises instead.';
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
  });
  for (const select of [...selects.values(), sort]) select.addEventListener('change', run);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  form.querySelector('button.clear')!.addEventListener('click', () => {
    for (const select of selects.values()) select.value = '';
    sort.value = 'relevance';
    void run();
  });
  more.addEventListener('click', async () => {
    const first = await showMore(latest);
    first?.focus();
  });
  // Nothing loads until there is a search to run or the reader heads for the field.
  input.addEventListener('focus', () => void ready(), { once: true });

  const initial = parseSearchParams(location.search);
  writeForm(initial);
  form.hidden = false;
  if (!isEmptySearch(initial)) void run();
}
