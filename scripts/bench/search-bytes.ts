/*
 * What a reader's first search costs: open `/search/?q=…` in Chromium, let
 * the query finish, and add up what the search fetched (Pagefind's code,
 * WebAssembly, index chunks and fragments, and the spelling word list), each
 * at the size a static host sends it.
 */
import type { Request } from 'playwright-core';
import { launch } from '../../test/helpers/browser.ts';
import { serveStatic } from '../../test/helpers/serve.ts';
import { compressed } from '../../test/helpers/weight.ts';

/** The search's requests, each with the bytes it cost. */
export interface SearchBytes {
  query: string;
  /** Results the page reported, e.g. `24 results for “hamstring”.` */
  status: string;
  bytes: number;
  requests: { path: string; bytes: number }[];
}

const SEARCH = /^\/(pagefind\/|search\/words\.json)/;

/**
 * Measures the first query on the site in `dir`.
 * @example await searchBytes('bench/out/1000/site', 'hamstring') // { bytes: 118000, … }
 */
export async function searchBytes(dir: string, query: string): Promise<SearchBytes> {
  const server = await serveStatic(dir);
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const fetched: Promise<{ path: string; bytes: number }>[] = [];
    page.on('requestfinished', (request: Request) => {
      const path = new URL(request.url()).pathname;
      if (SEARCH.test(path)) fetched.push(request.response().then(async (response) => ({ path, bytes: compressed(await response!.body()) })));
    });
    await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`);
    const status = page.locator('main [role=status]');
    await status.filter({ hasText: /results? for/ }).waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const requests = await Promise.all(fetched);
    return { query, status: (await status.textContent())?.trim() ?? '', bytes: requests.reduce((sum, r) => sum + r.bytes, 0), requests };
  } finally {
    await browser.close();
    await server.stop();
  }
}
