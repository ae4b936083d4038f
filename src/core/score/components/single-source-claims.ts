import type { ScoreRule } from '../component';
import { ids, plural } from '../facts';

export const POINTS_PER_SINGLE_SOURCE = -2;
export const SINGLE_SOURCE_CAP = -8;

// S6: seek more than one source. A claim carried by exactly one unnamed person cannot be
// corroborated by the reader at all. Follow-ups are the same person again, not a new claim basis.
export const singleSourceClaims: ScoreRule = {
  id: 'single-source-claims',
  label: 'Claims on a single unnamed source',
  standards: ['S6'],
  evaluate(facts) {
    const single = facts.anonymousSources.filter(
      (f) => f.details.count === 1 && f.subtype !== 'vague_attribution');
    if (single.length === 0) return null;
    return {
      points: Math.max(SINGLE_SOURCE_CAP, single.length * POINTS_PER_SINGLE_SOURCE),
      detail: `${plural(single.length, 'claim')} ${single.length === 1 ? 'rests' : 'rest'} on a single unnamed source.`,
      findingIds: ids(single),
    };
  },
};
