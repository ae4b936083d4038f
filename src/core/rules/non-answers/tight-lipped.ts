// "remained tight-lipped about the deal", "is still a little cagey on the details", "kept quiet
// about the fee": the subject keeps back what it knows.
import { LEX } from '../../lexicon/non-answers';
import type { NonAnswerClass } from '../../phrases/non-answer-matches';
import { SUBJECT_IS_NOT_A_SPEAKER } from './parts';

export const cls: NonAnswerClass = {
  id: 'tight-lipped',
  rule: 'refused-or-evaded',
  subtype: 'refused_or_evaded',
  description: 'The subject stayed tight-lipped, cagey or silent on the question.',
  parts: [
    { name: 'be', words: [
        'is', 'was', 'are', 'were', 'has been', 'have been', 'had been', 'remained', 'remains', 'remain', 'stayed', 'stays',
        'kept', 'keeps', 'keeping', 'remaining', 'staying', 'been', 'be'
      ] },
    { name: 'still', words: ['still', 'also', 'largely', 'notably', 'conspicuously', 'publicly'], optional: true },
    { name: 'degree', words: ['a little', 'a bit', 'somewhat', 'rather', 'fairly', 'very', 'relatively', 'more', 'so', 'equally'], optional: true },
    { name: 'tight-lipped', words: LEX.tightLipped },
    { name: 'about', words: ['on', 'about', 'over', 'regarding', 'as to', 'when asked'] },
  ],
  trigger: 'tight-lipped',
  unless: [
    SUBJECT_IS_NOT_A_SPEAKER,
    { why: '"quiet" and "vague" need a keeping verb: "was quiet about his illness" is temperament', span: /^(?:is|was|are|were|has been|have been|had been|been|be)\s+(?:\w+\s+){0,2}(?:quiet|vague)\b/i },
  ],
  examples: [
    { text: 'The carmaker remained tight-lipped about the new model.', match: 'remained tight-lipped about' },
    { text: 'The app maker is still a little cagey on the details.', match: 'is still a little cagey on' },
    { text: 'The club has kept quiet about the fee.', match: 'kept quiet about' },
  ],
  counterExamples: [
    'The law is silent on the question of drones.',
    'The stadium was silent as the minute’s applause ended.',
  ],
};
