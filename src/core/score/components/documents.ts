import type { ScoreRule } from '../component';
import { distinctNames, plural } from '../facts';

export const POINTS_PER_DOCUMENT = 2;
export const DOCUMENTS_CAP = 6;

// S11 (and S9): a cited document ("court filings", "a letter reviewed by") is a source the reader
// could in principle look up.
export const documents: ScoreRule = {
  id: 'documents',
  label: 'Documents cited',
  standards: ['S11', 'S9'],
  evaluate(facts) {
    const count = distinctNames(facts.onRecord.filter((a) => a.kind === 'document')).length;
    if (count === 0) return null;
    return {
      points: Math.min(DOCUMENTS_CAP, count * POINTS_PER_DOCUMENT),
      detail: `${plural(count, 'document')} ${count === 1 ? 'is' : 'are'} cited as a source.`,
      findingIds: [],
    };
  },
};
