// In the speaker's own words: "I'm not going to comment on that", "we won't speculate", "I can't
// confirm the figure", "I'm not at liberty to discuss it".
import { LEX } from '../../lexicon/non-answers';
import type { NonAnswerClass } from '../../phrases/non-answer-matches';

export const cls: NonAnswerClass = {
  id: 'will-not-discuss-quoted',
  rule: 'evasive-reply',
  subtype: 'refused_or_evaded',
  quoted: true,
  description: 'A quoted refusal to comment, speculate, discuss or confirm.',
  parts: [
    { name: 'refusal', words: LEX.firstPersonWillNot },
    { name: 'manner', words: ['really', 'publicly', 'further', 'now', 'today', 'yet', 'personally', 'individually'], optional: true },
    { name: 'discuss', words: [
        'comment on', 'comment', 'speculate', 'discuss', 'talk about', 'get ahead of', 'weigh in', 'prejudge', 'characterise',
        'characterize', 'be drawn into', 'be drawn on', 'get drawn into', 'confirm', 'disclose', 'reveal', 'elaborate',
        'expand on', 'go there', 'go down that road', 'go down that path', 'name', 'identify', 'answer that', 'answer those',
        'answer the question', 'get involved in', 'engage in', 'put a number on', 'put a figure on', 'put a timeline on',
        'put a date on'
      ] },
    { name: 'tail', pattern: "(?:\\s+[\\w'-]+){0,6}", glued: true },
  ],
  trigger: 'discuss',
  unless: [
    { why: '"I can’t confirm enough how proud we are" praises', span: /\s(?:comment|confirm|stress|say|thank|praise)\s+enough\b/ },
    { why: '"I can’t name a better player" praises', span: /\b(?:name|identify)\s+(?:a|an|one|any)\s+(?:better|bigger|finer|greater|more|single|other)\b/ },
    { why: 'what a family does not discuss at home is its life, not a press question', span: /\b(?:at\s+home|over\s+dinner|with\s+(?:my|our)\s+(?:family|kids|children|wife|husband|friends))\b/ },
    { why: 'a promise about conduct, not about a question: "we won’t engage in violence"', span: /\bengage\s+in\s+(?:violence|war|conflict|fighting)/ },
  ],
  examples: [
    { text: '“I’m not going to comment on that,” the coach said.', match: 'I’m not going to comment on that' },
    { text: '“We won’t speculate about the cause,” she said.', match: 'We won’t speculate about the cause' },
    { text: '“I’m not at liberty to discuss the contract,” he said.', match: 'I’m not at liberty to discuss the contract' },
  ],
  counterExamples: [
    'I won’t discuss the budget in this chapter, the author writes.',
    '“I can’t confirm enough how proud we are,” the coach said.',
    '“I can’t name a better player,” he said.',
  ],
};
