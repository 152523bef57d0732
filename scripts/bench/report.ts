/** `bench/results.md`: the numbers of one bench run as tables a reader can scan. */
import type { PageWeight } from '../../test/helpers/weight.ts';
import { BUDGETS } from '../../test/helpers/weight.ts';
import type { Run } from './build.ts';
import type { LighthouseResult } from './lighthouse.ts';
import type { Machine } from './machine.ts';
import type { SearchBytes } from './search-bytes.ts';
import { marginal, type Summary } from './summary.ts';

/** Everything one `npm run bench` measured; `bench/results.json` holds it as is. */
export interface Results {
  date: string;
  command: string;
  /** The commit measured, with `+ changes` when files outside `bench/` differed from it. */
  commit: string;
  /** How many real exercises the synthetic sites carry. */
  exercises: number;
  machine: Machine;
  weights: (PageWeight & { type: string })[];
  lighthouse: LighthouseResult[] | null;
  sizes: { summary: Summary; runs: (Run & { load: number })[] }[];
  /** A first query's bytes at each size; the target (≤ 150 KB) is for 1,000 guides. */
  search: (SearchBytes & { guides: number })[];
}

const n = (value: number, digits = 0) => value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const s = (ms: number) => `${n(ms / 1000, 1)} s`;
const mb = (value: number | null) => (value === null ? 'n/a' : `${n(value)} MB`);
const bytes = (value: number) => (value >= 2 ** 20 ? `${n(value / 2 ** 20, 1)} MB` : `${n(value / 1024, 1)} KB`);
const x = (ratio: number) => `${n(ratio, 2)}×`;
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const table = (head: string[], rows: (string | number)[][]) => [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');

function sizeTable({ summary: t }: Results['sizes'][number]): string {
  return [
    `### ${n(t.guides)} guides (median of ${t.runs} run${t.runs === 1 ? '' : 's'}, load average ${n(t.load, 1)})`,
    '',
    table(
      ['', 'Carryover', 'bare Astro + MDX', 'ratio'],
      [
        [
          t.listPages ? 'HTML pages built (counted; the pages that paging lists added left out)' : 'HTML pages built',
          t.listPages ? `${n(t.pages)} (+${n(t.listPages)})` : n(t.pages),
          n(t.baselinePages),
          '',
        ],
        ['cold `astro build`', s(t.astroMs), s(t.baselineMs), x(t.ratioTotal)],
        ['**ms per page**', `**${n(t.msPerPage, 1)}**`, `**${n(t.baselineMsPerPage, 1)}**`, `**${x(t.ratioPerPage)}**`],
        ...(t.pairedRatioPerPage != null ? [['ms per page, the median of each round\'s ratio', '', '', x(t.pairedRatioPerPage)]] : []),
        ...(t.astroCpuMs != null && t.baselineCpuMs != null && t.cpuRatioPerPage != null
          ? [['CPU time of the cold build (user + system)', s(t.astroCpuMs), s(t.baselineCpuMs), x(t.astroCpuMs / t.baselineCpuMs)], ['CPU ms per page', n(t.astroCpuMs / t.pages, 1), n(t.baselineCpuMs / t.baselinePages, 1), x(t.cpuRatioPerPage)]]
          : []),
        ['warm `astro build` (one guide edited, same cache)', s(t.warmAstroMs), s(t.baselineWarmMs), x(t.warmAstroMs / t.baselineWarmMs)],
        ['peak memory, `astro build`', mb(t.astroPeakMb), mb(t.baselinePeakMb), ''],
        ['Pagefind indexing', s(t.pagefindMs), '', ''],
        ['peak memory, Pagefind', mb(t.pagefindPeakMb), '', ''],
        ['cold `npm run build` (Astro + Pagefind)', s(t.buildMs), '', ''],
        ['warm `npm run build`', s(t.warmBuildMs), '', ''],
        ['Pagefind index', `${bytes(t.pagefindBytes)} in ${n(t.pagefindFiles)} files`, '', ''],
        ['whole output folder', bytes(t.distBytes), '', ''],
      ],
    ),
  ].join('\n');
}

function routeTable({ summary, runs }: Results['sizes'][number]): string {
  // The run whose cold build took the median time.
  const run = [...runs].sort((a, b) => a.astroMs - b.astroMs)[Math.floor(runs.length / 2)]!;
  const total = Object.values(run.routes).reduce((sum, r) => sum + r.ms, 0);
  const families = Object.entries(run.routes)
    .sort(([, a], [, b]) => b.ms - a.ms)
    .filter(([, r]) => r.ms >= 100);
  const guides = run.baselineRoutes['/guides/'];
  return [
    `Where Carryover's cold build spends its page-rendering time at ${n(summary.guides)} guides, by the time Astro logs for each page (routes above 0.1 s). Astro may render several pages at once (\`build.concurrency\`), so these times overlap: their sum (${s(total)}) can exceed the ${s(run.astroMs)} the whole \`astro build\` took, and the shares are what to compare.`,
    '',
    table(
      ['routes', 'pages', 'time', 'ms per page', 'share'],
      [
        ...families.map(([family, r]) => [`\`${family}\``, n(r.pages), s(r.ms), n(r.ms / r.pages, 1), `${n((100 * r.ms) / total)}%`]),
        ...(guides ? [['baseline `/guides/`', n(guides.pages), s(guides.ms), n(guides.ms / guides.pages, 1), '']] : []),
      ],
    ),
  ].join('\n');
}

function weightTable(weights: Results['weights']): string {
  const budget = (type: string, key: 'js' | 'css' | 'total', value: number) => {
    const limit = BUDGETS[type]?.[key];
    return limit === undefined ? bytes(value) : `${bytes(value)} (≤ ${bytes(limit)} ${value <= limit ? '✓' : '✗'})`;
  };
  return table(
    ['page type', 'page', 'HTML', 'CSS', 'JS', 'total'],
    weights.map((w) => [w.type, `\`${w.path}\``, bytes(w.html), budget(w.type, 'css', w.css), budget(w.type, 'js', w.js), budget(w.type, 'total', w.total)]),
  );
}

function lighthouseTables(results: LighthouseResult[]): string {
  const scores = table(
    ['page', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP', 'CLS', 'TBT'],
    results.map((r) => [
      `${r.page} \`${r.path}\``,
      r.scores.performance,
      r.scores.accessibility,
      r.scores['best-practices'],
      r.scores.seo,
      `${n(r.lcpMs)} ms`,
      n(r.cls, 3),
      `${n(r.tbtMs)} ms`,
    ]),
  );
  const lost = results.flatMap((r) => r.lost.map((a) => [r.page, a.category, `\`${a.id}\`: ${a.title}`, a.displayValue ?? '', n(a.score, 2)]));
  return [
    scores,
    '',
    lost.length === 0
      ? 'No audit cost a point.'
      : ['Audits that cost points (weighed in their category, scored below 1):', '', table(['page', 'category', 'audit', 'value', 'score'], lost)].join('\n'),
  ].join('\n');
}

const KINDS: Record<string, RegExp> = {
  'Pagefind code and entry': /^\/pagefind\/.*\.(js|json)$/,
  WebAssembly: /\.pagefind$/,
  'index metadata': /\.pf_meta$/,
  'index chunks': /\.pf_index$/,
  filters: /\.pf_filter$/,
  'result fragments': /\.pf_fragment$/,
  'spelling word list': /^\/search\/words\.json$/,
};

const SEARCH_TARGET = { guides: 1000, bytes: 150 * 1024 };

function searchTable(searches: Results['search']): string {
  const kindOf = (path: string) => Object.entries(KINDS).find(([, pattern]) => pattern.test(path))?.[0] ?? 'other';
  const kinds = [...new Set(searches.flatMap((search) => search.requests.map((r) => kindOf(r.path))))];
  const cell = (search: Results['search'][number], kind: string) => {
    const matching = search.requests.filter((r) => kindOf(r.path) === kind);
    return `${bytes(matching.reduce((sum, r) => sum + r.bytes, 0))} (${matching.length})`;
  };
  const target = searches.find((search) => search.guides === SEARCH_TARGET.guides);
  return [
    target
      ? `\`/search/?q=${target.query}\` on the ${n(target.guides)}-guide site fetches **${bytes(target.bytes)}** in ${target.requests.length} requests (target ≤ 150 KB ${target.bytes <= SEARCH_TARGET.bytes ? '✓' : '✗'}).`
      : `The target is for ${n(SEARCH_TARGET.guides)} guides, which this run did not build.`,
    '',
    table(
      ['what (requests)', ...searches.map((search) => `${n(search.guides)} guides`)],
      [
        ...kinds.map((kind) => [kind, ...searches.map((search) => cell(search, kind))]),
        ['**total**', ...searches.map((search) => `**${bytes(search.bytes)}** (${search.requests.length})`)],
        ['results shown', ...searches.map((search) => search.status)],
      ],
    ),
  ].join('\n');
}

/** How the numbers were made, with the runs per size this time. */
function method(results: Results): string {
  const runs = results.sizes.map(({ summary }) => `${n(summary.guides)} guides × ${summary.runs}`).join(', ');
  return [
    `How: each size gets a content folder (\`scripts/bench/generate.ts\`): the real ${results.exercises} exercises, plan rules and site settings, and N guides of about 1,000 to 1,200 words, seeded so every run writes the same files. Guides are stitched from the real guides' sentences and headings, with numbered and bulleted lists, a table, a \`<Callout>\`, an \`<ExerciseCard>\` and an \`<ExerciseList>\`, and a few invented words each so the search vocabulary grows with the site.`,
    '',
    `The baseline (\`scripts/bench/baseline.ts\`) is a bare Astro + @astrojs/mdx project on the same installed Astro, with Astro's default settings, that builds the same guide files through a minimal layout, with one-line stand-ins for the three components. Every cold build starts with no output and no cache (the last round's is moved aside, not deleted, and written disk data is flushed before each timed step); the warm build edits one guide and builds again with the same cache. Times are wall time of \`astro build\` and of \`pagefind\`, run separately; peak memory is GNU time's maximum resident set.`,
    '',
    `Runs per size: ${runs || 'none'}. The machine's 2 cores are shared with other work (the load average is given per size), so treat differences under about 10% as noise.`,
  ].join('\n');
}

/**
 * The Markdown for `bench/results.md`.
 * @example renderResults(results, '').startsWith('# Benchmark results') // true
 */
export function renderResults(results: Results, notes: string): string {
  const m = results.machine;
  const sizes = results.sizes.map((size) => size.summary);
  const slopes = sizes.slice(1).map((large, i) => marginal(sizes[i]!, large));
  return [
    '# Benchmark results',
    '',
    `Measured ${results.date} at commit ${results.commit} with \`${results.command}\` (code in \`scripts/bench/\`, raw numbers in [results.json](results.json)).`,
    '',
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.ramGb} GB RAM, ${m.os}. Node ${m.node}, Astro ${m.astro}, @astrojs/mdx ${m.mdx}, Pagefind ${m.pagefind}, Lighthouse ${m.lighthouse}, ${m.chromium}. Load average at the start: ${n(m.loadAtStart, 1)}.`,
    '',
    method(results),
    '',
    ...(notes.trim() ? [notes.trim(), ''] : []),
    '## Build speed at scale',
    '',
    ...results.sizes.flatMap((size) => [sizeTable(size), '']),
    ...(slopes.length > 0
      ? [
          'What each added guide costs, between two sizes (the fixed start-up of both builds cancels out):',
          '',
          table(
            ['from → to', 'Carryover', 'bare Astro + MDX', 'ratio'],
            slopes.map((slope) => [`${n(slope.from)} → ${n(slope.to)}`, `${n(slope.ours, 1)} ms`, `${n(slope.baseline, 1)} ms`, x(slope.ratio)]),
          ),
          '',
        ]
      : []),
    ...(results.sizes.length > 0 ? [routeTable(results.sizes.at(-1)!), ''] : []),
    '## Page weight',
    '',
    'Gzipped bytes each page type of the real site loads before any interaction (the same helper, `test/helpers/weight.ts`, asserts the budgets in `test/page-weight.test.ts`). CSS and JS include inline styles and scripts; total is the HTML plus every linked file.',
    '',
    weightTable(results.weights),
    '',
    '## Lighthouse',
    '',
    results.lighthouse
      ? `Mobile preset (simulated slow 4G and a 4× slower CPU), the real site served with gzip, median of three runs per page by performance score. INP is not measured: it needs a real interaction, and Lighthouse's navigation mode reports Total Blocking Time as its lab stand-in.\n\n${lighthouseTables(results.lighthouse)}`
      : 'Not run this time (`--no-lighthouse`).',
    '',
    '## Search: bytes of a first query',
    '',
    results.search.length > 0
      ? `${searchTable(results.search)}\n\nEach response is counted at the size a static host sends it: text gzipped, Pagefind's files (compressed already) as they are.`
      : 'Not run this time (`--no-search`).',
    '',
  ].join('\n');
}
