/**
 * Text with its first letter in capitals, to open a sentence.
 * @example sentenceStart('deload week') // 'Deload week'
 */
export function sentenceStart(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
