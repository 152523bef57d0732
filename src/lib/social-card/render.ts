import { createRequire } from 'node:module';
import { join } from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { over, type RawImage } from './blend';
import { ART_BOX, CARD_SIZE, cardArtSvg, cardFrameSvg, TEXT_LAYOUT, titleSize, type SocialCard } from './card';

// Resolved from the project, so it works from Astro's bundled build chunks too.
const require = createRequire(join(process.cwd(), 'package.json'));

/** Inter, from an npm package, so every machine sets the text with the same font. */
export const FONT_FILES = {
  regular: require.resolve('@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf'),
} as const;

/** Pango reads markup; the card's words are text, so every markup character is escaped. */
export function pangoEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

async function raw(image: Sharp): Promise<RawImage> {
  const { data, info } = await image.ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

type TextStyle = { width: number; size: number; weight: 'bold' | 'regular'; colour: string; lines: number };

async function text(words: string, style: TextStyle): Promise<RawImage> {
  const image = await raw(
    sharp({
      text: {
        text: `<span foreground="${style.colour}">${pangoEscape(words)}</span>`,
        font: `Inter ${style.weight === 'bold' ? 'Bold' : 'Regular'} ${style.size}`,
        fontfile: FONT_FILES[style.weight],
        width: style.width,
        dpi: 72,
        rgba: true,
        wrap: 'word',
        spacing: Math.round(style.size * 0.2),
      },
    }),
  );
  // Cut a runaway line count rather than run into the next block.
  return { ...image, height: Math.min(image.height, Math.ceil(style.size * 1.45 * style.lines)) };
}

/*
 * Layers many cards share (the frame, the site name, the page type, a
 * picture) are drawn once per build and kept, up to a bound so a large
 * site's memory stays flat.
 */
const shared = new Map<string, Promise<RawImage>>();
function once(key: string, draw: () => Promise<RawImage>): Promise<RawImage> {
  let layer = shared.get(key);
  if (!layer) {
    if (shared.size >= 256) shared.delete(shared.keys().next().value!);
    layer = draw();
    shared.set(key, layer);
  }
  return layer;
}

/**
 * The card as a 1200×630 PNG. Deterministic: the same card gives the same
 * bytes (fixed font, fixed colours, no timestamps in the PNG).
 */
export async function renderSocialCard(card: SocialCard): Promise<Buffer> {
  const L = TEXT_LAYOUT;
  const art = cardArtSvg(card.art);
  const kind = card.kind.toUpperCase();
  const [frame, picture, siteName, kindLine, title, subtitle] = await Promise.all([
    once('frame', () => raw(sharp(Buffer.from(cardFrameSvg())))),
    once(art, () => raw(sharp(Buffer.from(art)))),
    once(`site:${card.siteName}`, () => text(card.siteName, { ...L.siteName, lines: 1 })),
    once(`kind:${kind}`, () => text(kind, { ...L.kind, lines: 1 })),
    text(card.title, { ...L.title, size: titleSize(card.title), lines: 3 }),
    text(card.subtitle, { ...L.subtitle, lines: 2 }),
  ]);
  const canvas: RawImage = { ...frame, data: Uint8Array.from(frame.data) };
  over(canvas, picture, ART_BOX.left, ART_BOX.top);
  over(canvas, siteName, L.siteName.left, L.siteName.top);
  over(canvas, kindLine, L.kind.left, L.kind.top);
  over(canvas, title, L.title.left, L.title.top);
  over(canvas, subtitle, L.subtitle.left, L.subtitle.top);
  const { width, height } = CARD_SIZE;
  // The card is opaque, so it is written without an alpha channel: smaller, and quicker to encode.
  return sharp(canvas.data, { raw: { width, height, channels: 4 } }).removeAlpha().png({ compressionLevel: 6 }).toBuffer();
}
