/*
 * Runs one build step as a child process and measures its wall time, CPU
 * time and peak memory. Node cannot read a child's resource use, so GNU time
 * reports them (for the child and everything it waited for); where
 * /usr/bin/time is missing, peak memory is sampled from /proc instead and CPU
 * time is not known.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const TIME = '/usr/bin/time';

/** One measured run of a command. */
export interface Measured {
  /** Wall time in milliseconds. */
  ms: number;
  /** Peak resident memory in megabytes, or null when it could not be read. */
  peakMb: number | null;
  /** CPU time, user and system, in milliseconds, or null without GNU time. Steadier than wall time on a shared machine. */
  cpuMs: number | null;
  /** The command's stdout and stderr, without colour codes. */
  output: string;
}

/** Resident kilobytes of a process and its descendants now, from /proc (Linux). */
function treeRssKb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const own = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    return own + children.reduce((sum, child) => sum + treeRssKb(child), 0);
  } catch {
    return 0;
  }
}

/**
 * Runs `command args…`, writes its output to `logFile`, and fails with the
 * end of that output if it exits with an error.
 * @example await measure('node_modules/.bin/astro', ['build'], { cwd, env, logFile }) // { ms: 61234, peakMb: 812, cpuMs: 98210, … }
 */
export async function measure(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string }): Promise<Measured> {
  const timed = existsSync(TIME);
  const rssFile = `${options.logFile}.rss`;
  rmSync(rssFile, { force: true });
  const [program, argv] = timed ? [TIME, ['-o', rssFile, '-f', '%M %U %S', command, ...args]] : [command, args];
  // Earlier steps' writes still on their way to disk would otherwise be flushed during this one.
  spawnSync('sync');
  const started = performance.now();
  const child = spawn(program, argv, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let sampled = 0;
  const sampler = timed ? undefined : setInterval(() => (sampled = Math.max(sampled, treeRssKb(child.pid!))), 100);
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  const ms = performance.now() - started;
  clearInterval(sampler);
  output = output.replace(/\x1b\[[0-9;]*m/g, '');
  writeFileSync(options.logFile, output);
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${code}; see ${options.logFile}:\n${output.slice(-3000)}`);
  // GNU time's last line: peak kilobytes, then user and system seconds.
  const [kb = sampled, user, system] = timed ? readFileSync(rssFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number) : [sampled];
  const cpuMs = user !== undefined && system !== undefined && Number.isFinite(user + system) ? Math.round((user + system) * 1000) : null;
  return { ms, peakMb: Number.isFinite(kb) && kb > 0 ? Math.round(kb / 1024) : null, cpuMs, output };
}
