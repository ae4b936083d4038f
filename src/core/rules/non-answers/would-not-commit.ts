// "wouldn't commit to a date", "declined to commit to staying", "refused to be pinned down on the
// timing": the subject kept the answer open.
import { LEX } from '../../lexicon/non-answers';
import type { NonAnswerClass } from '../../phrases/non-answer-matches';
import { MANNER, SUBJECT_IS_NOT_A_SPEAKER } from './parts';

export const cls: NonAnswerClass = {
  id: 'would-not-commit',
  rule: 'refused-or-evaded',
  subtype: 'refused_or_evaded',
  description: 'The subject would not commit to an answer or be pinned down.',
  parts: [
    { name: 'negation', words: [...LEX.notDone, ...LEX.wouldNot, 'refused to', 'declined to', 'refuses to', 'declines to', 'refusing to', 'declining to'] },
    MANNER,
    { name: 'commit', words: [
        'commit to', 'commit on', 'be pinned down on', 'be pinned down', 'be tied down on', 'be tied down to', 'put a date on',
        'put a figure on', 'put a number on', 'put a timeline on', 'put a timescale on'
      ] },
    { name: 'what', pattern: "(?:\\s+[\\w'-]+){1,5}", glued: true, optional: true },
  ],
  trigger: 'commit',
  unless: [SUBJECT_IS_NOT_A_SPEAKER],
  examples: [
    { text: 'The chief executive wouldn’t commit to a launch date.', match: 'wouldn’t commit to a launch date' },
    { text: 'She refused to be pinned down on the timing of the vote.', match: 'refused to be pinned down on the timing' },
  ],
  counterExamples: [
    'The club committed to a new stadium in 2019.',
  ],
};
