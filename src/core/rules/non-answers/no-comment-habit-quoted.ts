// A habit of not answering, in the speaker's own words: "we don't comment on ongoing investigations",
// "we never discuss contracts", "we do not confirm staffing levels".
import { LEX } from '../../lexicon/non-answers';
import type { NonAnswerClass } from '../../phrases/non-answer-matches';

export const cls: NonAnswerClass = {
  id: 'no-comment-habit-quoted',
  rule: 'evasive-reply',
  subtype: 'refused_or_evaded',
  quoted: true,
  description: 'A quoted policy of not commenting on a kind of question.',
  parts: [
    { name: 'habit', words: LEX.firstPersonDoNot },
    { name: 'manner', words: ['normally', 'usually', 'generally', 'typically', 'ever', 'as a rule', 'publicly'], optional: true },
    { name: 'comment', words: [
        'comment on', 'comment', 'speculate on', 'speculate about', 'speculate', 'discuss', 'confirm or deny', 'confirm',
        'disclose', 'reveal', 'talk about', 'break out', 'release details of'
      ] },
    { name: 'tail', pattern: "(?:\\s+[\\w'-]+){1,6}", glued: true },
  ],
  trigger: 'comment',
  unless: [
    { why: '"we don’t talk about politics at home" is the speaker’s life, not a press question', span: /\btalk\s+about\s+(?:politics|religion|money)\b/ },
    { why: 'what a family does not discuss at home is its life, not a press question', span: /\b(?:at\s+home|over\s+dinner|with\s+(?:my|our)\s+(?:family|kids|children|wife|husband|friends))\b/ },
  ],
  examples: [
    { text: '“We don’t comment on ongoing investigations,” a spokeswoman said.', match: 'We don’t comment on ongoing investigations' },
    { text: '“We never discuss contracts in public,” the agent said.', match: 'We never discuss contracts in public' },
  ],
  counterExamples: [
    'We don’t comment on ongoing investigations in this guide, the authors write.',
    '“We don’t discuss it at home,” her husband said.',
    '“We won’t go into the final without a fight,” the captain said.',
  ],
};
