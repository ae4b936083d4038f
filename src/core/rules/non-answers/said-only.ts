// "the prime minister said only:", "merely said that it was a step change", "would say only that
// talks continue": an answer pointedly limited to one line.
import type { NonAnswerClass } from '../../phrases/non-answer-matches';

export const cls: NonAnswerClass = {
  id: 'said-only',
  rule: 'refused-or-evaded',
  subtype: 'refused_or_evaded',
  description: 'The subject said only one thing in reply.',
  parts: [
    { name: 'said-only', words: [
        'said only', 'says only', 'only said', 'merely said', 'merely says', 'would say only', 'would only say', 'will say only',
        'will only say', 'replied only', 'responded only', 'answered only', 'offered only'
      ] },
  ],
  trigger: 'said-only',
  followedBy: '(?:\\s*[,:“"]|\\s+that\\b)',
  examples: [
    { text: 'Pressed on the budget, the minister said only: “The plan is working.”', match: 'said only' },
    { text: 'The chief product officer merely said that it was a big change.', match: 'merely said' },
  ],
  counterExamples: [
    'She said only the first line of the poem.',
  ],
};
