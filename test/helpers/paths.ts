import { fileURLToPath } from 'node:url';

/** The project root. */
export const root = fileURLToPath(new URL('../../', import.meta.url));
/** Where test builds go; each test run gets its own folder so runs never share one. */
export const outputRoot = fileURLToPath(new URL('../.output/', import.meta.url));
/** Where this test run builds the site with its bundled content. */
export const siteOut = `${outputRoot}site-${process.pid}/`;
