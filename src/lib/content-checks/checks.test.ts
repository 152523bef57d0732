import { describe, expect, test } from 'vitest';
import { checkLadders } from './exercise-checks';
import { checkGuide } from './guide-checks';

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
    expect(checkLadders([{ slug: 'a', progressions: [], regressions: [] }], file)).toEqual([
      { file: 'content/exercises/a.md', field: 'progressions', message: 'has neither a progression nor a regression; link it into a ladder' },
    ]);
  });

  test('a one-way ladder fails on the side that is missing', () => {
    const problems = checkLadders(
      [
        { slug: 'a', progressions: ['b'], regressions: [] },
        { slug: 'b', progressions: [], regressions: [] },
      ],
      file,
    );
    expect(problems.map((p) => p.message)).toContain('lists `b`, but content/exercises/b.md does not list `a` under regressions');
  });

  test('a two-way ladder passes', () => {
    expect(
      checkLadders(
        [
          { slug: 'a', progressions: ['b'], regressions: [] },
          { slug: 'b', progressions: [], regressions: ['a'] },
        ],
        file,
      ),
    ).toEqual([]);
  });
});
