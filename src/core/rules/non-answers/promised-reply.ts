// "said it would respond shortly to a request for comment", "said it would reply in due course":
// an answer promised for later is no answer now.
import type { NonAnswerClass } from '../../phrases/non-answer-matches';
import { CLAUSE_END, OUTLET_POSSESSIVE } from './parts';

const LATER = '(?:shortly|later|soon|in\\s+due\\s+course|at\\s+a\\s+later\\s+date|in\\s+time|when\\s+(?:it|he|she|they)\\s+(?:could|can))';
const TO_A_REQUEST = `to\\s+(?:a|an|the|our|my|${OUTLET_POSSESSIVE})\\s+(?:\\w+\\s+)?(?:requests?|inquir(?:y|ies)|enquir(?:y|ies)|questions?|quer(?:y|ies)|emails?)`;

export const cls: NonAnswerClass = {
  id: 'promised-reply',
  rule: 'refused-or-evaded',
  subtype: 'refused_or_evaded',
  description: 'The subject promised an answer later instead of giving one.',
  parts: [
    { name: 'said', words: ['said', 'says', 'promised', 'pledged'] },
    { name: 'who', words: ['it', 'he', 'she', 'they', 'the company', 'the club', 'the ministry', 'the department'] },
    { name: 'would', words: ['would', 'will'] },
    { name: 'reply', words: [
        'respond', 'reply', 'comment', 'get back to us', 'get back to reporters', 'answer', 'provide a response',
        'provide comment', 'issue a statement', 'issue a response'
      ] },
    { name: 'later', pattern: `[“"]?${LATER}[”"]?`, optional: true },
    { name: 'to-a-request', pattern: TO_A_REQUEST, optional: true },
    { name: 'later-2', pattern: LATER, optional: true },
  ],
  trigger: 'reply',
  // Neither a "later" nor a request after the verb: "said it would respond" alone is a plan, not a deferral.
  unless: [{ why: 'a bare promise to respond is a plan, not a deferred answer', span: /(?:respond|reply|comment|answer|us|reporters|response|statement)$/ }],
  followedBy: `(?:${CLAUSE_END}|\\s+(?:for|on|about|regarding|from|seeking)\\b)`,
  examples: [
    { text: 'The airline said it would respond shortly to a request for comment on the delay.', match: 'said it would respond shortly to a request for comment' },
    { text: 'A fourth council said it would reply “in due course”.', match: 'said it would reply “in due course”' },
    { text: 'The agency said it would respond to The Ledger’s questions later.', match: 'said it would respond to The Ledger’s questions later' },
  ],
  counterExamples: [
    'The company said it would announce results next week.',
    'The minister said she would respond to the report’s recommendations in the spring.',
    'The firm said it would respond to the lawsuit in court.',
  ],
};
