import { muscleMapSvg } from '../muscle-map/svg';
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

const ART = { x: 730, y: 110, width: 420, height: 400 } as const;

function artSvg(art: CardArt): string {
  const c = CARD_COLOURS;
  if (art.type === 'muscles') {
    const map = muscleMapSvg(art.primary, art.secondary, { background: c.surface, body: c.body, outline: c.border, muscle: c.accent }, ART.width - 40, ART.height - 40);
    return `<g transform="translate(${ART.x + 20} ${ART.y + 20})">${map}</g>`;
  }
  if (art.type === 'pattern') {
    const scale = 12;
    const size = 24 * scale;
    return `<g transform="translate(${ART.x + (ART.width - size) / 2} ${ART.y + (ART.height - size) / 2}) scale(${scale})" fill="none" stroke="${c.accent}" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round">${patternIconShapes(art.pattern)}</g>`;
  }
  // The season as five bars, in order; the card's phase is taller and in the accent colour.
  const phases = Object.keys(PHASES) as Phase[];
  const gap = 16;
  const bar = (ART.width - 40 - gap * (phases.length - 1)) / phases.length;
  return phases
    .map((phase, i) => {
      const lit = phase === art.phase;
      const height = lit ? 260 : 150;
      const x = ART.x + 20 + i * (bar + gap);
      const y = ART.y + ART.height - 40 - height;
      return `<rect x="${x}" y="${y}" width="${bar}" height="${height}" rx="10" fill="${lit ? c.accent : c.body}" stroke="${lit ? c.accent : c.border}" stroke-width="2"/>`;
    })
    .join('');
}

/**
 * The card without its words, as SVG. Text is drawn separately with a
 * bundled font, because an SVG renderer would pick whatever fonts the
 * machine has and the bytes would differ between machines.
 */
export function cardBackgroundSvg(card: SocialCard): string {
  const { width, height } = CARD_SIZE;
  const c = CARD_COLOURS;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<rect width="${width}" height="${height}" fill="${c.background}"/>
<rect x="${ART.x}" y="${ART.y}" width="${ART.width}" height="${ART.height}" rx="24" fill="${c.surface}" stroke="${c.border}" stroke-width="2"/>
${artSvg(card.art)}
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
