import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test, vi } from 'vitest';
import type { SocialCard } from './card';
import { cardDrawer } from './drawer';
import { renderSocialCard } from './render';
import { cardWriter, shareCardWriter, sharedCardWriter, takeSharedCardWriter } from './writer';

const card = (title: string): SocialCard => ({ kind: 'Guide', title, subtitle: '5 min read · Season', siteName: 'Carryover', art: { type: 'phase', phase: 'base' } });

describe('writing the cards a build names', () => {
  const root = mkdtempSync(join(tmpdir(), 'card-writer-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const folders = (name: string) => ({ cache: join(root, name, 'cache'), out: join(root, name, 'dist') });

  test('copies each wanted card to its URL path, drawing only what the cache lacks', async () => {
    const { cache, out } = folders('plain');
    const draw = vi.fn(async (c: SocialCard) => new TextEncoder().encode(`png of ${c.title}`));
    const writer = cardWriter(undefined, draw);
    writer.want('/og/guides/a.png', join(cache, 'a.png'), card('A'));
    writer.want('/og/site.png', join(cache, 'site.png'), card('Site'));
    writer.want('/og/site.png', join(cache, 'site.png'), card('Site'));
    expect(await writer.writeAll(out)).toBe(2);
    expect(readFileSync(join(out, 'og/guides/a.png'), 'utf8')).toBe('png of A');
    expect(readFileSync(join(out, 'og/site.png'), 'utf8')).toBe('png of Site');
    expect(draw).toHaveBeenCalledTimes(2);

    const again = cardWriter(undefined, draw);
    again.want('/og/guides/a.png', join(cache, 'a.png'), card('A'));
    await again.writeAll(join(root, 'plain', 'dist-2'));
    expect(draw).toHaveBeenCalledTimes(2);
    expect(readFileSync(join(root, 'plain', 'dist-2', 'og/guides/a.png'), 'utf8')).toBe('png of A');
  });

  test('shares the cached bytes when it can, and replaces a card already in the output', async () => {
    const { cache, out } = folders('linked');
    mkdirSync(join(out, 'og'), { recursive: true });
    writeFileSync(join(out, 'og/site.png'), 'a card from an older build');
    const writer = cardWriter(undefined, async (c) => new TextEncoder().encode(`png of ${c.title}`));
    writer.want('/og/guides/a.png', join(cache, 'a.png'), card('A'));
    writer.want('/og/site.png', join(cache, 'site.png'), card('Site'));
    await writer.writeAll(out);
    // One file on disk, named twice: the build wrote no second copy.
    expect(statSync(join(out, 'og/guides/a.png')).ino).toBe(statSync(join(cache, 'a.png')).ino);
    expect(readFileSync(join(out, 'og/site.png'), 'utf8')).toBe('png of Site');
  });

  test('takes the worker’s drawing when there is one, and the same bytes as the main thread', async () => {
    const { cache, out } = folders('worker');
    const draw = vi.fn(renderSocialCard);
    const writer = cardWriter(cardDrawer(join(import.meta.dirname, 'worker.ts')), draw);
    writer.want('/og/plan/base.png', join(cache, 'base.png'), card('Base strength template'));
    await writer.writeAll(out);
    expect(draw).not.toHaveBeenCalled();
    expect(readFileSync(join(out, 'og/plan/base.png')).equals(await renderSocialCard(card('Base strength template')))).toBe(true);
  });

  test('a card no one can draw fails the whole write with its error', async () => {
    const { cache, out } = folders('broken');
    const writer = cardWriter(cardDrawer(join(root, 'no-such-worker.ts')), async () => {
      throw new Error('the title could not be set');
    });
    writer.want('/og/guides/b.png', join(cache, 'b.png'), card('B'));
    await expect(writer.writeAll(out)).rejects.toThrow('the title could not be set');
  });
});

test('the pages find the writer the integration started, until it is taken', () => {
  expect(sharedCardWriter()).toBeUndefined();
  const writer = cardWriter(undefined, async () => new Uint8Array());
  shareCardWriter(writer);
  expect(sharedCardWriter()).toBe(writer);
  expect(takeSharedCardWriter()).toBe(writer);
  expect(sharedCardWriter()).toBeUndefined();
  expect(takeSharedCardWriter()).toBeUndefined();
});
