// What the toolbar badge says for a page: the article's score on a colour band, or nothing at all.
// Empty (not "0" or "?") on pages that are not articles or cannot be scored, so the badge never looks
// like a verdict about a page that was not judged. Pure, so tests can import it.
import type { PageReport, Score } from '../core/types';

/** Dark enough for white text at badge size in both browsers' toolbars. */
export const BAND_COLOURS: Record<Score['band'], string> = {
  high: '#1a7f37',
  medium: '#9a6700',
  low: '#b91c1c',
};

export function badgeFor(page: PageReport | null): { text: string; colour: string | null } {
  const score = page?.isArticle ? page.report?.score : null;
  if (!score) return { text: '', colour: null };
  return { text: String(Math.round(score.value)), colour: BAND_COLOURS[score.band] };
}
