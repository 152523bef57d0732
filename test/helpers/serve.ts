import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { childEnv } from './env';
import { root } from './paths';

/** A free port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Serves a built folder with `astro preview`, the README's own command, and resolves once it answers. */
export async function preview(outDir: string): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const child: ChildProcess = spawn('npx', ['--no-install', 'astro', 'preview', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: root,
    env: childEnv({ CARRYOVER_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' }),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const stop = () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  for (let attempt = 0; attempt < 150; attempt++) {
    try {
      const response = await fetch(`${url}/`);
      if (response.ok) return { url, stop };
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`astro preview did not answer on ${url} within 30 s:\n${output}`);
}
