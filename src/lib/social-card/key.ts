import { cacheFile, contentHash } from '../file-cache';
import { cardArtLayers, titleSize, type CardArt, type SocialCard } from './card';

/**
 * Names each card's file in the cache `dir` after everything that shapes its
 * pixels: the card, its picture's layers, its title's size, and `drawing` (the frame, layout,
 * fonts and renderer every card shares). The layers are long SVGs shared by
 * many cards, so each picture's are read once and stood for by a short id;
 * serialising them for every card cost more than a second of a large build.
 * @example const cardFile = cardFiles('.cache/social-cards', { frame, fonts }); cardFile(card) // '.cache/social-cards/3f…9a.png'
 */
export function cardFiles(dir: string, drawing: unknown): (card: SocialCard) => string {
  const shared = contentHash(drawing);
  const pictures = new Map<string, string>();
  const picture = (art: CardArt) => {
    const id = JSON.stringify(art);
    let hash = pictures.get(id);
    if (!hash) pictures.set(id, (hash = contentHash(cardArtLayers(art))));
    return hash;
  };
  return (card) => cacheFile(dir, { shared, picture: picture(card.art), size: titleSize(card.title), card });
}
