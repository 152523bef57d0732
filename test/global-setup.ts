import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildSite } from './helpers/build';
import { siteOut } from './helpers/paths';
import { freePort, serveStatic } from './helpers/serve';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the bundled content was built. */
    siteDir: string;
    /** Where `astro preview` serves it. */
    siteUrl: string;
    /** What the build printed, without colour codes. */
    buildLog: string;
  }
}

/** Builds the site with its bundled content once, and serves it, for every test that needs it. */
export default async function setup(project: TestProject) {
  rmSync(siteOut, { recursive: true, force: true });
  // The build knows its own address, so absolute links (canonical, oEmbed) resolve to this server.
  const port = await freePort();
  const result = await buildSite({ outDir: siteOut, cacheDir: `${siteOut.replace(/\/$/, '')}-cache`, siteUrl: `http://127.0.0.1:${port}` });
  if (result.code !== 0) throw new Error(`The site did not build:\n${result.output.slice(-4000)}`);
  const server = await serveStatic(siteOut, port);
  project.provide('siteDir', siteOut);
  project.provide('siteUrl', server.url);
  project.provide('buildLog', result.output);
  return async () => {
    await server.stop();
    // Keep the output for a look after a failure; a passing run cleans up.
    if (!process.exitCode) {
      rmSync(siteOut, { recursive: true, force: true });
      rmSync(`${siteOut.replace(/\/$/, '')}-cache`, { recursive: true, force: true });
    }
  };
}
