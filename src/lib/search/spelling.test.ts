import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { allowedEdits, applyCorrections, buildLexicon, corrections, correctWord, editDistance, words } from './spelling';

describe('editDistance', () => {
  test.each([
    ['romanian', 'romanian', 0],
    ['romainian', 'romanian', 1],
    ['bulgarain', 'bulgarian', 1],
    ['deadlfit', 'deadlift', 1],
    ['squat', 'squats', 1],
    ['kettlebel', 'kettlebell', 1],
    ['', 'abc', 3],
    ['pallof', 'palof', 1],
    ['ca', 'abc', 3],
  ])('%s → %s is %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });

  test('stops counting past the limit', () => {
    expect(editDistance('hamstring', 'goblet', 2)).toBe(3);
  });

  const word = fc.string({ unit: fc.constantFrom(...'abcdefg'), maxLength: 9 });
  test('is symmetric and zero only for equal words', () => {
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(editDistance(a, b)).toBe(editDistance(b, a));
        expect(editDistance(a, b) === 0).toBe(a === b);
      }),
    );
  });
  test('one swap of neighbouring letters is one edit', () => {
    fc.assert(
      fc.property(word.filter((w) => w.length >= 2), fc.nat(), (w, at) => {
        const i = at % (w.length - 1);
        const swapped = w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
        expect(editDistance(w, swapped)).toBe(w[i] === w[i + 1] ? 0 : 1);
      }),
    );
  });
});

test('words splits like Pagefind: lowercase, no accents, no punctuation', () => {
  expect(words("Farmer's walk, 90/90 Côté")).toEqual(['farmer', 's', 'walk', '90', '90', 'cote']);
});

test('buildLexicon keeps distinct words of four letters or more, commonest first, no numbers', () => {
  expect(buildLexicon(['Romanian deadlift', 'Single-leg Romanian deadlift', 'Hip 90/90 switch', 'KB swing'])).toEqual([
    'deadlift',
    'romanian',
    'single',
    'swing',
    'switch',
  ]);
});

const lexicon = buildLexicon([
  'Romanian deadlift',
  'Rear-foot-elevated split squat',
  'Bulgarian split squat',
  'Split squat',
  'Squat',
  'Hamstrings',
  'Goblet squat',
  'Pallof press',
  'Kettlebell swing',
]);

describe('correctWord', () => {
  test.each([
    ['romainian', 'romanian'],
    ['romanain', 'romanian'],
    ['bulgarain', 'bulgarian'],
    ['deadlfit', 'deadlift'],
    ['deadlit', 'deadlift'],
    ['hamstrigns', 'hamstrings'],
    ['goblit', 'goblet'],
    ['kettelbell', 'kettlebell'],
  ])('%s → %s', (typed, fixed) => {
    expect(correctWord(typed, lexicon)).toBe(fixed);
  });

  test.each([
    ['known word', 'squat'],
    ['prefix still being typed', 'kettleb'],
    ['too short to guess', 'sqt'],
    ['nothing close', 'marathon'],
    ['has digits', 'squat5'],
  ])('leaves a %s alone', (_why, typed) => {
    expect(correctWord(typed, lexicon)).toBeUndefined();
  });

  test('allows one edit for short words and two for long ones', () => {
    expect([3, 4, 7, 8, 12].map(allowedEdits)).toEqual([0, 1, 1, 2, 2]);
    expect(correctWord('sqiat', lexicon)).toBe('squat');
    expect(correctWord('sqiaat', lexicon)).toBeUndefined();
  });

  test('at equal distance, keeps the first letter', () => {
    expect(correctWord('pess', ['bess', 'pest'])).toBe('pest');
  });
});

describe('corrections', () => {
  test.each([
    ['romainian deadlift', 'romanian deadlift'],
    ['bulgarain split squat', 'bulgarian split squat'],
    ['Bulgarain  Split-Squat', 'bulgarian split squat'],
    ['palof press', 'pallof press'],
    ['romainian romainian', 'romanian romanian'],
  ])('%s → %s', (typed, fixed) => {
    const found = corrections(typed, lexicon);
    expect(found.length).toBeGreaterThan(0);
    expect(applyCorrections(typed, found)).toBe(fixed);
  });

  test('each misspelt word once, with what it meant', () => {
    expect(corrections('romainian deadlfit romainian', lexicon)).toEqual([
      { typed: 'romainian', meant: 'romanian' },
      { typed: 'deadlfit', meant: 'deadlift' },
    ]);
  });

  test('none when every word is known or uncorrectable', () => {
    expect(corrections('split squat', lexicon)).toEqual([]);
    expect(corrections('how to run', lexicon)).toEqual([]);
    expect(corrections('', lexicon)).toEqual([]);
  });

  test('applying no corrections gives the query in Pagefind’s form', () => {
    expect(applyCorrections('  Split-Squat ', [])).toBe('split squat');
  });
});
