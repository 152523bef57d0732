import fc from 'fast-check';
import { expect, test } from 'vitest';
import { decodeEntities, escapeHtml } from './html-entities';

test('escapes every character that could open markup or close an attribute', () => {
  expect(escapeHtml(`<img src=x onerror="alert('x')">&`)).toBe('&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;');
  expect(escapeHtml(42)).toBe('42');
});

test('decodes numeric references and leaves unknown ones as typed', () => {
  expect(decodeEntities('&#39;a&#x27; &#8211; &bogus; &#0; &#xffffffff;')).toBe("'a' – &bogus; &#0; &#xffffffff;");
});

test('decoding undoes escaping, and escaped text holds no markup, for any text', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme' }), (text) => {
      const escaped = escapeHtml(text);
      expect(escaped).not.toMatch(/[<>"']/);
      expect(decodeEntities(escaped)).toBe(text);
    }),
  );
});
