/** Facts about the machine and tool versions, so results can be compared with care. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM } from '../../test/helpers/browser.ts';

export interface Machine {
  cpu: string;
  cores: number;
  ramGb: number;
  os: string;
  node: string;
  astro: string;
  mdx: string;
  pagefind: string;
  lighthouse: string;
  chromium: string;
  /** One-minute load average when the bench started: above the core count, others were busy too. */
  loadAtStart: number;
}

const version = (root: string, name: string) => (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;

function quietly(read: () => string): string {
  try {
    return read().trim();
  } catch {
    return 'unknown';
  }
}

/**
 * The commit being measured, marked when the working tree (outside `bench/`) has changes.
 * @example commit('/work/main') // '6a21b78' or '6a21b78 + changes'
 */
export function commit(root: string): string {
  const head = quietly(() => execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }));
  const changes = quietly(() => execFileSync('git', ['status', '--porcelain', '--', '.', ':!bench'], { cwd: root, encoding: 'utf8' }));
  return changes === '' ? head : `${head} + changes`;
}

/**
 * @example machine('/work/main').cores // 2
 */
export function machine(root: string): Machine {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: availableParallelism(),
    ramGb: Math.round(totalmem() / 2 ** 30),
    os: quietly(() => /PRETTY_NAME="([^"]+)"/.exec(readFileSync('/etc/os-release', 'utf8'))![1]!),
    node: process.version,
    astro: version(root, 'astro'),
    mdx: version(root, '@astrojs/mdx'),
    pagefind: version(root, 'pagefind'),
    lighthouse: version(root, 'lighthouse'),
    chromium: quietly(() => execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })),
    loadAtStart: Number(loadavg()[0]!.toFixed(2)),
  };
}
