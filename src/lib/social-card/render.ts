import { createRequire } from 'node:module';
import { join } from 'node:path';
import sharp from 'sharp';
import { cardBackgroundSvg, TEXT_LAYOUT, titleSize, type SocialCard } from './card';

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

async function textLayer(text: string, options: { width: number; size: number; weight: 'bold' | 'regular'; colour: string; lines: number }) {
  const { data, info } = await sharp({
    text: {
      text: `<span foreground="${options.colour}">${pangoEscape(text)}</span>`,
      font: `Inter ${options.weight === 'bold' ? 'Bold' : 'Regular'} ${options.size}`,
      fontfile: FONT_FILES[options.weight],
      width: options.width,
      dpi: 72,
      rgba: true,
      wrap: 'word',
      spacing: Math.round(options.size * 0.2),
    },
  })
    .png()
    .toBuffer({ resolveWithObject: true });
  // Cut a runaway line count rather than run into the next block.
  const maxHeight = Math.ceil(options.size * 1.45 * options.lines);
  return info.height > maxHeight ? sharp(data).extract({ left: 0, top: 0, width: info.width, height: maxHeight }).png().toBuffer() : data;
}

/**
 * The card as a 1200×630 PNG. Deterministic: the same card gives the same
 * bytes (fixed font, fixed colours, no timestamps in the PNG).
 */
export async function renderSocialCard(card: SocialCard): Promise<Buffer> {
  const L = TEXT_LAYOUT;
  const size = titleSize(card.title);
  const layers = await Promise.all([
    textLayer(card.siteName, { ...L.siteName, lines: 1 }),
    textLayer(card.kind.toUpperCase(), { ...L.kind, lines: 1 }),
    textLayer(card.title, { ...L.title, size, lines: 3 }),
    textLayer(card.subtitle, { ...L.subtitle, lines: 2 }),
  ]);
  const tops = [L.siteName, L.kind, L.title, L.subtitle];
  return sharp(Buffer.from(cardBackgroundSvg(card)))
    .composite(layers.map((input, i) => ({ input, left: tops[i]!.left, top: tops[i]!.top })))
    .png({ compressionLevel: 9, palette: false })
    .toBuffer();
}
