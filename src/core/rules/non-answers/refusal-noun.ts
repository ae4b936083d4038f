// "her refusal to name the donors", "the club's reluctance to discuss the fee": the refusal told as
// a noun.
import { LEX } from '../../lexicon/non-answers';
import type { NonAnswerClass } from '../../phrases/non-answer-matches';

export const cls: NonAnswerClass = {
  id: 'refusal-noun',
  rule: 'refused-or-evaded',
  subtype: 'refused_or_evaded',
  description: 'A refusal to say, named as a noun: "her refusal to name the donors".',
  parts: [
    { name: 'refusal', words: LEX.refusalNoun.filter((w) => w !== 'failure') },
    { name: 'to', words: ['to'] },
    { name: 'manner', words: LEX.manner, optional: true },
    { name: 'tell', words: [...LEX.disclose, 'comment', 'answer', 'respond', 'engage with', 'take questions', 'answer questions', 'be interviewed'] },
  ],
  trigger: 'refusal',
  unless: [{ why: 'releasing people or money is not telling', after: /^\s+(?:the\s+)?(?:prisoners?|hostages?|detainees?|funds|money)\b/ }],
  examples: [
    { text: 'Critics seized on her refusal to name the donors.', match: 'refusal to name' },
    { text: 'The club’s reluctance to discuss the fee has angered fans.', match: 'reluctance to discuss' },
  ],
  counterExamples: [
    'The court’s refusal to grant bail was appealed.',
  ],
};
