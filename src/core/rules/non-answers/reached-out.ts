// "We reached out to the agency for comment and will update this story", "The Ledger has contacted
// the club for comment.": the outlet asked, and the answer is still to come.
import type { NonAnswerClass } from '../../phrases/non-answer-matches';
import { ANSWERER, CLAUSE_END, SHORT_PHRASE } from './parts';

export const cls: NonAnswerClass = {
  id: 'reached-out',
  rule: 'no-response',
  subtype: 'no_response',
  description: 'The outlet asked the subject for comment and has had no answer yet.',
  parts: [
    { name: 'asked', words: [
        'reached out to', 'has reached out to', 'have reached out to', 'has contacted', 'have contacted', 'has approached',
        'have approached', 'has asked', 'have asked', 'has emailed', 'have emailed'
      ] },
    { name: 'who', pattern: SHORT_PHRASE, capture: 'who' },
    { name: 'for', pattern: '(?:for|seeking)\\s+(?:a\\s+)?(?:comment|response|reply|more\\s+information|further\\s+information|clarification|their\\s+side|a\\s+statement)(?:\\s+(?:on|about|regarding)\\s+[^,.;:()]{2,50}?)?' },
    { name: 'still', pattern: `(?:\\s+and\\s+will\\s+update[^.;]{0,80}|(?=${CLAUSE_END}))`, glued: true },
  ],
  trigger: 'asked',
  whoMustBe: ANSWERER,
  examples: [
    { text: 'We reached out to the agency for comment and will update this article if we hear back.', match: 'reached out to the agency for comment and will update this article if we hear back' },
    { text: 'The Ledger has contacted the club for comment.', match: 'has contacted the club for comment' },
  ],
  counterExamples: [
    'She reached out to her doctor for advice.',
    'Police have asked the public for information about the car.',
  ],
};
