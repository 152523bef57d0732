import { decodeEntities } from './html-entities';

/** Text of an HTML fragment: tags dropped, character references read, spaces collapsed. */
function text(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A name for a table's scrolling region, from the section it sits in and its
 * column headings, so a screen reader says which table the region holds.
 * @example tableLabel('<thead><tr><th>Weeks</th><th>Load</th></tr></thead>') // 'Table: Weeks, Load'
 * @example tableLabel('<thead><tr><th>Day</th></tr></thead>', 'Four run days') // 'Four run days, table: Day'
 */
export function tableLabel(html: string, section?: string): string {
  const firstRow = /<tr[\s>][\s\S]*?<\/tr>/i.exec(html)?.[0] ?? '';
  const headings = [...firstRow.matchAll(/<th(?:\s[^>]*)?>([\s\S]*?)<\/th>/gi)].map((cell) => text(cell[1]!)).filter(Boolean);
  const name = section ? `${section}, table` : 'Table';
  return headings.length > 0 ? `${name}: ${headings.join(', ')}` : name;
}
