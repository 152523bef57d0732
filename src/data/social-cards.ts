import { join } from 'node:path';
import sharp from 'sharp';
import { cacheDir } from '../lib/build-dirs';
import type { Exercise } from '../lib/exercise';
import { cached } from '../lib/file-cache';
import { pluralize } from '../lib/plural';
import { readingMinutes } from '../lib/reading-time';
import { cardFrameSvg, CARD_SIZE, TEXT_LAYOUT, type SocialCard } from '../lib/social-card/card';
import { cardFiles } from '../lib/social-card/key';
import { FONT_FILES, renderSocialCard } from '../lib/social-card/render';
import { SHAPER_VERSION } from '../lib/social-card/text';
import { sharedCardWriter } from '../lib/social-card/writer';
import { tagLabel } from '../lib/tags';
import { MUSCLES, PATTERNS, PHASES, type Muscle, type Phase } from '../lib/vocabulary';
import { site } from '../site';
import { guideWords, type GuideEntry } from './content';
import { getPlanRules } from './plan-rules';

/** A page's social image: its URL path, size and a description for `og:image:alt`. */
export interface SocialImage {
  path: string;
  width: number;
  height: number;
  alt: string;
}

// Bump when render.ts, text.ts or png.ts changes how it draws; the layout data, the SVGs, the shaper and the zlib that compresses them are in the key already.
const RENDERER = 7;

const cardFile = cardFiles(join(cacheDir(process.env), 'social-cards'), { RENDERER, frame: cardFrameSvg(), layout: TEXT_LAYOUT, fonts: FONT_FILES, sharp: sharp.versions, harfbuzz: SHAPER_VERSION, zlib: process.versions.zlib });

function image(path: string, card: SocialCard): SocialImage {
  // In a build the social-cards integration has started a writer, which draws the card now and writes it out at the end.
  sharedCardWriter()?.want(path, cardFile(card), card);
  return { path, ...CARD_SIZE, alt: `${card.kind}: ${card.title}. ${card.subtitle}` };
}

export function guideCard(guide: GuideEntry, exerciseBySlug: ReadonlyMap<string, Exercise>): SocialCard {
  const muscles = new Set<Muscle>(guide.data.exercises.flatMap((ref) => exerciseBySlug.get(ref.id)?.primaryMuscles ?? []));
  return {
    kind: 'Guide',
    title: guide.data.title,
    subtitle: `${readingMinutes(guideWords(guide))} min read · ${guide.data.tags.map(tagLabel).join(', ')}`,
    siteName: site.name,
    art: { type: 'muscles', primary: [...muscles].sort(), secondary: [] },
  };
}

export function exerciseCard(exercise: Exercise): SocialCard {
  return {
    kind: 'Exercise',
    title: exercise.name,
    subtitle: `${PATTERNS[exercise.pattern]} · ${exercise.primaryMuscles.map((m) => MUSCLES[m].toLowerCase()).join(', ')}`,
    siteName: site.name,
    art: { type: 'muscles', primary: exercise.primaryMuscles, secondary: exercise.secondaryMuscles },
  };
}

export function phaseCard(phase: Phase): SocialCard {
  const { sessionsPerWeek } = getPlanRules().phases[phase];
  return {
    kind: 'Plan template',
    title: `${PHASES[phase]} strength template`,
    subtitle: `Day A and Day B · ${pluralize(sessionsPerWeek, 'session')} a week`,
    siteName: site.name,
    art: { type: 'phase', phase },
  };
}

export function siteCard(): SocialCard {
  return { kind: 'Strength for runners', title: site.name, subtitle: site.tagline, siteName: site.name, art: { type: 'pattern', pattern: 'single-leg' } };
}

/** Each page's social image: written by the social-cards integration in a build, served by `src/dev-routes/og/` in dev. */
export const socialImage = {
  guide: (guide: GuideEntry, exerciseBySlug: ReadonlyMap<string, Exercise>) => image(`/og/guides/${guide.id}.png`, guideCard(guide, exerciseBySlug)),
  exercise: (exercise: Exercise) => image(`/og/exercises/${exercise.slug}.png`, exerciseCard(exercise)),
  phase: (phase: Phase) => image(`/og/plan/${phase}.png`, phaseCard(phase)),
  site: () => image('/og/site.png', siteCard()),
};

/** A card as a PNG response for the dev server, drawn once per distinct card and then read from the cache. */
export async function socialCardResponse(card: SocialCard): Promise<Response> {
  const png = await cached(cardFile(card), () => renderSocialCard(card));
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
}
