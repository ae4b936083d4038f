// "Nobody at the firm could be reached", "no one was available for comment": a negative subject
// that could not be asked at all.
import type { NonAnswerClass } from '../../phrases/non-answer-matches';
import { NEGATIVE_SUBJECT } from './nobody-replied';

export const cls: NonAnswerClass = {
  id: 'nobody-available',
  rule: 'unable-or-unavailable',
  subtype: 'unable_or_unavailable',
  description: 'Nobody for the subject could be reached or was available.',
  parts: [
    { name: 'subject', pattern: NEGATIVE_SUBJECT },
    { name: 'reachable', words: [
        'could be reached', 'could immediately be reached', 'could be contacted', 'was available', 'were available',
        'was immediately available', 'were immediately available', 'was available to comment', 'was available for comment',
        'could be reached for comment'
      ] },
  ],
  trigger: 'reachable',
  unless: [{ why: '"no one was available to help" is about help, not a question', after: /^\s+to\s+(?!comment|talk|speak|answer|respond|discuss)/ }],
  examples: [
    { text: 'Nobody at the firm could be reached on Sunday.', match: 'Nobody at the firm could be reached' },
    { text: 'No one from the embassy was available for comment.', match: 'No one from the embassy was available for comment' },
  ],
  counterExamples: [
    'No one was available to help the stranded passengers.',
  ],
};
