import { muscleMapLayers } from '../muscle-map/svg';
import { patternIconShapes } from '../pattern-icons';
import { PHASES, type Muscle, type Pattern, type Phase } from '../vocabulary';

/** Open Graph's recommended size; every card is exactly this. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** What a social card shows. Everything that changes its pixels is in here, so it can key a cache. */
export interface SocialCard {
  /** The kind of page, e.g. `Guide`, shown above the title. */
  kind: string;
  title: string;
  /** One short line under the title, e.g. `8 min read · posterior chain`. */
  subtitle: string;
  siteName: string;
  art: CardArt;
}

/** The picture on the right: a muscle map, a pattern icon or the season with one phase lit. */
export type CardArt =
  | { type: 'muscles'; primary: readonly Muscle[]; secondary: readonly Muscle[] }
  | { type: 'pattern'; pattern: Pattern }
  | { type: 'phase'; phase: Phase };

/** The light theme's colours (src/styles/tokens.css), fixed so cards look the same wherever they are shared. */
export const CARD_COLOURS = {
  background: '#fbfaf7',
  surface: '#ffffff',
  body: '#f1efe9',
  border: '#d6d3cb',
  text: '#1b1e1d',
  muted: '#4b524e',
  accent: '#0a6448',
} as const;

/** Where the picture sits on the card. */
export const ART_BOX = { left: 730, top: 110, width: 420, height: 400 } as const;

const artDocument = (shapes: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${ART_BOX.width}" height="${ART_BOX.height}" viewBox="0 0 ${ART_BOX.width} ${ART_BOX.height}">${shapes}</svg>`;

function patternShapes(pattern: Pattern): string {
  const scale = 12;
  const size = 24 * scale;
  const { width, height } = ART_BOX;
  return `<g transform="translate(${(width - size) / 2} ${(height - size) / 2}) scale(${scale})" fill="none" stroke="${CARD_COLOURS.accent}" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round">${patternIconShapes(pattern)}</g>`;
}

function seasonShapes(lit: Phase): string {
  const c = CARD_COLOURS;
  const { width, height } = ART_BOX;
  const phases = Object.keys(PHASES) as Phase[];
  const gap = 16;
  const bar = (width - 40 - gap * (phases.length - 1)) / phases.length;
  return phases
    .map((phase, i) => {
      const on = phase === lit;
      const barHeight = on ? 260 : 150;
      return `<rect x="${20 + i * (bar + gap)}" y="${height - 40 - barHeight}" width="${bar}" height="${barHeight}" rx="10" fill="${on ? c.accent : c.body}" stroke="${on ? c.accent : c.border}" stroke-width="2"/>`;
    })
    .join('');
}

/**
 * The picture as SVG layers the size of its box, drawn in order: the muscle
 * map as its bare body and then one layer per highlighted muscle (so each
 * layer is shared by many cards), or the pattern icon or the season (five
 * bars, the card's phase lit) as one layer.
 */
export function cardArtLayers(art: CardArt): string[] {
  if (art.type === 'pattern') return [artDocument(patternShapes(art.pattern))];
  if (art.type === 'phase') return [artDocument(seasonShapes(art.phase))];
  const c = CARD_COLOURS;
  const maps = muscleMapLayers(art.primary, art.secondary, { background: c.surface, body: c.body, outline: c.border, muscle: c.accent }, ART_BOX.width - 40, ART_BOX.height - 40);
  return maps.map((map) => artDocument(`<g transform="translate(20 20)">${map}</g>`));
}

/**
 * What every card shares: the background, the picture's frame and the
 * accent bar. Drawn once per build. No text: words are set separately with a
 * bundled font, because an SVG renderer would pick whatever fonts the
 * machine has and the bytes would differ between machines.
 */
export function cardFrameSvg(): string {
  const { width, height } = CARD_SIZE;
  const c = CARD_COLOURS;
  const box = ART_BOX;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<rect width="${width}" height="${height}" fill="${c.background}"/>
<rect x="${box.left}" y="${box.top}" width="${box.width}" height="${box.height}" rx="24" fill="${c.surface}" stroke="${c.border}" stroke-width="2"/>
<rect y="${height - 14}" width="${width}" height="14" fill="${c.accent}"/>
</svg>`;
}

/** Where each line of text goes, and how it is set. */
export const TEXT_LAYOUT = {
  siteName: { left: 72, top: 64, width: 600, size: 30, weight: 'bold', colour: CARD_COLOURS.accent },
  kind: { left: 72, top: 150, width: 600, size: 26, weight: 'bold', colour: CARD_COLOURS.muted },
  title: { left: 72, top: 196, width: 620, weight: 'bold', colour: CARD_COLOURS.text },
  subtitle: { left: 72, top: 520, width: 620, size: 28, weight: 'regular', colour: CARD_COLOURS.muted },
} as const;

/** Long titles get a smaller size so they stay within three lines. */
export function titleSize(title: string): number {
  if (title.length <= 28) return 72;
  if (title.length <= 48) return 60;
  return 50;
}
