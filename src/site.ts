import { loadConfig } from './data/config-file';
import { siteSchema, UNITS, WEEK_STARTS, type SiteConfig } from './schemas/site';

function load(env: Record<string, string | undefined>): SiteConfig {
  const config = loadConfig('site.yaml', siteSchema, 'The site settings');
  const url = env.CARRYOVER_SITE_URL?.trim();
  return url ? { ...config, url } : config;
}

const config = load(process.env);

/** How the site names itself, from `content/site.yaml`, with what follows from it. */
export const site = {
  ...config,
  /** Weekday a training week starts on, 0 = Monday. */
  weekStart: WEEK_STARTS[config.weekStartsOn],
  /** Label for loads, e.g. `kg`. */
  loadUnit: UNITS[config.units],
};

/** The RSS feed's title, in the feed and in the link pages use to announce it. */
export const feedTitle = `${site.name}: new guides`;
