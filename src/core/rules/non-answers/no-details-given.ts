// "No details were provided on how", "no reason was given for the delay", "no timeline has been
// offered": withheld information with "no" and a passive.
import type { NonAnswerClass } from '../../phrases/non-answer-matches';
import { LEX } from '../../lexicon/non-answers';

export const cls: NonAnswerClass = {
  id: 'no-details-given',
  rule: 'refused-or-evaded',
  subtype: 'refused_or_evaded',
  description: 'No details, reason or date was given.',
  parts: [
    { name: 'no', words: ['no'] },
    { name: 'kind', words: [
        'further', 'more', 'other', 'additional', 'official', 'specific', 'precise', 'exact', 'public', 'clear', 'release',
        'launch', 'start', 'opening', 'firm', 'new'
      ], optional: true },
    { name: 'what', words: [
        'details', 'detail', 'information', 'reason', 'reasons', 'explanation', 'timeline', 'timetable', 'date', 'figures',
        'figure', 'breakdown', 'names', 'name', 'specifics', 'estimate', 'price', 'cost', 'motive', 'update'
      ] },
    { name: 'of', pattern: '(?:of|for|on|about)\\s+[^,.;:()]{2,40}?', optional: true },
    { name: 'aux', words: [
        'was', 'were', 'has been', 'have been', 'had been', 'was immediately', 'were immediately', 'has yet been',
        'have yet been', 'has so far been', 'was yet'
      ] },
    { name: 'given', words: [
        'given', 'provided', 'offered', 'released', 'disclosed', 'announced', 'made available', 'revealed', 'published',
        'forthcoming', 'shared', 'specified'
      ] },
  ],
  trigger: 'given',
  examples: [
    { text: 'No details were provided on how the targets would be met.', match: 'No details were provided' },
    { text: 'No reason was given for the delay.', match: 'No reason was given' },
    { text: 'No date for the sequel has yet been announced.', match: 'No date for the sequel has yet been announced' },
  ],
  counterExamples: [
    'No details were missing from the report.',
    'No one was given a ticket.',
  ],
};
