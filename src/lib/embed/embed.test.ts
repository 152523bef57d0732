import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { EMBED_SANDBOX, embedTheme, embedUrl, iframeSnippet, isSlug, scriptSnippet } from './embed';

describe('embedTheme', () => {
  test.each(['light', 'dark', 'auto'])('keeps %s', (theme) => expect(embedTheme(theme)).toBe(theme));
  test.each(['', 'Dark', '<script>alert(1)</script>', '" onload="x', 'javascript:alert(1)', null, undefined, ['dark']])('falls back to auto for %j', (value) => {
    expect(embedTheme(value)).toBe('auto');
  });
});

describe('isSlug', () => {
  test('accepts slugs and refuses anything that could leave a path segment', () => {
    expect(isSlug('split-squat')).toBe(true);
    for (const bad of ['', '../admin', 'a/b', '"><script>', 'Split', 'a--b', '-a', 'x'.repeat(81), 42]) expect(isSlug(bad), String(bad)).toBe(false);
  });
});

describe('snippets', () => {
  const origin = 'https://carryover.example';

  test('the iframe snippet is one sandboxed iframe with a title and a fixed fallback height', () => {
    const { document } = parseHTML(`<body>${iframeSnippet(origin, 'split-squat', 'Split "squat" <b>', 'Carry & "over"')}</body>`);
    const frame = document.querySelector('iframe')!;
    expect(document.querySelectorAll('iframe').length).toBe(1);
    expect(document.querySelectorAll('script, b').length).toBe(0);
    expect(frame.getAttribute('src')).toBe('https://carryover.example/embed/exercises/split-squat/');
    expect(frame.getAttribute('title')).toBe('Split "squat" <b>: exercise card from Carry & "over"');
    expect(frame.getAttribute('sandbox')).toBe(EMBED_SANDBOX);
    expect(frame.getAttribute('height')).toBe('560');
  });

  test('the script snippet is a placeholder and the host script', () => {
    const { document } = parseHTML(`<body>${scriptSnippet(origin, 'split-squat')}</body>`);
    expect(document.querySelector('div')!.getAttribute('data-carryover-exercise')).toBe('split-squat');
    expect(document.querySelector('script')!.getAttribute('src')).toBe('https://carryover.example/embed.js');
  });

  test('a theme other than auto travels in the URL', () => {
    expect(embedUrl(origin, 'a', 'dark')).toBe('https://carryover.example/embed/exercises/a/?theme=dark');
  });
});
