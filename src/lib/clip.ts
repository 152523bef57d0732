/**
 * Text cut to at most `max` characters at a word's end, with an ellipsis
 * when anything was cut, so a description never ends mid-word.
 * @example clip('Strength for runners who race', 20) // 'Strength for…'
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, max);
  const end = room.search(/\s+\S*$/);
  return `${(end > 0 ? room.slice(0, end) : room.slice(0, max - 1)).replace(/[\s,;:.–-]+$/, '')}…`;
}
