/*
 * The header search dialog's behaviour, loaded the first time it opens. The
 * input is a combobox: focus stays in it while ArrowUp/ArrowDown move
 * through the results (aria-activedescendant), Enter opens the active one
 * (or, with none active, the full search page through the form), Escape
 * closes. A live region says how many results there are.
 */
import { EMPTY_STATE, parseSearchParams, toSearchParams } from '../../lib/search/params';
import { resultCountMessage, shapeResult, type ShapedResult } from '../../lib/search/results';
import { find, loadPagefind } from './client';
import { dialogOptions } from './render';

/** Pages shown in the dialog; the full search page lists the rest. */
const LIMIT = 8;
/** Long enough to skip the keystrokes of a word being typed, short enough to feel immediate. */
const DEBOUNCE_MS = 120;

export function enhance(dialog: HTMLDialogElement): void {
  if (dialog.dataset['enhanced']) return;
  dialog.dataset['enhanced'] = 'true';
  const input = dialog.querySelector<HTMLInputElement>('input[role=combobox]')!;
  const listbox = dialog.querySelector<HTMLElement>('[role=listbox]')!;
  const status = dialog.querySelector<HTMLElement>('[role=status]')!;
  const full = dialog.querySelector<HTMLAnchorElement>('a[data-search-full]')!;
  const idPrefix = `${listbox.id}-option`;

  let options: HTMLAnchorElement[] = [];
  let active = -1;
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const setActive = (index: number, scroll = true) => {
    options[active]?.setAttribute('aria-selected', 'false');
    active = index;
    const option = options[index];
    if (option) {
      option.setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', option.id);
      if (scroll) option.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };

  const show = (results: ShapedResult[]) => {
    setActive(-1);
    options = dialogOptions(results, idPrefix);
    listbox.replaceChildren(...options);
    listbox.hidden = options.length === 0;
    input.setAttribute('aria-expanded', String(options.length > 0));
  };

  const run = async () => {
    const state = { ...EMPTY_STATE, q: parseSearchParams(new URLSearchParams({ q: input.value })).q };
    full.href = `/search/${toSearchParams(state)}`;
    const search = ++latest;
    if (!state.q) {
      show([]);
      status.textContent = '';
      return;
    }
    try {
      const outcome = (await find(state))!;
      const loaded = await Promise.all(outcome.response.results.slice(0, LIMIT).map((result) => result.data()));
      if (search !== latest) return;
      show(loaded.flatMap((data) => shapeResult(data) ?? []));
      status.textContent = resultCountMessage(outcome.response.results.length, state.q, outcome.corrected);
    } catch {
      if (search !== latest) return;
      show([]);
      status.textContent = 'Search is not available right now. The search page may still work.';
    }
  };

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
    // Fetch the index chunks for what is typed so far while the debounce waits.
    const typed = input.value.trim();
    if (typed) loadPagefind().then((api) => api.preload(typed)).catch(() => {});
  };
  input.addEventListener('input', schedule);

  input.addEventListener('keydown', (event) => {
    if (event.isComposing) return;
    const count = options.length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (count) setActive((active + 1) % count);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (count) setActive(active <= 0 ? count - 1 : active - 1);
        break;
      case 'Enter':
        if (active >= 0) {
          event.preventDefault();
          options[active]!.click();
        }
        break;
      case 'Escape':
        // A search field would clear itself on Escape; here Escape always closes.
        event.preventDefault();
        dialog.close();
        break;
    }
  });

  listbox.addEventListener('pointermove', (event) => {
    const index = options.indexOf((event.target as Element).closest<HTMLAnchorElement>('[role=option]')!);
    if (index >= 0 && index !== active) setActive(index, false);
  });

  dialog.addEventListener('close', () => setActive(-1));

  // Start fetching Pagefind while the reader types the first letters.
  loadPagefind().catch(() => {});
  // Letters typed before this module arrived count as typing too.
  if (input.value) schedule();
}
