import type { ScoreRule } from '../component';
import { findDoubleRoles } from './double-roles';

// S7: if an organisation "declined to comment" while its own people speak anonymously in the same
// article, the reader is told two different stories about who talked. Flagged at 0 points: a
// non-answer must never lower the score (S10 wins), so the cost is that these declines earn no
// right-of-reply credit (see right-of-reply.ts).
export const declinedAndAnonymous: ScoreRule = {
  id: 'declined-and-anonymous',
  label: 'Declines on record, talks off record',
  standards: ['S7'],
  evaluate(facts) {
    const roles = findDoubleRoles(facts.nonAnswers, facts.anonymousMentions);
    const first = roles[0];
    if (!first) return null;
    const others = roles.length > 1 ? ` and ${roles.length - 1} more` : '';
    return {
      points: 0,
      detail: `${first.organisation}${others} declined to comment yet also appear as an unnamed source, ` +
        'so those declines earn no right-of-reply credit.',
      findingIds: [...new Set(roles.flatMap((role) => [...role.nonAnswerIds, ...role.anonymousIds]))],
    };
  },
};
