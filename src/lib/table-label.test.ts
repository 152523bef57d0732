import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { escapeHtml } from './html-entities';
import { tableLabel } from './table-label';

const table = (headings: string[]) =>
  `<thead>\n<tr>\n${headings.map((h) => `<th>${h}</th>`).join('\n')}\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1–3</td>\n</tr>\n</tbody>`;

describe('tableLabel', () => {
  test('names the table by the headings of its first row', () => {
    expect(tableLabel(table(['Weeks', 'Focus', 'Sets and reps']))).toBe('Table: Weeks, Focus, Sets and reps');
  });

  test('reads markup and character references as the words a reader sees', () => {
    expect(tableLabel(table(['<strong>Load</strong>', 'Sets &#x26; reps', 'Rest&nbsp;(min)', '&lt;8 weeks']))).toBe('Table: Load, Sets & reps, Rest (min), <8 weeks');
  });

  test('reads past a heading’s attributes, such as an aligned column’s class', () => {
    expect(tableLabel('<thead><tr><th>Exercise</th><th class="align-center">Sets</th><th scope="col" class="align-right">Load</th></tr></thead>')).toBe('Table: Exercise, Sets, Load');
  });

  test('names the section first when it has one, so tables with the same columns differ', () => {
    expect(tableLabel(table(['Day', 'Running', 'Lifting']), 'Four run days')).toBe('Four run days, table: Day, Running, Lifting');
    expect(tableLabel('', 'Five run days')).toBe('Five run days, table');
  });

  test('is plain “Table” when the table has no headings', () => {
    expect(tableLabel('<tbody><tr><td>a</td><td>b</td></tr></tbody>')).toBe('Table');
    expect(tableLabel('')).toBe('Table');
  });

  test('gives back any heading text it was given, once escaped', () => {
    const heading = fc.string({ minLength: 1, unit: 'grapheme' }).map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean);
    fc.assert(
      fc.property(fc.array(heading, { minLength: 1, maxLength: 5 }), (headings) => {
        expect(tableLabel(table(headings.map(escapeHtml)))).toBe(`Table: ${headings.join(', ')}`);
      }),
    );
  });
});
