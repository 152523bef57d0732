import { mkdirSync, mkdtempSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The project root. */
export const root = fileURLToPath(new URL('../../', import.meta.url));
/** Where test builds go; each test run gets its own folder so runs never share one. */
export const outputRoot = fileURLToPath(new URL('../.output/', import.meta.url));
/** Where this test run builds the site with its bundled content. */
export const siteOut = `${outputRoot}site-${process.pid}/`;

/**
 * A fresh folder for a test build. It sits inside the project because Astro
 * puts the server half of a build outside the project at `<project>/.astro/`,
 * which concurrent builds would share.
 */
export function tempDir(prefix: string): string {
  mkdirSync(outputRoot, { recursive: true });
  return mkdtempSync(`${outputRoot}${prefix}-`);
}
