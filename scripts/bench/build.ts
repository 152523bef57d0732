/*
 * One benchmark run at one size: Carryover cold (Astro, then Pagefind), a
 * warm rebuild after editing one guide, then the bare baseline cold and warm
 * on the same guide files. Each cold build starts without output or cache.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { htmlFiles } from '../../test/helpers/dist.ts';
import { measure } from './measure.ts';
import { countedPages, routeTimes, type RouteTimes } from './summary.ts';

/** The project root, where `npm run bench` runs. */
export const ROOT = join(import.meta.dirname, '..', '..');
const ASTRO = join(ROOT, 'node_modules', '.bin', 'astro');
const PAGEFIND = join(ROOT, 'node_modules', '.bin', 'pagefind');

/** The raw numbers of one run at one size. */
export interface Run {
  /** Carryover: `astro build` from nothing, and its peak memory. */
  astroMs: number;
  astroPeakMb: number | null;
  /** Its CPU time (user and system, all threads), or null without GNU time. */
  astroCpuMs: number | null;
  /** Pagefind over that output. */
  pagefindMs: number;
  pagefindPeakMb: number | null;
  /** `astro build` again with the same cache after one guide changed, then Pagefind. */
  warmAstroMs: number;
  warmPagefindMs: number;
  /** HTML pages Carryover built (as `countedPages` counts them), and its output: all of it, and Pagefind's part. */
  pages: number;
  /** Pages that paging lists added (see `countedPages`), left out of `pages`; undefined in results from before lists were paged. */
  listPages?: number;
  distBytes: number;
  pagefindBytes: number;
  pagefindFiles: number;
  /** The bare Astro + MDX baseline on the same guides: cold, warm, pages. */
  baselineMs: number;
  baselinePeakMb: number | null;
  baselineCpuMs: number | null;
  baselineWarmMs: number;
  baselinePages: number;
  /** Where Carryover's cold build spent its page-rendering time, and the baseline's. */
  routes: RouteTimes;
  baselineRoutes: RouteTimes;
}

/** Where one size's content, builds and logs go, under `bench/out/<size>/`. */
export function folders(out: string, size: number) {
  const base = join(out, String(size));
  return {
    content: join(base, 'content'),
    site: join(base, 'site'),
    cache: join(base, 'cache'),
    baselineSite: join(base, 'baseline-site'),
    baselineCache: join(base, 'baseline-cache'),
    logs: join(base, 'logs'),
    trash: trashDir(out),
  };
}

/*
 * Deleting thousands of files just before a timed build makes that build pay
 * for them on some disks: ext4 without a journal (these machines' disk)
 * skips inodes freed in the last minute or more, so every file the build
 * creates searches past them. So the last round's output is moved aside,
 * which frees nothing, and deleted once every build is done; both builds
 * got faster and steadier from round to round (bench/notes.md).
 */
let discarded = 0;

/** Where `moveAside` puts earlier output under `out`; the bench deletes it when its builds are done. */
export const trashDir = (out: string) => join(out, 'trash');

/** Moves `dir`, if it exists, into `trash` (on the same disk, so it is a rename). */
export function moveAside(dir: string, trash: string): void {
  if (!existsSync(dir)) return;
  mkdirSync(trash, { recursive: true });
  renameSync(dir, join(trash, `${process.pid}-${discarded++}`));
}

/** Bytes and files under a folder. */
export function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

function env(folders: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    // The `node` the children's `#!/usr/bin/env node` finds is this one (Node 24).
    PATH: `${dirname(process.execPath)}:${process.env.PATH}`,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    ...folders,
  };
}

/** `astro build` of Carryover (no root) or of the baseline project at `root`, measured. */
export function astroBuild(options: { root?: string; content: string; out: string; cache: string; logFile: string }) {
  const args = options.root ? ['build', '--root', options.root] : ['build'];
  const folders = { CARRYOVER_CONTENT_DIR: options.content, CARRYOVER_OUT_DIR: options.out, CARRYOVER_CACHE_DIR: options.cache };
  return measure(ASTRO, args, { cwd: ROOT, env: env(folders), logFile: options.logFile });
}

/** Pagefind over a built site, measured. */
export function pagefind(site: string, logFile: string) {
  return measure(PAGEFIND, ['--site', site], { cwd: ROOT, env: env(), logFile });
}

/** Changes one guide the way an author would (a new paragraph) and returns how to undo it. */
function editOneGuide(content: string): () => void {
  const file = join(content, 'guides', readdirSync(join(content, 'guides')).sort()[0]!);
  const original = readFileSync(file, 'utf8');
  writeFileSync(file, `${original}\nOne more paragraph, written to measure a rebuild after an edit.\n`);
  return () => writeFileSync(file, original);
}

/**
 * One cold and one warm build of Carryover and of the baseline, on content
 * already generated in `dirs.content`.
 * @example await benchRun(folders('bench/out', 100), 'bench/out/baseline', 1)
 */
export async function benchRun(dirs: ReturnType<typeof folders>, baselineRoot: string, run: number): Promise<Run> {
  const log = (name: string) => join(dirs.logs, `run${run}-${name}.log`);
  for (const dir of [dirs.site, dirs.cache, dirs.baselineSite, dirs.baselineCache]) moveAside(dir, dirs.trash);
  mkdirSync(dirs.logs, { recursive: true });
  const ours = { content: dirs.content, out: dirs.site, cache: dirs.cache };
  const base = { root: baselineRoot, content: dirs.content, out: dirs.baselineSite, cache: dirs.baselineCache };

  const cold = await astroBuild({ ...ours, logFile: log('astro-cold') });
  const index = await pagefind(dirs.site, log('pagefind-cold'));
  const files = htmlFiles(dirs.site);
  const pages = countedPages(files);
  const dist = folderSize(dirs.site);
  const pagefindSize = folderSize(join(dirs.site, 'pagefind'));
  const baselineCold = await astroBuild({ ...base, logFile: log('baseline-cold') });
  const baselinePages = htmlFiles(dirs.baselineSite).length;

  const undo = editOneGuide(dirs.content);
  try {
    const warm = await astroBuild({ ...ours, logFile: log('astro-warm') });
    const warmIndex = await pagefind(dirs.site, log('pagefind-warm'));
    const baselineWarm = await astroBuild({ ...base, logFile: log('baseline-warm') });
    return {
      astroMs: cold.ms,
      astroPeakMb: cold.peakMb,
      astroCpuMs: cold.cpuMs,
      pagefindMs: index.ms,
      pagefindPeakMb: index.peakMb,
      warmAstroMs: warm.ms,
      warmPagefindMs: warmIndex.ms,
      pages,
      listPages: files.length - pages,
      distBytes: dist.bytes,
      pagefindBytes: pagefindSize.bytes,
      pagefindFiles: pagefindSize.files,
      baselineMs: baselineCold.ms,
      baselinePeakMb: baselineCold.peakMb,
      baselineCpuMs: baselineCold.cpuMs,
      baselineWarmMs: baselineWarm.ms,
      baselinePages,
      routes: routeTimes(cold.output),
      baselineRoutes: routeTimes(baselineCold.output),
    };
  } finally {
    undo();
  }
}
