import { readFileSync } from 'node:fs';
import * as hb from 'harfbuzzjs';
import sharp from 'sharp';

/** HarfBuzz's version: a new one may place glyphs differently, so it is part of a card's cache key. */
export const SHAPER_VERSION = hb.versionString();

/** A face of the card's font, shaped by HarfBuzz (the shaper Pango uses) from the font file itself. */
export interface Typeface {
  font: hb.Font;
  /** One font unit in em. */
  unit: number;
  /** How far the tallest Latin letter reaches above the baseline, in em. */
  ascent: number;
  /** Baseline to baseline with no extra spacing, in em. */
  lineHeight: number;
}

export function loadTypeface(file: string): Typeface {
  const font = new hb.Font(new hb.Face(new hb.Blob(readFileSync(file))));
  const unit = 1 / font.face.upem;
  const { ascender, descender, lineGap } = font.hExtents();
  const letters = shape(font, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz');
  const tallest = Math.max(...letters.map(({ id }) => font.glyphExtents(id)?.yBearing ?? 0));
  return { font, unit, ascent: tallest * unit, lineHeight: (ascender - descender + lineGap) * unit };
}

/** A glyph placed on a line: its id and where its origin sits, in font units from the line's start and up from its baseline. */
interface Shaped {
  id: number;
  x: number;
  y: number;
}

function shape(font: hb.Font, text: string): Shaped[] {
  const buffer = new hb.Buffer();
  buffer.addText(text);
  buffer.guessSegmentProperties();
  hb.shape(font, buffer);
  const positions = buffer.getGlyphPositions();
  let x = 0;
  return buffer.getGlyphInfos().map((info, i) => {
    const glyph = { id: info.codepoint, x: x + positions[i]!.xOffset, y: positions[i]!.yOffset };
    x += positions[i]!.xAdvance;
    return glyph;
  });
}

/** A run of glyphs with its advance, in font units. */
interface Run {
  glyphs: Shaped[];
  width: number;
}

/** Where the pen stands after `glyphs`: the last one's origin plus its advance. */
function advance(font: hb.Font, glyphs: Shaped[]): number {
  const last = glyphs.at(-1);
  return last ? last.x + font.glyphHAdvance(last.id) : 0;
}

function run(font: hb.Font, text: string): Run {
  const glyphs = shape(font, text);
  return { glyphs, width: advance(font, glyphs) };
}

function join(runs: Run[], space: number): Run {
  const glyphs: Shaped[] = [];
  let width = 0;
  for (const [i, part] of runs.entries()) {
    if (i > 0) width += space;
    for (const glyph of part.glyphs) glyphs.push({ ...glyph, x: width + glyph.x });
    width += part.width;
  }
  return { glyphs, width };
}

/** The longest start of `line` that fits `width` with an ellipsis after it, ellipsis included. */
function withEllipsis(font: hb.Font, line: Run, width: number): Run {
  const ellipsis = run(font, '…');
  const glyphs = [...line.glyphs];
  while (glyphs.length && advance(font, glyphs) + ellipsis.width > width) glyphs.pop();
  return join([{ glyphs, width: advance(font, glyphs) }, ellipsis], 0);
}

/**
 * Breaks `text` into at most `lines` lines no wider than `width` (both in
 * font units), at spaces, the way a browser wraps a heading. Words are shaped
 * one by one, so kerning and ligatures apply inside words. Text that needs more
 * lines ends in an ellipsis, and so does a word too long for a line.
 * @example layoutLines(face.font, 'Calf capacity for returning runners', 620 / unit, 3)
 */
export function layoutLines(font: hb.Font, text: string, width: number, lines: number): Run[] {
  const space = run(font, ' ').width;
  const words = text.split(/\s+/).filter(Boolean).map((word) => run(font, word));
  const broken: Run[][] = [];
  let current: Run[] = [];
  let used = 0;
  for (const word of words) {
    if (current.length && used + space + word.width > width) {
      broken.push(current);
      current = [];
    }
    used = current.length ? used + space + word.width : word.width;
    current.push(word);
  }
  if (current.length) broken.push(current);
  const set = broken.slice(0, lines).map((line) => join(line, space));
  const last = set.length - 1;
  if (broken.length > lines) set[last] = withEllipsis(font, set[last]!, width);
  return set.map((line) => (line.width > width ? withEllipsis(font, line, width) : line));
}

/** A glyph's coverage: 0 (clear) to 255, row by row, and where it sits from the pen position. */
export interface Mask {
  data: Uint8Array;
  width: number;
  height: number;
  left: number;
  top: number;
}

/*
 * Glyphs are drawn once each, at a quarter of a pixel's four horizontal
 * offsets, and reused for every card: a build's titles share a few hundred
 * glyphs, where drawing each title whole cost more than a millisecond.
 */
const masks = new WeakMap<Typeface, Map<string, Promise<Mask>>>();
const SUBPIXELS = 4;

async function drawGlyph(face: Typeface, id: number, size: number, offset: number): Promise<Mask> {
  const scale = size * face.unit;
  const box = face.font.glyphExtents(id);
  if (!box || box.width === 0) return { data: new Uint8Array(0), width: 0, height: 0, left: 0, top: 0 };
  const left = Math.floor(offset + box.xBearing * scale) - 1;
  const top = Math.floor(-box.yBearing * scale) - 1;
  const width = Math.ceil(offset + (box.xBearing + box.width) * scale) + 1 - left;
  const height = Math.ceil(-(box.yBearing + box.height) * scale) + 1 - top;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><path transform="translate(${offset - left} ${-top}) scale(${scale} ${-scale})" d="${face.font.glyphToPath(id)}"/></svg>`;
  const { data } = await sharp(Buffer.from(svg)).extractChannel('alpha').raw().toBuffer({ resolveWithObject: true });
  return { data, width, height, left, top };
}

function glyphMask(face: Typeface, id: number, size: number, offset: number): Promise<Mask> {
  let drawn = masks.get(face);
  if (!drawn) masks.set(face, (drawn = new Map()));
  const key = `${id}:${size}:${offset}`;
  let mask = drawn.get(key);
  if (!mask) drawn.set(key, (mask = drawGlyph(face, id, size, offset)));
  return mask;
}

/** Set text: each glyph's coverage and its place from the text box's top left, in whole pixels. */
export type SetText = { mask: Mask; x: number; y: number }[];

export interface TextStyle {
  size: number;
  width: number;
  lines: number;
  /** Extra space between lines, in pixels. */
  spacing: number;
}

/**
 * Sets `text` in a box `style.width` pixels wide, the tallest letters of the
 * first line touching its top. Deterministic: the same text and style give the
 * same pixels on any machine, as the font comes from a file, not the system.
 * @example await setText(bold, 'Romanian deadlift', { size: 72, width: 620, lines: 3, spacing: 14 })
 */
export async function setText(face: Typeface, text: string, style: TextStyle): Promise<SetText> {
  const scale = style.size * face.unit;
  const pitch = Math.round(style.size * face.lineHeight + style.spacing);
  const baseline = Math.ceil(style.size * face.ascent);
  const placed = layoutLines(face.font, text, style.width / scale, style.lines).flatMap((line, row) =>
    line.glyphs.map((glyph) => {
      const x = Math.round(glyph.x * scale * SUBPIXELS) / SUBPIXELS;
      const whole = Math.floor(x);
      return { id: glyph.id, whole, offset: x - whole, y: baseline + row * pitch - Math.round(glyph.y * scale) };
    }),
  );
  const drawn = await Promise.all(placed.map((glyph) => glyphMask(face, glyph.id, style.size, glyph.offset)));
  return placed.map((glyph, i) => ({ mask: drawn[i]!, x: glyph.whole + drawn[i]!.left, y: glyph.y + drawn[i]!.top }));
}
