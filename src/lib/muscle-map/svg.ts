import type { Muscle } from '../vocabulary';
import { highlight, OUTLINE } from './regions';

export interface MapColours {
  background: string;
  body: string;
  outline: string;
  muscle: string;
}

/**
 * The muscle map as a standalone SVG document with fixed colours, for
 * images made at build time (oEmbed thumbnails, social cards). No text, so
 * it renders the same on every machine.
 */
export function muscleMapSvg(primary: readonly Muscle[], secondary: readonly Muscle[], colours: MapColours, width = 420, height = 380): string {
  const body = [OUTLINE(0), OUTLINE(110)]
    .map(
      (view) =>
        `<circle cx="${view.head[0]}" cy="${view.head[1]}" r="${view.head[2]}"/>${view.parts.map(([x, y, w, h, r]) => `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${r}"/>`).join('')}`,
    )
    .join('');
  const regions = highlight(primary, secondary)
    .map(
      ({ role, shapes }) =>
        `<g fill="${colours.muscle}"${role === 'secondary' ? ` fill-opacity="0.35" stroke="${colours.muscle}" stroke-dasharray="2 1.5"` : ''}>${shapes
          .map(([cx, cy, rx, ry]) => `<ellipse cx="${cx}" cy="${cy}" rx="${rx}" ry="${ry}"/>`)
          .join('')}</g>`,
    )
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="-5 -2 220 194"><rect x="-5" y="-2" width="220" height="194" fill="${colours.background}"/><g fill="${colours.body}" stroke="${colours.outline}" stroke-width="0.8">${body}</g>${regions}</svg>`;
}
