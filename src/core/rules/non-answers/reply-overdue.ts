// "had not responded by publication time", "has not replied by Friday": the press set a deadline and
// the subject let it pass.
import { LEX } from '../../lexicon/non-answers';
import type { NonAnswerClass } from '../../phrases/non-answer-matches';
import { CLAUSE_GOES_ON, MANNER, NOT_DONE } from './parts';

export const cls: NonAnswerClass = {
  id: 'reply-overdue',
  rule: 'no-response',
  subtype: 'no_response',
  description: 'The subject had not replied by a stated deadline.',
  parts: [
    NOT_DONE,
    MANNER,
    { name: 'replied', words: [
        'responded', 'replied', 'commented', 'answered', 'respond', 'reply', 'comment', 'answer', 'done so', 'got back',
        'gotten back', 'returned calls', 'returned messages', 'returned emails', 'returned requests for comment'
      ] },
    { name: 'object', pattern: '(?:to|with)\\s+[^,.;:()]{2,60}?', optional: true },
    { name: 'by', words: ['by', 'as of', 'at'] },
    { name: 'deadline', words: LEX.deadline },
  ],
  trigger: 'deadline',
  followedBy: CLAUSE_GOES_ON,
  examples: [
    { text: 'The ministry had not responded by publication time.', match: 'had not responded by publication time' },
    { text: 'Her agent said he would reply but had not done so by Friday.', match: 'had not done so by Friday' },
    { text: 'The club hadn’t replied to our questions by the time of writing.', match: 'hadn’t replied to our questions by the time of writing' },
  ],
  counterExamples: [
    'The company said it would announce results by Friday.',
    'The river had not risen by Friday, the agency said.',
  ],
};
