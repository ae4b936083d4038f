// "Efforts to reach the mayor failed", "attempts to contact the firm were unsuccessful": the reporter
// tried and could not get through.
import { LEX } from '../../lexicon/non-answers';
import type { NonAnswerClass } from '../../phrases/non-answer-matches';
import { PERSON_OR_BODY, SHORT_PHRASE } from './parts';

export const cls: NonAnswerClass = {
  id: 'failed-contact',
  rule: 'unable-or-unavailable',
  subtype: 'unable_or_unavailable',
  description: 'Attempts to reach the subject failed.',
  parts: [
    { name: 'attempt', words: LEX.attempt },
    { name: 'by-whom', pattern: 'by\\s+[^,.;:()]{2,40}?', optional: true },
    { name: 'to', words: ['to'] },
    { name: 'contact', words: LEX.contact },
    { name: 'who', pattern: SHORT_PHRASE, capture: 'who' },
    { name: 'purpose', pattern: '(?:for|by|on|about|over|regarding|late|earlier|this|last|at)\\b[^,.;:()]{0,50}?', optional: true },
    { name: 'failed', words: LEX.attemptFailed },
  ],
  trigger: 'attempt',
  whoMustBe: PERSON_OR_BODY,
  examples: [
    { text: 'Efforts to reach the mayor for comment on Monday failed.', match: 'Efforts to reach the mayor for comment on Monday failed', who: 'the mayor' },
    { text: 'Repeated attempts by this newspaper to contact Orbis Freight were unsuccessful.', match: 'attempts by this newspaper to contact Orbis Freight were unsuccessful' },
    { text: 'Attempts to contact her lawyer went unanswered.', match: 'Attempts to contact her lawyer went unanswered' },
  ],
  counterExamples: [
    'Efforts to reach a deal failed after the talks collapsed.',
    'Attempts to reach the summit were unsuccessful because of the weather.',
    'Efforts to reach the stranded hikers failed overnight.',
    'Efforts to reach Mars have failed before.',
  ],
};
