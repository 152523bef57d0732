import { fileURLToPath } from 'node:url';

/** The project root. */
export const root = fileURLToPath(new URL('../../', import.meta.url));
/** Where tests build the site with its bundled content. */
export const siteOut = fileURLToPath(new URL('../.output/site/', import.meta.url));
