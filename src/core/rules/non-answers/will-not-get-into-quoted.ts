// In the speaker's own words: "we won't go into operational matters", "I'm not going to get into
// hypotheticals", "I don't want to get into all that", "we can't give you numbers". Only a
// question's object counts: "I won't get into the car" is no evasion.
import { LEX } from '../../lexicon/non-answers';
import type { NonAnswerClass } from '../../phrases/non-answer-matches';

export const cls: NonAnswerClass = {
  id: 'will-not-get-into-quoted',
  rule: 'evasive-reply',
  subtype: 'refused_or_evaded',
  quoted: true,
  description: 'A quoted refusal to go into details, hypotheticals or specific matters.',
  parts: [
    { name: 'refusal', words: [...LEX.firstPersonWillNot, ...LEX.firstPersonDoNot] },
    { name: 'manner', words: ['really', 'publicly', 'normally', 'usually', 'generally', 'typically', 'ever'], optional: true },
    { name: 'go-into', words: [
        'get into', 'go into', 'give', 'provide', 'share', 'offer', 'release', 'give you', 'give them', 'give him', 'give her',
        'provide you with', 'share with you', 'detail', 'break down', 'get drawn into', 'be drawn into'
      ] },
    { name: 'quantity', words: [
        'the', 'all', 'any', 'those', 'these', 'such', 'exact', 'specific', 'precise', 'further', 'more', 'individual',
        'detailed', 'operational', 'internal', 'personal', 'private', 'security', 'legal', 'contractual', 'medical', 'personnel',
        'specific'
      ], optional: true },
    { name: 'quantity-2', words: [
        'exact', 'specific', 'precise', 'further', 'more', 'individual', 'detailed', 'operational', 'internal', 'personal',
        'private', 'security', 'legal', 'contractual', 'medical', 'personnel', 'of', 'the'
      ], optional: true },
    { name: 'topic', words: LEX.discussionNoun },
    { name: 'tail', pattern: "(?:\\s+(?:on|about|of|regarding|around|for|with|in)(?:\\s+[\\w'-]+){1,6})?", glued: true },
  ],
  trigger: 'go-into',
  unless: [
    { why: '"we don’t give up" and the like: a topic word must follow the verb', span: /\b(?:give|provide|offer|share)\s+(?:it|that|this|those|these)$/ },
  ],
  examples: [
    { text: '“We won’t go into operational matters,” a police spokesman said.', match: 'We won’t go into operational matters' },
    { text: '“I’m not going to get into hypotheticals,” the senator said.', match: 'I’m not going to get into hypotheticals' },
    { text: '“I don’t want to get into all that,” she said.', match: 'I don’t want to get into all that' },
    { text: '“We don’t provide exact details on our user numbers,” the firm said.', match: 'We don’t provide exact details on our user numbers' },
  ],
  counterExamples: [
    '“I won’t get into the car with him again,” she said.',
    '“We don’t give up,” the captain said.',
    '“We can’t provide housing for everyone,” the mayor said.',
  ],
};
