import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { rgb } from './blend';
import { cached, cacheFile } from '../file-cache';
import { cardFiles } from './key';
import { ART_BOX, cardArtLayers, cardFrameSvg, CARD_COLOURS, CARD_SIZE, TEXT_LAYOUT, titleSize, type SocialCard } from './card';
import { renderSocialCard } from './render';

const card: SocialCard = {
  kind: 'Exercise',
  title: 'Romanian deadlift',
  subtitle: 'Hinge · hamstrings, glutes',
  siteName: 'Carryover',
  art: { type: 'muscles', primary: ['hamstrings', 'glutes'], secondary: ['lower-back'] },
};

describe('the card picture', () => {
  test('has no text of its own, so no machine font can change it', () => {
    for (const art of [card.art, { type: 'pattern', pattern: 'carry' } as const, { type: 'phase', phase: 'taper' } as const]) {
      for (const layer of cardArtLayers(art)) expect(layer).not.toMatch(/<text|font-family/);
    }
    expect(cardFrameSvg()).not.toMatch(/<text|font-family/);
    expect(cardFrameSvg()).toContain(`width="${CARD_SIZE.width}" height="${CARD_SIZE.height}"`);
  });

  test('long titles are set smaller', () => {
    expect(titleSize('Plank')).toBeGreaterThan(titleSize('Building the posterior chain for runners'));
    expect(titleSize('Building the posterior chain for runners')).toBeGreaterThan(titleSize('Pairing lifting with strides and race-pace work, in detail'));
  });
});

describe('rendering', () => {
  test('is a 1200×630 PNG, byte for byte the same for the same card', async () => {
    const [first, second] = await Promise.all([renderSocialCard(card), renderSocialCard({ ...card })]);
    expect(first.equals(second)).toBe(true);
    const meta = await sharp(first).metadata();
    expect([meta.format, meta.width, meta.height, meta.channels]).toEqual(['png', 1200, 630, 3]);
  });

  test('a different title gives a different picture, and a hostile one still renders', async () => {
    const [plain, hostile] = await Promise.all([renderSocialCard(card), renderSocialCard({ ...card, title: '</span><span foreground="red">x' })]);
    expect(plain.equals(hostile)).toBe(false);
    expect((await sharp(hostile).metadata()).width).toBe(1200);
  });

  test('a card does not depend on the cards drawn before it, of its kind or another', async () => {
    vi.resetModules();
    const fresh = await (await import('./render')).renderSocialCard(card);
    const others = [{ ...card, kind: 'Guide' }, { ...card, title: 'Nordic curl', subtitle: 'Hinge · hamstrings' }, { ...card, art: { ...card.art, secondary: [] } }];
    for (const other of others) expect((await renderSocialCard(other)).equals(fresh)).toBe(false);
    expect((await renderSocialCard(card)).equals(fresh)).toBe(true);
  });

  test('the words sit in their column: a long title and subtitle stay left of the picture and above the accent bar', async () => {
    const long = { ...card, title: 'Single-leg Romanian deadlift with a long pause and a slow lowering phase', subtitle: 'Hinge · hamstrings, glutes, lower back, calves, hips, trunk, feet, and everything else' };
    const [plain, wordy] = await Promise.all([card, long].map(async (c) => (await sharp(await renderSocialCard(c)).raw().toBuffer({ resolveWithObject: true })).data));
    const { width } = CARD_SIZE;
    const changed = (x: number, y: number) => [0, 1, 2].some((c) => plain![(y * width + x) * 3 + c] !== wordy![(y * width + x) * 3 + c]);
    const text = rgb(CARD_COLOURS.text);
    const isText = (x: number, y: number) => [0, 1, 2].every((c) => wordy![(y * width + x) * 3 + c] === text[c]);
    let [inColumn, outside, textPixels] = [0, 0, 0];
    for (let y = 0; y < CARD_SIZE.height; y++) {
      for (let x = 0; x < width; x++) {
        if (!changed(x, y)) continue;
        const column = x >= TEXT_LAYOUT.title.left && x < TEXT_LAYOUT.title.left + TEXT_LAYOUT.title.width && y >= TEXT_LAYOUT.title.top && y < CARD_SIZE.height - 14;
        if (column) inColumn++;
        else outside++;
        if (isText(x, y)) textPixels++;
      }
    }
    expect(inColumn).toBeGreaterThan(5000);
    expect(textPixels).toBeGreaterThan(1000);
    expect(outside).toBe(0);
    expect(ART_BOX.left).toBeGreaterThan(TEXT_LAYOUT.title.left + TEXT_LAYOUT.title.width);
  });
});

describe('the cache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'social-cards-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('makes each distinct key once and keeps nothing half-written', async () => {
    const make = vi.fn(async () => Buffer.from('png bytes'));
    expect((await cached(cacheFile(dir, { card }), make)).toString()).toBe('png bytes');
    expect((await cached(cacheFile(dir, { card: { ...card } }), make)).toString()).toBe('png bytes');
    expect(make).toHaveBeenCalledTimes(1);
    await cached(cacheFile(dir, { card: { ...card, title: 'Other' } }), make);
    expect(make).toHaveBeenCalledTimes(2);
    expect(readdirSync(dir).filter((f) => f.endsWith('.png'))).toHaveLength(2);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toHaveLength(0);
  });
});

describe('card file names', () => {
  const cardFile = cardFiles('/cache', { renderer: 1 });

  test('are the same for the same card and differ with anything that changes its pixels', () => {
    expect(cardFile({ ...card })).toBe(cardFile(card));
    expect(cardFile(card)).toMatch(/^\/cache\/[0-9a-f]{32}\.png$/);
    const changed = [
      cardFile({ ...card, title: 'Single-leg Romanian deadlift' }),
      cardFile({ ...card, art: { ...card.art, secondary: [] } as SocialCard['art'] }),
      cardFile({ ...card, art: { type: 'pattern', pattern: 'hinge' } }),
      cardFiles('/cache', { renderer: 2 })(card),
    ];
    expect(new Set([cardFile(card), ...changed]).size).toBe(changed.length + 1);
  });
});
