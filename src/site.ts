/** How the site names itself. */
export const site = {
  name: 'Carryover',
  tagline: 'Strength training that carries over to your running.',
  url: 'https://carryover.example',
  author: 'The Carryover editors',
  locale: 'en',
};
