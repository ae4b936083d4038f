// "Neither the club nor the player would comment", "none of the banks wished to comment": a
// negative subject that declined.
import type { NonAnswerClass } from '../../phrases/non-answer-matches';
import { NEGATIVE_SUBJECT } from './nobody-replied';

export const cls: NonAnswerClass = {
  id: 'nobody-commented',
  rule: 'declined-to-comment',
  subtype: 'declined_to_comment',
  description: 'Nobody, none or neither of those asked would comment.',
  parts: [
    { name: 'subject', pattern: NEGATIVE_SUBJECT },
    { name: 'would', words: ['would', 'wished to', 'wanted to', 'was willing to', 'were willing to', 'agreed to', 'could'] },
    { name: 'comment', words: ['comment', 'talk', 'speak', 'be interviewed', 'speak publicly', 'go on the record'] },
  ],
  trigger: 'comment',
  unless: [{ why: '"no one would talk to her" is about a person shunned, not a press question', after: /^\s+to\s+(?:him|her|them|me)\b/ }],
  examples: [
    { text: 'Neither the club nor the player would comment.', match: 'Neither the club nor the player would comment' },
    { text: 'None of the banks contacted wished to comment.', match: 'None of the banks contacted wished to comment' },
  ],
  counterExamples: [
    'At school no one would talk to her for weeks.',
  ],
};
