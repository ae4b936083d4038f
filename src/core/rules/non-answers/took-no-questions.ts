// "did not take questions", "took no questions", "refused to take questions": the subject spoke but
// allowed no questions.
import type { NonAnswerClass } from '../../phrases/non-answer-matches';
import { LEX } from '../../lexicon/non-answers';

export const cls: NonAnswerClass = {
  id: 'took-no-questions',
  rule: 'refused-or-evaded',
  subtype: 'refused_or_evaded',
  description: 'The subject took no questions.',
  parts: [
    { name: 'refused', words: [...LEX.notDone, ...LEX.wouldNot, 'refused to', 'declined to', 'took no', 'takes no', 'taking no', 'answered no', 'took few', 'allowed no'] },
    { name: 'take', words: ['take', 'taking', 'answer', 'field', 'allow', 'entertain'], optional: true },
    { name: 'any', words: ['any', 'further', 'more'], optional: true },
    { name: 'from', pattern: '(?:reporters\'|journalists\')', optional: true },
    { name: 'questions', words: ['questions'] },
  ],
  trigger: 'questions',
  unless: [
    { why: '"did not answer questions" is refused-or-evaded already; "would not take questions" needs the take verb', span: /^(?:did not|didn't|has not|hasn't|have not|haven't|had not|hadn't|would not|wouldn't|will not|won't|refused to|declined to)\s+(?:any\s+|further\s+|more\s+)?questions$/i },
  ],
  examples: [
    { text: 'The president read a short statement and did not take questions.', match: 'did not take questions' },
    { text: 'She took no questions from reporters.', match: 'took no questions' },
  ],
  counterExamples: [
    'She took questions from the audience for an hour.',
  ],
};
