// "walked away without taking questions", "left without directly addressing the allegations":
// the subject spoke, or left, and the questions stayed unanswered.
import { LEX } from '../../lexicon/non-answers';
import type { NonAnswerClass } from '../../phrases/non-answer-matches';

export const cls: NonAnswerClass = {
  id: 'without-answering',
  rule: 'refused-or-evaded',
  subtype: 'refused_or_evaded',
  description: 'The subject spoke or left without taking or answering questions.',
  parts: [
    { name: 'without', words: ['without'] },
    { name: 'manner', words: ['directly', 'specifically', 'publicly', 'ever', 'once'], optional: true },
    { name: 'answering', words: LEX.withoutDoing },
    { name: 'modifier', words: LEX.questionModifier, optional: true },
    { name: 'object', words: [
        'questions', 'question', 'queries', 'allegations', 'accusations', 'claims', 'criticism', 'criticisms', 'charges',
        'the allegations', 'the accusations', 'the claims', 'the criticism', 'the charges', 'the report', 'the reports'
      ] },
  ],
  trigger: 'answering',
  examples: [
    { text: 'The chairman read a statement and walked away without taking questions.', match: 'without taking questions' },
    { text: 'Her reply thanked staff without directly addressing the allegations.', match: 'without directly addressing the allegations' },
  ],
  counterExamples: [
    'She left without answering the door.',
    'The plan passed without addressing the shortage of nurses.',
  ],
};
