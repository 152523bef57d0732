import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseConfig } from '../data/config-file';
import { siteSchema } from './site';

const bundled = readFileSync(new URL('../../content/site.yaml', import.meta.url), 'utf8');
const parse = (text: string) => parseConfig(text, 'content/site.yaml', siteSchema, 'The site settings');
const messageOf = (text: string) => {
  try {
    parse(text);
    return '';
  } catch (error) {
    return (error as Error).message;
  }
};

describe('site settings', () => {
  test('the bundled settings are valid', () => {
    expect(parse(bundled)).toMatchObject({ name: 'Carryover', locale: 'en', weekStartsOn: 'monday', units: 'metric' });
  });

  test.each([
    ['name: Carryover', 'name: ""', 'content/site.yaml → name: must not be empty'],
    ['locale: en', 'locale: english!', 'content/site.yaml → locale: expected a language tag such as `en` or `en-GB`; received `"english!"`'],
    ['units: metric', 'units: stones', 'content/site.yaml → units: expected one of `metric`, `imperial`; received `"stones"`'],
    ['url: https://carryover.example', 'url: ftp://carryover.example', 'content/site.yaml → url: expected the site\'s origin'],
    ['author: The Carryover editors', 'authr: The Carryover editors', 'content/site.yaml → (top level): unknown field `authr`'],
    ['author: The Carryover editors\n', '', 'content/site.yaml → author: this field is required: expected text'],
    ['guidesPerPage: 20', 'guidesPerPage: 2', 'content/site.yaml → guidesPerPage: show at least 5 guides a page'],
    ['guidesPerPage: 20', 'guidesPerPage: 12.5', 'content/site.yaml → guidesPerPage: expected a whole number of guides'],
    ['guidesPerPage: 20', 'guidesPerPage: twenty', 'content/site.yaml → guidesPerPage: expected a number; received `"twenty"`'],
  ])('%s → %s is refused with the field named', (from, to, message) => {
    const text = bundled.replace(from, to);
    expect(text).not.toBe(bundled);
    expect(messageOf(text)).toContain(message);
  });

  test('a list page shows 20 guides unless the settings say otherwise', () => {
    expect(parse(bundled.replace(/^guidesPerPage:.*$/m, '')).guidesPerPage).toBe(20);
    expect(parse(bundled.replace('guidesPerPage: 20', 'guidesPerPage: 50')).guidesPerPage).toBe(50);
  });

  test('YAML that does not parse names the file', () => {
    expect(messageOf('name: [unclosed')).toMatch(/^content\/site\.yaml is not valid YAML/);
  });
});
