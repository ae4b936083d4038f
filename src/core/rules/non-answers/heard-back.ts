// "We have not heard back from the council", "when they didn't hear back": the asker tells of the
// answer that never came.
import type { NonAnswerClass } from '../../phrases/non-answer-matches';
import { LEX } from '../../lexicon/non-answers';
import { ANSWERER, CLAUSE_END, CLAUSE_GOES_ON, MANNER, SHORT_PHRASE } from './parts';

export const cls: NonAnswerClass = {
  id: 'heard-back',
  rule: 'no-response',
  subtype: 'no_response',
  description: 'The asker did not hear back from the subject.',
  parts: [
    { name: 'negation', words: [...LEX.notDone, 'never'] },
    MANNER,
    { name: 'heard', words: [
        'heard back', 'hear back', 'received a response', 'received a reply', 'receive a response', 'receive a reply',
        'received an answer', 'got a response', 'got a reply', 'get a response', 'get a reply'
      ] },
    { name: 'from', pattern: `(?:\\s+from\\s+(?<who>${SHORT_PHRASE})(?=${CLAUSE_GOES_ON})|(?=${CLAUSE_END}))`, glued: true },
  ],
  trigger: 'heard',
  whoMustBe: ANSWERER,
  unless: [{ why: 'news of one’s own application or claim is a private wait, not a press question', after: /^\s*(?:about|on|regarding)\s+(?:his|her|their|my|our)\s+/ }],
  examples: [
    { text: 'We have not heard back from the council.', match: 'have not heard back from the council', who: 'the council' },
    { text: 'When they didn’t hear back, they filed a complaint.', match: 'didn’t hear back' },
  ],
  counterExamples: [
    'She has not heard back about her application.',
    'He has not heard back from the university about his application.',
  ],
};
