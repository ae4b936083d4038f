// "for an undisclosed fee", "an unspecified amount": the sum or place exists, and the parties
// kept it back.
import { LEX } from '../../lexicon/non-answers';
import type { NonAnswerClass } from '../../phrases/non-answer-matches';

export const cls: NonAnswerClass = {
  id: 'undisclosed-amount',
  rule: 'refused-or-evaded',
  subtype: 'refused_or_evaded',
  description: 'An amount, fee or place that was not disclosed.',
  parts: [
    { name: 'a', words: ['an', 'a', 'the', 'some'] },
    { name: 'undisclosed', words: LEX.undisclosed },
    { name: 'kind', words: ['financial', 'cash', 'six-figure', 'seven-figure', 'eight-figure', 'nine-figure', 'additional', 'further'], optional: true },
    { name: 'thing', words: LEX.undisclosedThing },
  ],
  trigger: 'undisclosed',
  examples: [
    { text: 'He joined the club for an undisclosed fee.', match: 'an undisclosed fee' },
    { text: 'The lander can return an unspecified amount of cargo.', match: 'an unspecified amount' },
  ],
  counterExamples: [
    'The patient had an unspecified medical condition.',
  ],
};
