import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { SocialCard } from './card';
import { cardDrawer } from './drawer';
import { renderSocialCard } from './render';

const WORKER = join(import.meta.dirname, 'worker.ts');
const card = (title: string): SocialCard => ({
  kind: 'Guide',
  title,
  subtitle: '6 min read · Season',
  siteName: 'Carryover',
  art: { type: 'muscles', primary: ['glutes', 'calves'], secondary: [] },
});

describe('drawing cards ahead on a worker thread', () => {
  const dir = mkdtempSync(join(tmpdir(), 'card-drawer-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('writes the same bytes the main thread draws, once per file', async () => {
    const drawer = cardDrawer(WORKER);
    const cards = ['Strength across the season', 'Knee & ankle <stability>'].map(card);
    const files = cards.map((_, i) => join(dir, `card-${i}.png`));
    cards.forEach((c, i) => drawer.ahead(files[i]!, c));
    drawer.ahead(files[0]!, cards[0]!);
    await Promise.all(files.map((file) => drawer.done(file)));
    for (const [i, file] of files.entries()) expect(readFileSync(file).equals(await renderSocialCard(cards[i]!))).toBe(true);
  });

  test('a file that is already there is not drawn again', async () => {
    const drawer = cardDrawer(WORKER);
    const file = join(dir, 'card-0.png');
    drawer.ahead(file, card('Something else entirely'));
    await drawer.done(file);
    expect(readFileSync(file).equals(await renderSocialCard(card('Strength across the season')))).toBe(true);
  });

  test('a worker that cannot start lets every waiting card settle undrawn', async () => {
    const drawer = cardDrawer(join(dir, 'no-such-worker.ts'));
    const file = join(dir, 'never.png');
    drawer.ahead(file, card('Never drawn'));
    await drawer.done(file);
    expect(existsSync(file)).toBe(false);
  });
});
