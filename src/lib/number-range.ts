/**
 * A number or a range as the rules write them, `8`, `7–8` or `4+`, as
 * [low, high]; `+` has no top. Undefined for anything else (`—`, `30 s`).
 * @example numberRange('7–8') // [7, 8]
 * @example numberRange('4+') // [4, Infinity]
 */
export function numberRange(text: string): [number, number] | undefined {
  const match = /^(\d+(?:\.\d+)?)(?:\s*[–-]\s*(\d+(?:\.\d+)?)|(\+))?$/.exec(text.trim());
  if (!match) return undefined;
  const low = Number(match[1]);
  return [low, match[3] ? Infinity : match[2] !== undefined ? Number(match[2]) : low];
}
