import type { ScoreRule } from '../component';
import { SOURCE_WEIGHT } from '../source-weight';

export const ANONYMOUS_LEAD_POINTS = -4;
const QUOTE_LIMIT = 60;

// S5: do not lead with an anonymous source. "First" is by position in the text, across anonymous
// mentions and on-the-record attributions alike.
export const anonymousLead: ScoreRule = {
  id: 'anonymous-lead',
  label: 'Leads with an unnamed source',
  standards: ['S5'],
  evaluate(facts) {
    // Leading with "analysts say" or a witness is ordinary; S5 is about leading on a hidden source.
    const firstAnonymous = facts.anonymousMentions[0];
    if (!firstAnonymous || SOURCE_WEIGHT[firstAnonymous.subtype] < 1) return null;
    const firstOnRecord = Math.min(...facts.onRecord.map((a) => a.start));
    if (firstOnRecord < firstAnonymous.start) return null;
    const quote = firstAnonymous.text.length > QUOTE_LIMIT
      ? `${firstAnonymous.text.slice(0, QUOTE_LIMIT - 1)}…` : firstAnonymous.text;
    return {
      points: ANONYMOUS_LEAD_POINTS,
      detail: `The first attributed statement rests on an unnamed source ("${quote}").`,
      findingIds: [firstAnonymous.id],
    };
  },
};
