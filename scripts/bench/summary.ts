/** Medians of the runs at one size, and the ratios to the baseline. */
import type { Run } from './build.ts';

/**
 * The middle value (the mean of the middle two for an even count).
 * @example median([3, 1, 2]) // 2
 */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** One size's medians. Times in ms, memory in MB, sizes in bytes. */
export interface Summary {
  guides: number;
  runs: number;
  pages: number;
  /** Pages that paging lists added, built but left out of `pages` (see `countedPages`); undefined before lists were paged. */
  listPages?: number;
  astroMs: number;
  pagefindMs: number;
  /** `npm run build`: Astro then Pagefind. */
  buildMs: number;
  warmAstroMs: number;
  warmBuildMs: number;
  astroPeakMb: number | null;
  pagefindPeakMb: number | null;
  msPerPage: number;
  distBytes: number;
  pagefindBytes: number;
  pagefindFiles: number;
  baselinePages: number;
  baselineMs: number;
  baselineWarmMs: number;
  baselinePeakMb: number | null;
  baselineMsPerPage: number;
  /** Carryover's ms per page over the baseline's: the target is at most 1.3. */
  ratioPerPage: number;
  /**
   * The same ratio taken in each round and then the median of those. A round
   * builds ours and then the baseline minutes apart, so when the shared
   * machine speeds up or slows down between rounds this moves less than the
   * ratio of the medians. Undefined in results from before it was kept.
   */
  pairedRatioPerPage?: number;
  /** Carryover's whole `astro build` over the baseline's, on the same guides. */
  ratioTotal: number;
  /** CPU time of the cold builds (user and system), and Carryover's CPU per page over the baseline's; null without GNU time or in results from before it was measured. */
  astroCpuMs: number | null;
  baselineCpuMs: number | null;
  cpuRatioPerPage: number | null;
  /** One-minute load average before the runs (2 cores: above 2, something else was running). */
  load: number;
}

/**
 * The HTML pages a build's ratio is taken over: every page but the later
 * pages of paged lists (`/guides/2/`, `/tags/calves/3/`) and the lists of
 * guides that teach an exercise (`/exercises/<slug>/guides/`), which exist
 * because lists were paged (7ec96d9) and exercise pages capped. A
 * 5,000-guide site has about 800 of those; they are small and cheap, so
 * counting them would lower the per-page ratio by about 13% while nothing
 * got faster. Their time stays in the build's time.
 * @example countedPages(['/guides/index.html', '/guides/2/index.html', '/guides/a/index.html']) // 2
 */
export function countedPages(files: readonly string[]): number {
  return files.filter((file) => !/\/\d+\/index\.html$|^\/exercises\/[^/]+\/guides\//.test(file)).length;
}

const nullableMedian = (values: (number | null)[]) => (values.some((v) => v === null) ? null : median(values as number[]));

/**
 * @example summarise(1000, runs).ratioPerPage // 1.12
 */
export function summarise(guides: number, runs: (Run & { load: number })[]): Summary {
  const m = (pick: (run: Run & { load: number }) => number) => median(runs.map(pick));
  const pages = runs[0]!.pages;
  const baselinePages = runs[0]!.baselinePages;
  const astroMs = m((r) => r.astroMs);
  const baselineMs = m((r) => r.baselineMs);
  const astroCpuMs = nullableMedian(runs.map((r) => r.astroCpuMs ?? null));
  const baselineCpuMs = nullableMedian(runs.map((r) => r.baselineCpuMs ?? null));
  return {
    guides,
    runs: runs.length,
    pages,
    ...(runs[0]!.listPages !== undefined && { listPages: runs[0]!.listPages }),
    astroMs,
    pagefindMs: m((r) => r.pagefindMs),
    buildMs: m((r) => r.astroMs + r.pagefindMs),
    warmAstroMs: m((r) => r.warmAstroMs),
    warmBuildMs: m((r) => r.warmAstroMs + r.warmPagefindMs),
    astroPeakMb: nullableMedian(runs.map((r) => r.astroPeakMb)),
    pagefindPeakMb: nullableMedian(runs.map((r) => r.pagefindPeakMb)),
    msPerPage: astroMs / pages,
    distBytes: m((r) => r.distBytes),
    pagefindBytes: m((r) => r.pagefindBytes),
    pagefindFiles: m((r) => r.pagefindFiles),
    baselinePages,
    baselineMs,
    baselineWarmMs: m((r) => r.baselineWarmMs),
    baselinePeakMb: nullableMedian(runs.map((r) => r.baselinePeakMb)),
    baselineMsPerPage: baselineMs / baselinePages,
    ratioPerPage: astroMs / pages / (baselineMs / baselinePages),
    pairedRatioPerPage: m((r) => r.astroMs / pages / (r.baselineMs / baselinePages)),
    ratioTotal: astroMs / baselineMs,
    astroCpuMs,
    baselineCpuMs,
    cpuRatioPerPage: astroCpuMs !== null && baselineCpuMs !== null ? astroCpuMs / pages / (baselineCpuMs / baselinePages) : null,
    load: m((r) => r.load),
  };
}

/**
 * What each extra guide costs between two sizes, which leaves out the fixed
 * start-up both builds pay: Carryover's ms, the baseline's, and their ratio.
 * @example marginal(summary100, summary1000) // { ours: 48, baseline: 40, ratio: 1.2 }
 */
export function marginal(small: Summary, large: Summary): { from: number; to: number; ours: number; baseline: number; ratio: number } {
  const guides = large.guides - small.guides;
  const ours = (large.astroMs - small.astroMs) / guides;
  const baseline = (large.baselineMs - small.baselineMs) / guides;
  return { from: small.guides, to: large.guides, ours, baseline, ratio: ours / baseline };
}

/** Pages and render time of one family of routes, e.g. `/guides/`. */
export type RouteTimes = Record<string, { pages: number; ms: number }>;

/**
 * Where `astro build` spent its page-rendering time, by family of routes,
 * read from the `├─ /path (+12ms)` or `(+1.24s)` lines it prints.
 * @example routeTimes('  ├─ /guides/a/index.html (+11ms)') // { '/guides/': { pages: 1, ms: 11 } }
 */
export function routeTimes(output: string): RouteTimes {
  const times: RouteTimes = {};
  for (const [, path, value, unit] of output.matchAll(/[├└]─ (\/\S*) \(\+([\d.]+)(ms|s)\)/g)) {
    const parts = path!.split('/').filter(Boolean);
    const family = parts.length > 1 ? `/${parts[0]}/` : `/${parts.join('/')}`;
    const entry = (times[family] ??= { pages: 0, ms: 0 });
    entry.pages++;
    entry.ms += Number(value) * (unit === 's' ? 1000 : 1);
  }
  return times;
}
