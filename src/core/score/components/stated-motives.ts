import type { ScoreRule } from '../component';
import { ids, plural } from '../facts';
import { confidentialSources } from './confidential';

export const POINTS_PER_MOTIVE = 1;
export const MOTIVES_CAP = 3;

// S3: knowing that a source "opposes the plan" lets the reader weigh the claim; a plus, not a duty,
// so it only ever adds and stays small.
export const statedMotives: ScoreRule = {
  id: 'stated-motives',
  label: "Sources' motives stated",
  standards: ['S3'],
  evaluate(facts) {
    const sources = confidentialSources(facts.anonymousSources);
    const withMotive = sources.filter((f) => f.details.motive !== null);
    if (withMotive.length === 0) return null;
    return {
      points: Math.min(MOTIVES_CAP, withMotive.length * POINTS_PER_MOTIVE),
      detail: `${withMotive.length} of ${plural(sources.length, 'anonymous source')} come with a stated allegiance or motive.`,
      findingIds: ids(withMotive),
    };
  },
};
