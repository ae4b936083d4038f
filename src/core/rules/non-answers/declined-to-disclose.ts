// "declined to say when", "declined later to state", "has declined to publicly confirm that",
// "declines to discuss the fee": a decline with any act of telling, adverbs allowed in between.
import { LEX } from '../../lexicon/non-answers';
import type { NonAnswerClass } from '../../phrases/non-answer-matches';

export const cls: NonAnswerClass = {
  id: 'declined-to-disclose',
  rule: 'declined-to-comment',
  subtype: 'declined_to_comment',
  description: 'The subject declined to say, confirm, disclose or discuss.',
  parts: [
    { name: 'declined', words: ['declined', 'declines', 'decline', 'declining'] },
    { name: 'manner', words: [...LEX.manner, 'later', 'again', 'also', 'then'], optional: true },
    { name: 'to', words: ['to'] },
    { name: 'manner-2', words: LEX.manner, optional: true },
    { name: 'tell', words: [...LEX.disclose, 'verify', 'comment', 'answer', 'respond', 'talk', 'speak', 'be interviewed', 'be drawn', 'go into', 'get into', 'give details', 'provide details', 'offer details', 'put a figure on', 'put a number on', 'take questions', 'answer questions'] },
  ],
  trigger: 'declined',
  unless: [
    { why: '"declined to identify himself" asks for anonymity (anonymity-clause.ts)', after: /^\s+(?:himself|herself|themselves)\b/ },
    { why: '"declined to name names"? no: "declined to release the prisoners" is not information', after: /^\s+(?:the\s+)?(?:prisoners?|hostages?|detainees?|funds|money|players?)\b/ },
  ],
  examples: [
    { text: 'He declined later to state when the probe would launch.', match: 'declined later to state' },
    { text: 'The company has declined to publicly confirm that.', match: 'declined to publicly confirm' },
    { text: 'She declined to say how much the club paid.', match: 'declined to say' },
  ],
  counterExamples: [
    'A man who declined to identify himself said the shop was closed.',
    'Sales declined to a five-year low.',
  ],
};
