import { createRequire } from 'node:module';
import { join } from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { canvasFrom, over, paint, rgb, trackedCanvas, trim, type Canvas, type RawImage, type Trimmed } from './blend';
import { ART_BOX, cardArtLayers, cardFrameSvg, TEXT_LAYOUT, titleSize, type SocialCard } from './card';
import { encodeCard, resetDrawnBands } from './encode';
import { bands, type Rows } from './rows';
import { loadTypeface, setText, type SetText } from './text';

// Resolved from the project, so it works from Astro's bundled build chunks too.
const require = createRequire(join(process.cwd(), 'package.json'));

/** Inter, from an npm package, so every machine sets the text with the same font. */
export const FONT_FILES = {
  regular: require.resolve('@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf'),
} as const;

async function raw(image: Sharp): Promise<RawImage> {
  const { data, info } = await image.ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

const faces = { regular: loadTypeface(FONT_FILES.regular), bold: loadTypeface(FONT_FILES.bold) };

/** A block of TEXT_LAYOUT: its box, size, weight and how many lines it may take. */
type Block = { width: number; size: number; weight: 'bold' | 'regular'; lines: number };

const text = (words: string, block: Block): Promise<SetText> =>
  setText(faces[block.weight], words, { ...block, spacing: Math.round(block.size * 0.2) });

function draw(canvas: Canvas, set: SetText, colour: string, left: number, top: number): void {
  const channels = rgb(colour);
  for (const glyph of set) paint(canvas, glyph.mask, channels, left + glyph.x, top + glyph.y);
}

/*
 * Layers many cards share are drawn once and kept while in use, the least
 * recently used let go first: the frame, each highlighted muscle, and the
 * background of a kind of card (a whole card, 2 MB, so few of those).
 */
function keeper<T>(limit: number) {
  const kept = new Map<string, Promise<T>>();
  return (key: string, draw: () => Promise<T>): Promise<T> => {
    let layer = kept.get(key);
    if (layer) kept.delete(key);
    else if (kept.size >= limit) kept.delete(kept.keys().next().value!);
    layer ??= draw();
    kept.set(key, layer);
    return layer;
  };
}
const frames = keeper<RawImage>(1);
const artLayers = keeper<Trimmed>(64);
const backgrounds = keeper<Canvas>(16);

/** What every card of one kind with one picture shares: the frame, the picture's first layer, the site's name and the kind. */
async function drawBackground(firstLayer: string, siteName: string, kind: string): Promise<Canvas> {
  const L = TEXT_LAYOUT;
  const [frame, picture, siteLine, kindLine] = await Promise.all([
    frames('frame', () => raw(sharp(Buffer.from(cardFrameSvg())))),
    raw(sharp(Buffer.from(firstLayer))),
    text(siteName, { ...L.siteName, lines: 1 }),
    text(kind, { ...L.kind, lines: 1 }),
  ]);
  const background = canvasFrom(frame);
  over(background, picture, ART_BOX.left, ART_BOX.top);
  draw(background, siteLine, L.siteName.colour, L.siteName.left, L.siteName.top);
  draw(background, kindLine, L.kind.colour, L.kind.left, L.kind.top);
  return background;
}

// Drawn rows closer than this are compressed together: each band is a call into zlib that starts with no history.
const BAND_GAP = 16;

const glyphRows = (set: SetText, top: number): Rows[] => set.map((glyph) => ({ top: top + glyph.y, bottom: top + glyph.y + glyph.mask.height }));

/*
 * A canvas is a whole card, 2 MB. Each new one counts towards the memory
 * that makes V8 collect garbage, and on a large site's heap each collection
 * is slow, so one is kept and drawn on again: from the copy of the
 * background's drawn bands to the encoded PNG, nothing awaits, so no two
 * cards share it.
 */
let scratch: Canvas | undefined;

/**
 * The card as a 1200×630 PNG. Deterministic: the same card gives the same
 * bytes (fixed font, fixed colours, no timestamps in the PNG), whichever
 * cards were drawn before it.
 */
export async function renderSocialCard(card: SocialCard): Promise<Buffer> {
  const L = TEXT_LAYOUT;
  const [first, ...rest] = cardArtLayers(card.art);
  const kind = card.kind.toUpperCase();
  const [background, title, subtitle, ...picture] = await Promise.all([
    backgrounds(`${card.siteName}\n${kind}\n${first!}`, () => drawBackground(first!, card.siteName, kind)),
    text(card.title, { ...L.title, size: titleSize(card.title), lines: 3 }),
    text(card.subtitle, { ...L.subtitle, lines: 2 }),
    ...rest.map((layer) => artLayers(layer, async () => trim(await raw(sharp(Buffer.from(layer)))))),
  ]);
  const drawnRows = [
    ...glyphRows(title, L.title.top),
    ...glyphRows(subtitle, L.subtitle.top),
    ...picture.map((layer) => ({ top: ART_BOX.top + layer.top, bottom: ART_BOX.top + layer.top + layer.image.height })),
  ];
  const layout = bands(drawnRows, background.height, BAND_GAP);
  const canvas = (scratch = scratch?.data.length === background.data.length ? scratch : trackedCanvas(background.width, background.height));
  resetDrawnBands(canvas, background, layout);
  for (const layer of picture) over(canvas, layer.image, ART_BOX.left + layer.left, ART_BOX.top + layer.top);
  draw(canvas, title, L.title.colour, L.title.left, L.title.top);
  draw(canvas, subtitle, L.subtitle.colour, L.subtitle.left, L.subtitle.top);
  return encodeCard(canvas, background, layout);
}
