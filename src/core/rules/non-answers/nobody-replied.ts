// "Neither the club nor its lawyer replied", "nobody at the agency answered", "none of the firms
// responded to requests for comment": a negative or coordinated subject that did not answer.
import { LEX } from '../../lexicon/non-answers';
import { anyOf, type NonAnswerClass } from '../../phrases/non-answer-matches';
import { CLAUSE_END, MANNER, OUTLET_POSSESSIVE } from './parts';

/** The subject: "nobody (at X)", "none of X", "neither X nor Y". */
export const NEGATIVE_SUBJECT = `(?<who>${anyOf(LEX.nobody)}(?:\\s+(?:of|at|from|for|in|with|representing)\\s+[^,.;:()]{2,50}?)?|[Nn]either\\s+[^,.;:()]{2,50}?\\s+nor\\s+[^,.;:()]{2,50}?)`;

/** What may follow "replied": the clause's end, or the request it was ("to emails", "by Friday"). */
const AFTER_REPLY = `(?:${CLAUSE_END}|\\s+(?:immediately|by|before|when|despite|after|yet)\\b|\\s+to\\s+(?:(?:a|an|the|our|my|repeated|multiple|several|written|${OUTLET_POSSESSIVE})\\s+)*(?:\\w+\\s+)?(?:requests?|emails?|e-mails?|calls?|messages?|inquir(?:y|ies)|enquir(?:y|ies)|questions?|quer(?:y|ies)|voicemails?|letters?)\\b)`;

export const cls: NonAnswerClass = {
  id: 'nobody-replied',
  rule: 'no-response',
  subtype: 'no_response',
  description: 'Nobody, none or neither of those asked replied.',
  parts: [
    { name: 'subject', pattern: NEGATIVE_SUBJECT },
    { name: 'aux', words: ['has', 'have', 'had'], optional: true },
    MANNER,
    { name: 'replied', words: LEX.replied },
  ],
  trigger: 'replied',
  followedBy: AFTER_REPLY,
  examples: [
    { text: 'Neither the club nor its lawyer replied.', match: 'Neither the club nor its lawyer replied' },
    { text: 'Nobody at the agency answered when reporters called.', match: 'Nobody at the agency answered' },
    { text: 'None of the five firms responded to requests for comment.', match: 'None of the five firms responded' },
  ],
  counterExamples: [
    'No one responded to the fire alarm for ten minutes.',
    'None of the patients responded to the treatment.',
    'Neither side responded well to the heat.',
    'Nobody at the party commented on her dress.',
  ],
};
