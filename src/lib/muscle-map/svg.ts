import type { Muscle } from '../vocabulary';
import { highlight, OUTLINE } from './regions';

export interface MapColours {
  background: string;
  body: string;
  outline: string;
  muscle: string;
}

const VIEW_BOX = { x: -5, y: -2, width: 220, height: 194 } as const;

const document = (shapes: string, width: number, height: number) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${VIEW_BOX.x} ${VIEW_BOX.y} ${VIEW_BOX.width} ${VIEW_BOX.height}">${shapes}</svg>`;

function bodyShapes(colours: MapColours): string {
  const views = [OUTLINE(0), OUTLINE(110)]
    .map(
      (view) =>
        `<circle cx="${view.head[0]}" cy="${view.head[1]}" r="${view.head[2]}"/>${view.parts.map(([x, y, w, h, r]) => `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${r}"/>`).join('')}`,
    )
    .join('');
  const { x, y, width, height } = VIEW_BOX;
  return `<rect x="${x}" y="${y}" width="${width}" height="${height}" fill="${colours.background}"/><g fill="${colours.body}" stroke="${colours.outline}" stroke-width="0.8">${views}</g>`;
}

/** One shape group per highlighted muscle, in drawing order (secondary under primary). */
function regionShapes(primary: readonly Muscle[], secondary: readonly Muscle[], colours: MapColours): string[] {
  return highlight(primary, secondary).map(
    ({ role, shapes }) =>
      `<g fill="${colours.muscle}"${role === 'secondary' ? ` fill-opacity="0.35" stroke="${colours.muscle}" stroke-dasharray="2 1.5"` : ''}>${shapes
        .map(([cx, cy, rx, ry]) => `<ellipse cx="${cx}" cy="${cy}" rx="${rx}" ry="${ry}"/>`)
        .join('')}</g>`,
  );
}

/**
 * The muscle map as a standalone SVG document with fixed colours, for
 * images made at build time (oEmbed thumbnails, social cards). No text, so
 * it renders the same on every machine.
 */
export function muscleMapSvg(primary: readonly Muscle[], secondary: readonly Muscle[], colours: MapColours, width = 420, height = 380): string {
  return document(bodyShapes(colours) + regionShapes(primary, secondary, colours).join(''), width, height);
}

/**
 * The same map as layers of one size to draw in order: the bare body, then
 * one layer per highlighted muscle. A muscle's layer is the same string on
 * every map, so a renderer can rasterise it once and reuse it.
 */
export function muscleMapLayers(primary: readonly Muscle[], secondary: readonly Muscle[], colours: MapColours, width = 420, height = 380): string[] {
  return [bodyShapes(colours), ...regionShapes(primary, secondary, colours)].map((shapes) => document(shapes, width, height));
}
