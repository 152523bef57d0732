import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { cached, cacheFile } from './cache';
import { cardFiles } from './key';
import { cardArtLayers, cardFrameSvg, CARD_SIZE, titleSize, type SocialCard } from './card';
import { pangoEscape, renderSocialCard } from './render';

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

  test('markup in a title is text to Pango', () => {
    expect(pangoEscape(`<b>Bold</b> & "quoted" 'too'`)).toBe('&lt;b&gt;Bold&lt;/b&gt; &amp; &quot;quoted&quot; &apos;too&apos;');
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
