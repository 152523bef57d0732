/**
 * The environment for a child build or server: this process's, without what
 * Vitest adds (NODE_ENV=test, MODE, DEV, PROD, VITEST_*), which would make
 * Vite inside the child build in dev mode.
 */
export function childEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(VITEST\w*|TEST|MODE|DEV|PROD|SSR|BASE_URL|NODE_ENV)$/.test(key)) continue;
    env[key] = value;
  }
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}
