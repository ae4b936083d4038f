import type { ScoreRule } from '../component';
import { ids } from '../facts';
import { toPoints } from '../math';

/** Full range of the S9 share: all on the record earns +30, all anonymous costs -10. */
export const SHARE_WEIGHT = 40;
export const SHARE_OFFSET = -10;

// S9: named sources first, anonymity as a last resort. The share counts statements, follow-ups
// included, because every "the official said" is one more claim the reader cannot check.
export const onRecordShare: ScoreRule = {
  id: 'on-record-share',
  label: 'Statements on the record',
  standards: ['S9'],
  evaluate(facts) {
    const total = facts.attributedStatements;
    if (total === 0) return null;
    const named = facts.onRecord.length;
    const share = named / total;
    return {
      points: toPoints(SHARE_WEIGHT * share + SHARE_OFFSET),
      detail: `${named} of ${total} attributed statements (${Math.round(share * 100)}%) come from a named, on-the-record source.`,
      findingIds: ids(facts.anonymousMentions),
    };
  },
};
