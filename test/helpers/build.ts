import { spawn } from 'node:child_process';
import { childEnv } from './env';
import { root } from './paths';

export interface BuildResult {
  code: number | null;
  /** stdout and stderr together, without colour codes. */
  output: string;
}

/**
 * Runs `npm run build` (Astro, then Pagefind) as an author would, with the
 * content folder, output folder and cache folder given, so several builds
 * never share state.
 */
export function buildSite(options: { contentDir?: string; outDir: string; cacheDir: string; siteUrl?: string }): Promise<BuildResult> {
  const env = childEnv({
    CARRYOVER_OUT_DIR: options.outDir,
    CARRYOVER_CACHE_DIR: options.cacheDir,
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    ASTRO_TELEMETRY_DISABLED: '1',
  });
  if (options.contentDir) env.CARRYOVER_CONTENT_DIR = options.contentDir;
  if (options.siteUrl) env.CARRYOVER_SITE_URL = options.siteUrl;
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'build'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output: output.replace(/\x1b\[[0-9;]*m/g, '') }));
  });
}
