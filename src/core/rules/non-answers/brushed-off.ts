// "brushed Okafor off", "waved the question away", "fobbed reporters off, saying only…": a verb of
// dismissal split around whom or what it dismissed.
import type { NonAnswerClass } from '../../phrases/non-answer-matches';
import { SAYING_ONLY } from './parts';

export const cls: NonAnswerClass = {
  id: 'brushed-off',
  rule: 'refused-or-evaded',
  subtype: 'refused_or_evaded',
  description: 'The subject brushed off the questioner or the question.',
  parts: [
    { name: 'brushed', words: [
        'brushed', 'brushes', 'brushing', 'waved', 'waves', 'waving', 'fobbed', 'fobs', 'fobbing', 'batted', 'bats', 'swatted',
        'shrugged', 'shrugs', 'laughed', 'laughs'
      ] },
    { name: 'whom', pattern: "(?:him|her|them|reporters|journalists|the\\s+(?:question|questions|query|reporter|journalist|interviewer|suggestion)|questions|[A-Z][\\w'-]+(?:\\s+[A-Z][\\w'-]+)?)" },
    { name: 'off', words: ['off', 'aside', 'away'] },
    SAYING_ONLY,
  ],
  trigger: 'brushed',
  examples: [
    { text: 'But the minister brushed Okafor off, saying only that the funds were legal.', match: 'brushed Okafor off, saying only' },
    { text: 'She waved the question away.', match: 'waved the question away' },
  ],
  counterExamples: [
    'He brushed the crumbs off the table.',
    'She brushed the snow off her coat.',
  ],
};
