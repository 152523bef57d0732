/** How the site names itself. */
export const site = {
  name: 'Carryover',
  tagline: 'Strength training that carries over to your running.',
  /** CARRYOVER_SITE_URL overrides it, for deploy previews and for tests served on localhost. */
  url: process.env.CARRYOVER_SITE_URL || 'https://carryover.example',
  author: 'The Carryover editors',
  locale: 'en',
};
