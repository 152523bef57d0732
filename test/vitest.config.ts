/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/*
 * One run, three projects: unit tests beside the code, the same date-sensitive
 * unit tests again in a time zone far from UTC (calendar dates must not
 * drift), and the slow tests that build the site or drive Chromium.
 */
export default getViteConfig({
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['src/**/*.test.ts'], env: { TZ: 'UTC' } },
      },
      {
        extends: true,
        test: { name: 'unit-tz', include: ['src/lib/**/*.test.ts'], env: { TZ: 'Pacific/Auckland' } },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['test/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          fileParallelism: false,
          globalSetup: ['test/global-setup.ts'],
        },
      },
    ],
  },
});
