// Adapter to the in-page explanation cards (src/content/card/, the UI engineer's area): the cards
// read the current targets lazily, so a re-analysis needs no re-install.
import type { HighlightTarget } from './analyse-page';
import { installCards, type Cards } from './card/index';

export type { Cards };

export function installCardsFor(targets: () => HighlightTarget[], signal: AbortSignal): Cards {
  return installCards({ targets, signal });
}
