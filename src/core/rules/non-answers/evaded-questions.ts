// "dodged questions about the loan", "batted away questions", "brushed off reporters' questions":
// a verb of avoidance whose object is a question.
import { LEX } from '../../lexicon/non-answers';
import type { NonAnswerClass } from '../../phrases/non-answer-matches';
import { SAYING_ONLY, SUBJECT_IS_NOT_A_SPEAKER } from './parts';

export const cls: NonAnswerClass = {
  id: 'evaded-questions',
  rule: 'refused-or-evaded',
  subtype: 'refused_or_evaded',
  description: 'The subject dodged, sidestepped or brushed off questions.',
  parts: [
    { name: 'evade', words: LEX.evade },
    { name: 'modifier', words: LEX.questionModifier, optional: true },
    { name: 'modifier-2', words: LEX.questionModifier, optional: true },
    { name: 'question', words: LEX.question },
    // Whole words only, so the highlight never stops mid-word.
    { name: 'about', pattern: "(?:about|on|over|regarding|concerning|from|as\\s+to)(?:\\s+[\\w'-]+){1,5}", optional: true },
    SAYING_ONLY,
  ],
  trigger: 'evade',
  unless: [
    SUBJECT_IS_NOT_A_SPEAKER,
    { why: '"questions of style" are topics, not questions put to the subject', after: /^\s+of\b/ },
  ],
  examples: [
    { text: 'The minister dodged questions about the loan.', match: 'dodged questions about the loan' },
    { text: 'She has repeatedly batted away questions on her finances.', match: 'batted away questions on her finances' },
    { text: 'The coach brushed off reporters’ questions after the game.', match: 'brushed off reporters’ questions' },
    { text: 'He sidestepped the question.', match: 'sidestepped the question' },
  ],
  counterExamples: [
    'The goalkeeper parried the shot and the striker dodged a tackle.',
    'He answered questions for an hour.',
    'The report ignored questions of cost.',
    'The judge dismissed the appeal.',
    'The governor avoided questions of style in his speech.',
  ],
};
