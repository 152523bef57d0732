/**
 * CPU time to draw one social card, on this thread, for comparing ways of
 * drawing them (the numbers are in bench/notes.md). Cards are guide cards
 * with distinct titles and a few muscle maps, as a large site has.
 *
 *   npx node scripts/bench/cards.ts [cards, default 300]
 */
import { cpuUsage } from 'node:process';

const { resolveTsExtensions } = await import('../../src/lib/resolve-ts.ts');
resolveTsExtensions();
const { renderSocialCard } = await import('../../src/lib/social-card/render.ts');
const { MUSCLES } = await import('../../src/lib/vocabulary.ts');

const count = Number(process.argv[2] ?? 300);
const muscles = Object.keys(MUSCLES) as (keyof typeof MUSCLES)[];
const cards = Array.from({ length: count }, (_, i) => ({
  kind: 'Guide',
  title: `Calf capacity for returning runners, part ${i + 1}`,
  subtitle: `${5 + (i % 7)} min read · Calves, Season`,
  siteName: 'Carryover',
  art: { type: 'muscles' as const, primary: [muscles[i % 7]!, muscles[(i * 3) % 11]!].sort(), secondary: [] },
}));

// The first cards draw the layers later ones share; a build pays that once too.
for (const card of cards.slice(0, 20)) await renderSocialCard({ ...card, title: `Warm-up ${card.title}` });
const cpu = () => {
  const { user, system } = cpuUsage();
  return user + system;
};
const [cpuStart, wallStart] = [cpu(), performance.now()];
let bytes = 0;
for (const card of cards) bytes += (await renderSocialCard(card)).length;
const perCard = (n: number) => (n / count).toFixed(2);
console.log(`${count} cards: ${perCard((cpu() - cpuStart) / 1000)} ms of CPU and ${perCard(performance.now() - wallStart)} ms of wall time a card, ${Math.round(bytes / count / 1024)} KB each`);
