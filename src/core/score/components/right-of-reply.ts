import type { ScoreRule } from '../component';
import { ids, plural } from '../facts';
import { findDoubleRoles } from './double-roles';

export const POINTS_PER_IDENTIFIED_REPLY = 2;
export const POINTS_PER_UNIDENTIFIED_REPLY = 1;
export const RIGHT_OF_REPLY_CAP = 4;

// S10: "declined to comment" means the subject was asked, which is fair practice, not a failing.
// It never costs; a small, capped credit, more when the article says precisely who did not answer.
// A decline contradicted by the same organisation speaking anonymously (S7) earns nothing.
export const rightOfReply: ScoreRule = {
  id: 'right-of-reply',
  label: 'Subjects asked for comment',
  standards: ['S10'],
  evaluate(facts) {
    const replies = facts.nonAnswers;
    if (replies.length === 0) return null;
    const contradicted = new Set(findDoubleRoles(replies, facts.anonymousMentions).flatMap((r) => r.nonAnswerIds));
    const credited = replies.filter((f) => !contradicted.has(f.id));
    const identified = credited.filter((f) => f.details.whoKind !== 'unknown').length;
    const raw = identified * POINTS_PER_IDENTIFIED_REPLY
      + (credited.length - identified) * POINTS_PER_UNIDENTIFIED_REPLY;
    return {
      points: Math.min(RIGHT_OF_REPLY_CAP, raw),
      detail: `${plural(replies.length, 'request')} for comment ${replies.length === 1 ? 'is' : 'are'} reported ` +
        `(${identified} saying who did not answer): the subject was given a chance to reply.`,
      findingIds: ids(credited),
    };
  },
};
