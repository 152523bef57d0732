const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Text of an HTML fragment: tags dropped, character references read. */
function text(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
      if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? whole;
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A name for a table's scrolling region, from its column headings, so a
 * screen reader says which table the region holds.
 * @example tableLabel('<thead><tr><th>Weeks</th><th>Load</th></tr></thead>') // 'Table: Weeks, Load'
 */
export function tableLabel(html: string): string {
  const firstRow = /<tr[\s>][\s\S]*?<\/tr>/i.exec(html)?.[0] ?? '';
  const headings = [...firstRow.matchAll(/<th[\s>]([\s\S]*?)<\/th>/gi)].map((cell) => text(cell[1]!)).filter(Boolean);
  return headings.length > 0 ? `Table: ${headings.join(', ')}` : 'Table';
}
