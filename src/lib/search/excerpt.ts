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
    else if (piece) append(parts, decodeEntities(piece), mark);
  }
  return parts;
}

/** Adds a run to `parts`, joining it to the last run when both are marked or both plain. */
function append(parts: ExcerptPart[], text: string, mark: boolean): void {
  if (!text) return;
  const last = parts.at(-1);
  if (last && last.mark === mark) last.text += text;
  else parts.push({ text, mark });
}

// A sentence ends in . ! or ?, perhaps inside a closing quote or bracket.
const SENTENCE_END = /[.!?]["”’)]?$/;
// Up to five words closing the sentence before, then the space before the next one.
const SENTENCE_TAIL = /^(?:\S+\s+){0,5}?\S*[.!?]["”’)]?\s+(?=\S)/;

/**
 * An excerpt that reads as sentences: Pagefind cuts a window of words from
 * the page's text (`content`), so a window that opens with the last words of
 * a sentence starts at the next one instead, and one that still starts or
 * ends inside a sentence says so with an ellipsis. Highlighted words are
 * never dropped. Unchanged when the excerpt is not found in `content`.
 * @example fitExcerpt([{ text: 'a fight. Hinges for the hamstrings', mark: false }], 'It is a fight. Hinges for the hamstrings lengthen them.') // [{ text: 'Hinges for the hamstrings …', mark: false }]
 */
export function fitExcerpt(parts: readonly ExcerptPart[], content: string | undefined): ExcerptPart[] {
  const plain = parts.map((part) => part.text).join('');
  const at = content && plain ? content.indexOf(plain) : -1;
  if (at < 0) return [...parts];
  const [first, ...rest] = parts as [ExcerptPart, ...ExcerptPart[]];
  let opening = first.text;
  let opensSentence = at === 0 || SENTENCE_END.test(content!.slice(0, at).trimEnd());
  const tail = opensSentence || first.mark ? null : SENTENCE_TAIL.exec(opening);
  if (tail) {
    opening = opening.slice(tail[0].length);
    opensSentence = true;
  }
  const fitted: ExcerptPart[] = [];
  if (!opensSentence) append(fitted, '… ', false);
  append(fitted, opening, first.mark);
  for (const part of rest) append(fitted, part.text, part.mark);
  if (at + plain.length < content!.length && !SENTENCE_END.test(plain)) append(fitted, ' …', false);
  return fitted;
}
