import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { layoutLines, loadTypeface, setText } from './text';

const require = createRequire(import.meta.url);
const bold = loadTypeface(require.resolve('@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf'));
const { font } = bold;

const widthOf = (text: string) => layoutLines(font, text, Infinity, 1)[0]!.width;
const glyphCount = (text: string) => layoutLines(font, text, Infinity, 1)[0]!.glyphs.length;

describe('laying out lines', () => {
  test('kerning applies inside a word: "AV" is narrower than "A" and "V" set apart', () => {
    expect(widthOf('AV')).toBeLessThan(widthOf('A') + widthOf('V'));
  });

  test('breaks at spaces so no line is wider than the box, and loses no word', () => {
    const words = ['Calf', 'capacity', 'for', 'returning', 'runners', 'hip', 'strength', 'a'];
    const widest = Math.max(...words.map(widthOf));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 12 }), fc.integer({ min: widest, max: 4 * widest }), (title, width) => {
        const lines = layoutLines(font, title.join(' '), width, 99);
        for (const line of lines) expect(line.width).toBeLessThanOrEqual(width);
        expect(lines.reduce((sum, line) => sum + line.glyphs.length, 0)).toBe(title.reduce((sum, word) => sum + glyphCount(word), 0));
      }),
    );
  });

  test('a line only breaks where the next word would not fit', () => {
    const [first, second] = layoutLines(font, 'Calf capacity for returning runners', widthOf('Calf capacity for returning'), 3);
    expect(first!.glyphs).toHaveLength(glyphCount('Calfcapacityforreturning'));
    expect(second!.glyphs).toHaveLength(glyphCount('runners'));
  });

  test('text that needs more lines ends the last one in an ellipsis, within the box', () => {
    const width = widthOf('Calf capacity');
    const lines = layoutLines(font, 'Calf capacity for returning runners who lift', width, 2);
    expect(lines).toHaveLength(2);
    const ellipsis = layoutLines(font, '…', Infinity, 1)[0]!.glyphs[0]!.id;
    expect(lines[1]!.glyphs.at(-1)!.id).toBe(ellipsis);
    expect(lines[0]!.glyphs.at(-1)!.id).not.toBe(ellipsis);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(width);
  });

  test('a word too long for the box is cut with an ellipsis rather than run past it', () => {
    const width = widthOf('Calf');
    const [line] = layoutLines(font, 'Supercalifragilistic', width, 3);
    expect(line!.width).toBeLessThanOrEqual(width);
    expect(line!.glyphs.length).toBeGreaterThan(1);
  });

  test('blank text sets nothing', () => {
    expect(layoutLines(font, '  ', 1000, 3)).toEqual([]);
  });
});

describe('setting text', () => {
  const style = { size: 60, width: 620, lines: 3, spacing: 12 };

  test('the same text sets the same glyphs in the same places, and each glyph is drawn once', async () => {
    const [first, again] = await Promise.all([setText(bold, 'Hip hinge', style), setText(bold, 'Hip hinge', style)]);
    expect(again.map(({ x, y }) => [x, y])).toEqual(first.map(({ x, y }) => [x, y]));
    expect(again[0]!.mask).toBe(first[0]!.mask);
    const [H, i, p] = first;
    expect(H!.mask.data.some((alpha) => alpha === 255)).toBe(true);
    expect(i!.x).toBeGreaterThan(H!.x);
    expect(p!.x).toBeGreaterThan(i!.x);
  });

  test('the tallest letters of the first line touch the top, and each line sits one pitch below the last', async () => {
    const alphabet = await setText(bold, 'abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ', { ...style, width: 2000 });
    // A glyph's mask keeps a pixel of margin around its outline.
    expect(Math.min(...alphabet.map(({ y }) => y)) + 1).toBe(0);
    const narrow = { ...style, width: Math.ceil(widthOf('l') * style.size * bold.unit) + 1 };
    const [first, second, third] = await setText(bold, 'l l l', narrow);
    const pitch = Math.round(style.size * bold.lineHeight + style.spacing);
    expect([second!.y - first!.y, third!.y - second!.y]).toEqual([pitch, pitch]);
    expect(new Set([first!.x, second!.x, third!.x]).size).toBe(1);
  });

  test('markup and quotes are letters, not instructions', async () => {
    const set = await setText(bold, '<b>&"\'', style);
    expect(set).toHaveLength(glyphCount('<b>&"\''));
  });
});
