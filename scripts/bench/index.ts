/**
 * `npm run bench`: builds synthetic sites of 100, 1,000 and 5,000 guides
 * beside a bare Astro + MDX baseline, weighs the real site's pages, runs
 * Lighthouse on them, and measures a first search's bytes; writes
 * `bench/results.md` and `bench/results.json`.
 *
 *   npm run bench                                  # everything (about two hours on 2 cores)
 *   npm run bench -- --sizes 100,1000 --runs 3     # a subset; results go to bench/out/ unless --save
 *   npm run bench -- --sizes 100 --runs 1 --no-lighthouse --no-search
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pageTypes, pageWeight } from '../../test/helpers/weight.ts';
import { writeBaseline } from './baseline.ts';
import { astroBuild, benchRun, folders, pagefind, ROOT } from './build.ts';
import { generateContent } from './generate.ts';
import { runLighthouse } from './lighthouse.ts';
import { commit, machine } from './machine.ts';
import { renderResults, type Results } from './report.ts';
import { searchBytes } from './search-bytes.ts';
import { summarise } from './summary.ts';

/** Runs per size by default: 5,000 guides take long enough that one run is what fits. */
const DEFAULT_RUNS: Record<number, number> = { 100: 3, 1000: 3, 5000: 1 };
const SEARCH_QUERY = 'hamstring';
const LIGHTHOUSE_PAGES = ['home', 'guide', 'exercise', 'plan index', 'embed card'];

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: Object.keys(DEFAULT_RUNS).join(',') },
    runs: { type: 'string' },
    lighthouse: { type: 'boolean', default: true },
    search: { type: 'boolean', default: true },
    save: { type: 'boolean', default: false },
  },
  allowNegative: true,
});
const sizes = values.sizes.split(',').map((size) => Number(size.replace(/_/g, '')));
if (sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new Error(`--sizes takes whole numbers, e.g. --sizes 100,1000; got ${values.sizes}`);
const runsFor = (size: number) => (values.runs ? Number(values.runs) : (DEFAULT_RUNS[size] ?? 1));
const complete = values.sizes === Object.keys(DEFAULT_RUNS).join(',') && !values.runs && values.lighthouse && values.search;
const outDir = join(ROOT, 'bench', 'out');
const resultsDir = complete || values.save ? join(ROOT, 'bench') : outDir;
const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

const results: Results = { date: new Date().toISOString().slice(0, 10), command, commit: commit(ROOT), machine: machine(ROOT), weights: [], lighthouse: null, sizes: [], search: [] };

const exercises = readdirSync(join(ROOT, 'content', 'exercises')).filter((name) => name.endsWith('.md')).length;
const notes = `How: each size gets a content folder (\`scripts/bench/generate.ts\`): the real ${exercises} exercises, plan rules and site settings, and N guides of about 1,000 to 1,200 words, seeded so every run writes the same files. Guides are stitched from the real guides' sentences and headings, with numbered and bulleted lists, a table, a \`<Callout>\`, an \`<ExerciseCard>\` and an \`<ExerciseList>\`, and a few invented words each so the search vocabulary grows with the site. The baseline (\`scripts/bench/baseline.ts\`) is a bare Astro + @astrojs/mdx project on the same installed Astro that builds the same guide files through a minimal layout, with one-line stand-ins for the three components. Every cold build starts with no output and no cache; the warm build edits one guide and builds again with the same cache. Times are wall time of \`astro build\` and of \`pagefind\` run separately; peak memory is GNU time's maximum resident set. Runs per size: ${sizes.map((size) => `${size.toLocaleString('en-GB')} guides × ${runsFor(size)}`).join(', ')}. The machine's 2 cores are shared with other work (the load average is recorded per size), so treat differences under about 10% as noise.`;

function save() {
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(resultsDir, 'results.md'), renderResults(results, notes));
}

// The real site: page weight and Lighthouse.
const real = { content: join(ROOT, 'content'), out: join(outDir, 'site'), cache: join(outDir, 'site-cache') };
log('building the real site into bench/out/site');
mkdirSync(join(outDir, 'logs'), { recursive: true });
await astroBuild({ ...real, logFile: join(outDir, 'logs', 'site-astro.log') });
await pagefind(real.out, join(outDir, 'logs', 'site-pagefind.log'));
const types = pageTypes(real.out);
results.weights = Object.entries(types).map(([type, path]) => ({ type, ...pageWeight(real.out, path) }));
if (values.lighthouse) {
  log('Lighthouse on the real site');
  results.lighthouse = await runLighthouse(real.out, Object.fromEntries(LIGHTHOUSE_PAGES.map((page) => [page, types[page]!])), 3);
}
save();

// Synthetic sites at each size, beside the baseline.
const baselineRoot = join(outDir, 'baseline');
writeBaseline(baselineRoot);
for (const size of sizes) {
  const dirs = folders(outDir, size);
  generateContent({ from: real.content, to: dirs.content, guides: size });
  const runs: Results['sizes'][number]['runs'] = [];
  for (let run = 1; run <= runsFor(size); run++) {
    const load = Number(loadavg()[0]!.toFixed(2));
    log(`${size} guides, run ${run} of ${runsFor(size)} (load ${load})`);
    runs.push({ ...(await benchRun(dirs, baselineRoot, run)), load });
    log(`  astro ${Math.round(runs.at(-1)!.astroMs)} ms, baseline ${Math.round(runs.at(-1)!.baselineMs)} ms, warm ${Math.round(runs.at(-1)!.warmAstroMs)} ms`);
  }
  results.sizes.push({ summary: summarise(size, runs), runs });
  if (values.search) {
    log(`first query bytes on the ${size}-guide site`);
    results.search.push({ guides: size, ...(await searchBytes(dirs.site, SEARCH_QUERY)) });
  }
  save();
}
log(`wrote ${join(resultsDir, 'results.md')}`);
