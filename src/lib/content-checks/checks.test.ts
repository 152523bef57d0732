import { describe, expect, test } from 'vitest';
import { checkAliases, checkLadders } from './exercise-checks';
import { checkGuide, duplicateTitles } from './guide-checks';

const words = (n: number) => 'stride '.repeat(n);

describe('checkGuide', () => {
  test('a missing or long description fails', () => {
    expect(checkGuide({ file: 'g.mdx', description: '', body: words(900) })).toEqual([{ file: 'g.mdx', field: 'description', message: 'has no description' }]);
    expect(checkGuide({ file: 'g.mdx', description: 'x'.repeat(161), body: words(900) })[0]!.message).toBe('is 161 characters; keep it to 160');
  });

  test('a guide outside 800–1,800 words fails', () => {
    expect(checkGuide({ file: 'g.mdx', description: 'ok', body: words(799) })[0]!.message).toBe('has 799 words; guides run 800–1800');
    expect(checkGuide({ file: 'g.mdx', description: 'ok', body: words(1801) })).toHaveLength(1);
    expect(checkGuide({ file: 'g.mdx', description: 'ok', body: words(800) })).toEqual([]);
  });

  test('research without a Sources list fails, with one it passes', () => {
    const claim = `${words(850)}\nA 2014 meta-analysis found fewer injuries.\n`;
    expect(checkGuide({ file: 'g.mdx', description: 'ok', body: claim })[0]!.message).toBe('states research ("meta-analysis") but has no "## Sources" list');
    expect(checkGuide({ file: 'g.mdx', description: 'ok', body: `${claim}\n## Sources\n\n- Lauersen 2014.\n` })).toEqual([]);
    expect(checkGuide({ file: 'g.mdx', description: 'ok', body: `${words(850)} Run a 5K time trial first.` })).toEqual([]);
  });
});

describe('checkLadders', () => {
  const file = (slug: string) => `content/exercises/${slug}.md`;

  test('an exercise off every ladder fails', () => {
    expect(checkLadders([{ slug: 'a', pattern: 'hinge', progressions: [], regressions: [] }], file)).toEqual([
      { file: 'content/exercises/a.md', field: 'progressions', message: 'has neither a progression nor a regression; link it into a ladder' },
    ]);
  });

  test('a one-way ladder fails on the side that is missing', () => {
    const problems = checkLadders(
      [
        { slug: 'a', pattern: 'hinge', progressions: ['b'], regressions: [] },
        { slug: 'b', pattern: 'hinge', progressions: [], regressions: [] },
      ],
      file,
    );
    expect(problems.map((p) => p.message)).toContain('lists `b`, but content/exercises/b.md does not list `a` under regressions');
  });

  test('a mobility drill needs no ladder, since a stretch is not an easier lift', () => {
    expect(checkLadders([{ slug: 'stretch', pattern: 'mobility', progressions: [], regressions: [] }], file)).toEqual([]);
  });

  test('a two-way ladder passes', () => {
    expect(
      checkLadders(
        [
          { slug: 'a', pattern: 'hinge', progressions: ['b'], regressions: [] },
          { slug: 'b', pattern: 'hinge', progressions: [], regressions: ['a'] },
        ],
        file,
      ),
    ).toEqual([]);
  });
});

describe('checkAliases', () => {
  const file = (slug: string) => `content/exercises/${slug}.md`;
  const check = (name: string, aliases: string[]) => checkAliases([{ slug: 'x', name, aliases }], file).map((problem) => problem.message);

  test('a plural, a joined form, another case or a slip of a shown name fails, naming both', () => {
    expect(check('Dead bug', ['deadbug', 'dead bugs'])).toEqual([
      '"deadbug" is "Dead bug" spelled another way; put spellings in searchTerms, which search reads and the page does not show',
      '"dead bugs" is "Dead bug" spelled another way; put spellings in searchTerms, which search reads and the page does not show',
    ]);
    expect(check('Farmer carry', ["farmer's walk", "farmer's carry"])).toHaveLength(1);
    expect(check('Pallof press', ['anti-rotation press', 'palof press'])).toHaveLength(1);
    expect(check('Romanian deadlift', ['RDL', 'romanian dead lift'])).toHaveLength(1);
    expect(check('Trap bar deadlift', ['hex bar deadlift', 'Hex-bar deadlifts'])[0]).toMatch(/^"Hex-bar deadlifts" is "hex bar deadlift"/);
  });

  test('other names pass, however close in meaning', () => {
    expect(check('Tibialis raise', ['tib raise', 'toe raise', 'tibialis anterior raise'])).toEqual([]);
    expect(check('Side plank', ['side bridge', 'lateral plank'])).toEqual([]);
    expect(check('Single-leg Romanian deadlift', ['single-leg RDL', 'SL RDL', 'one-leg deadlift'])).toEqual([]);
    expect(check('Barbell hip thrust', ['hip thrust', 'glute thrust'])).toEqual([]);
    expect(check('Rear-foot-elevated split squat', ['Bulgarian split squat', 'RFESS'])).toEqual([]);
  });
});

describe('duplicateTitles', () => {
  test('a title written again, in another case or spacing, is reported on the later file, naming the first', () => {
    const entries = [
      { file: 'a.mdx', title: 'Strength for hills' },
      { file: 'b.mdx', title: 'Strength for trails' },
      { file: 'c.mdx', title: ' strength  for Hills' },
    ];
    expect(duplicateTitles(entries, 'title')).toEqual([
      { file: 'c.mdx', field: 'title', message: '` strength  for Hills` is also the title of a.mdx; readers and search results could not tell them apart' },
    ]);
  });

  test('different titles pass', () => {
    expect(duplicateTitles([{ file: 'a.mdx', title: 'Hips' }, { file: 'b.mdx', title: 'Hip' }], 'name')).toEqual([]);
  });
});
