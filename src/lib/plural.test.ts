import { expect, test } from 'vitest';
import { pluralize } from './plural';

test('one takes the singular; zero, many and fractions the plural', () => {
  expect(pluralize(1, 'week')).toBe('1 week');
  expect(pluralize(0, 'day')).toBe('0 days');
  expect(pluralize(2, 'session')).toBe('2 sessions');
  expect(pluralize(1.5, 'minute')).toBe('1.5 minutes');
});
