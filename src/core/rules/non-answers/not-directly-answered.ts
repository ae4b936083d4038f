// "did not respond directly", "would not answer specifically": a reply that left the question
// itself untouched.
import { LEX } from '../../lexicon/non-answers';
import type { NonAnswerClass } from '../../phrases/non-answer-matches';
import { CLAUSE_END } from './parts';

export const cls: NonAnswerClass = {
  id: 'not-directly-answered',
  rule: 'refused-or-evaded',
  subtype: 'refused_or_evaded',
  description: 'The subject did not respond directly to the question.',
  parts: [
    { name: 'negation', words: [...LEX.notDone, ...LEX.wouldNot] },
    { name: 'respond', words: ['respond', 'reply', 'answer', 'responded', 'replied', 'answered', 'engage'] },
    { name: 'directly', words: ['directly', 'specifically', 'substantively', 'in detail', 'clearly'] },
  ],
  trigger: 'directly',
  followedBy: `(?:${CLAUSE_END}|\\s+(?:to|when|or|on|about)\\b)`,
  examples: [
    { text: 'Asked about the cuts, she did not respond directly, but praised the staff.', match: 'did not respond directly' },
  ],
  counterExamples: [
    'She responded directly to every email.',
  ],
};
