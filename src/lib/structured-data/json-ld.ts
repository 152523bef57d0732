/**
 * JSON for a `<script type="application/ld+json">`. JSON.stringify alone is
 * not enough inside HTML: a `</script>` in a title would end the block, so
 * the characters HTML could read as markup are written as \u escapes, which
 * JSON parsers read back as the same text.
 * @example jsonLd({ name: '</script>' }) // '{"name":"\\u003c/script\\u003e"}'
 */
export function jsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
