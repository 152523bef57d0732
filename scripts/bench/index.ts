/**
 * `npm run bench`: builds synthetic sites of 100, 1,000 and 5,000 guides
 * beside a bare Astro + MDX baseline, weighs the real site's pages, runs
 * Lighthouse on them, and measures a first search's bytes; writes
 * `bench/results.md` and `bench/results.json`.
 *
 *   npm run bench                                  # everything (17 to 25 minutes on 2 cores)
 *   npm run bench -- --sizes 100,1000 --runs 3     # a subset; results go to bench/out/ unless --save
 *   npm run bench -- --sizes 100 --runs 1 --no-lighthouse --no-search
 *   npm run bench -- --report                     # rewrite results.md from results.json and bench/notes.md
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pageTypes, pageWeight } from '../../test/helpers/weight.ts';
import { writeBaseline } from './baseline.ts';
import { astroBuild, benchRun, folders, pagefind, ROOT, trashDir } from './build.ts';
import { generateContent } from './generate.ts';
import { runLighthouse } from './lighthouse.ts';
import { commit, machine } from './machine.ts';
import { renderResults, type Results } from './report.ts';
import { searchBytes } from './search-bytes.ts';
import { summarise } from './summary.ts';

/** Runs per size by default: five at 1,000 guides, where the target is closest, because the shared machine's speed drifts between rounds; 5,000 guides take four to six minutes a round. */
const DEFAULT_RUNS: Record<number, number> = { 100: 3, 1000: 5, 5000: 2 };
const SEARCH_QUERY = 'hamstring';
const LIGHTHOUSE_PAGES = ['home', 'guide', 'exercise', 'plan index', 'embed card'];

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: Object.keys(DEFAULT_RUNS).join(',') },
    runs: { type: 'string' },
    lighthouse: { type: 'boolean', default: true },
    search: { type: 'boolean', default: true },
    save: { type: 'boolean', default: false },
    report: { type: 'boolean', default: false },
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

// Findings written by hand after a run; they go into results.md as they are.
const NOTES = join(ROOT, 'bench', 'notes.md');
const readNotes = () => (existsSync(NOTES) ? readFileSync(NOTES, 'utf8') : '');

if (values.report) {
  const saved = JSON.parse(readFileSync(join(ROOT, 'bench', 'results.json'), 'utf8')) as Results;
  writeFileSync(join(ROOT, 'bench', 'results.md'), renderResults(saved, readNotes()));
  log('rewrote bench/results.md from bench/results.json');
  process.exit(0);
}

const exercises = readdirSync(join(ROOT, 'content', 'exercises')).filter((name) => name.endsWith('.md')).length;
const results: Results = { date: new Date().toISOString().slice(0, 10), command, commit: commit(ROOT), exercises, machine: machine(ROOT), weights: [], lighthouse: null, sizes: [], search: [] };

function save() {
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(resultsDir, 'results.md'), renderResults(results, readNotes()));
}

// What a run cut short left aside; deleted before the real site's build, well ahead of the first timed one.
rmSync(trashDir(outDir), { recursive: true, force: true });

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
rmSync(trashDir(outDir), { recursive: true, force: true });
log(`wrote ${join(resultsDir, 'results.md')}`);
