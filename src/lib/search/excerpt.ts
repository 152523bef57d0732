import { decodeEntities } from '../html-entities';

/** A run of excerpt text; `mark` runs matched the query. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/**
 * Splits a Pagefind excerpt into plain text and highlighted runs. Pagefind
 * escapes page text and adds only `<mark>`; this trusts nothing else: any
 * other tag-like text stays literal text, and the caller puts each part in
 * the page with `textContent`, never as HTML.
 * @example excerptParts('Drive the <mark>hips</mark> &amp; stand') // [{ text: 'Drive the ', mark: false }, { text: 'hips', mark: true }, { text: ' & stand', mark: false }]
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<\/?mark>)/i)) {
    const tag = piece.toLowerCase();
    if (tag === '<mark>') mark = true;
    else if (tag === '</mark>') mark = false;
    else if (piece) {
      const text = decodeEntities(piece);
      const last = parts.at(-1);
      if (last && last.mark === mark) last.text += text;
      else parts.push({ text, mark });
    }
  }
  return parts;
}
