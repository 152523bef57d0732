/*
 * Reads V8 CPU profiles (`.cpuprofile`, as `node --cpu-prof` writes them) and
 * says where a thread's time went: each function's own time, and the time
 * spent in it and what it called. Wall-clock A/Bs of whole builds on this
 * machine move by 15 to 25%; a profile of one build names a function that
 * costs 2% (bench/notes.md, "A warm 5,000-guide build, profiled").
 *
 *   NODE_OPTIONS="--cpu-prof --cpu-prof-dir=/tmp/prof" CARRYOVER_CONTENT_DIR=bench/out/5000/content npx astro build
 *   npx node scripts/bench/profile.ts /tmp/prof [--top 30] [--match content_]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';

/** The parts of a `.cpuprofile` read here. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  /** Sampled time in ms, and the part of it the thread was idle. */
  totalMs: number;
  idleMs: number;
  /** Functions by their own time, most first. */
  self: { name: string; ms: number }[];
  /** Functions by the time spent in them or below them, most first; recursion counted once. */
  inclusive: { name: string; ms: number }[];
}

// V8's pseudo-frames: time not in any JavaScript function.
const PSEUDO = new Set(['(root)', '(program)', '(idle)', '(garbage collector)']);

/**
 * A function's name with where it is: a package for code in node_modules, a
 * file and line for the rest (Astro's bundle names its chunks after the page or module).
 * @example frameName({ functionName: 'countWords', url: 'file:///…/chunks/content_C1.mjs', lineNumber: 88 }) // 'countWords (content_C1.mjs:88)'
 */
export function frameName(frame: CpuProfile['nodes'][number]['callFrame']): string {
  const name = frame.functionName || '(anonymous)';
  if (PSEUDO.has(name) || !frame.url) return name;
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(frame.url);
  const where = inPackage ? inPackage[1] : frame.url.startsWith('node:') ? frame.url : `${basename(frame.url)}:${frame.lineNumber + 1}`;
  return `${name} (${where})`;
}

/** Where one profile's time went: the `top` functions, or the `top` whose names hold `match`. */
export function summariseProfile(profile: CpuProfile, { top = 30, match = '' } = {}): ProfileSummary {
  const nameOf = new Map(profile.nodes.map((node) => [node.id, frameName(node.callFrame)]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const sampled = new Map<number, number>();
  profile.samples.forEach((id, i) => sampled.set(id, (sampled.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));

  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let totalUs = 0;
  for (const [id, us] of sampled) {
    totalUs += us;
    const name = nameOf.get(id)!;
    self.set(name, (self.get(name) ?? 0) + us);
    const onStack = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) onStack.add(nameOf.get(at)!);
    for (const name of onStack) inclusive.set(name, (inclusive.get(name) ?? 0) + us);
  }
  const ranked = (times: Map<string, number>) =>
    [...times]
      .filter(([name]) => name !== '(root)' && name.includes(match))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, ms: us / 1000 }));
  return { totalMs: totalUs / 1000, idleMs: (self.get('(idle)') ?? 0) / 1000, self: ranked(self), inclusive: ranked(inclusive) };
}

/** The `.cpuprofile` files at `path`: the file itself, or those in the folder (one per thread). */
export function profileFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((name) => name.endsWith('.cpuprofile'))
    .sort()
    .map((name) => join(path, name));
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({ options: { top: { type: 'string', default: '30' }, match: { type: 'string', default: '' } }, allowPositionals: true });
  if (positionals.length !== 1) throw new Error('usage: node scripts/bench/profile.ts <.cpuprofile file or folder> [--top 30] [--match text]');
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2).padStart(7)} s`;
  for (const file of profileFiles(positionals[0]!)) {
    const summary = summariseProfile(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile, { top: Number(values.top), match: values.match });
    console.log(`\n${basename(file)}: ${seconds(summary.totalMs)} sampled, ${seconds(summary.totalMs - summary.idleMs)} busy`);
    console.log('\n  own time');
    for (const { name, ms } of summary.self) console.log(`  ${seconds(ms)}  ${name}`);
    console.log('\n  in it and below');
    for (const { name, ms } of summary.inclusive) console.log(`  ${seconds(ms)}  ${name}`);
  }
}
