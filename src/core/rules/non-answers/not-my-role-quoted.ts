// In the speaker's own words: "It's not my job to advise", "It's not for me to say", "That's not
// my call to make public": the speaker disowns the question.
import { LEX } from '../../lexicon/non-answers';
import { anyOf, type NonAnswerClass } from '../../phrases/non-answer-matches';
import { CLAUSE_END } from './parts';

export const cls: NonAnswerClass = {
  id: 'not-my-role-quoted',
  rule: 'evasive-reply',
  subtype: 'refused_or_evaded',
  quoted: true,
  description: 'A quoted "it is not my place to say".',
  parts: [
    { name: 'it-is-not', words: ["it's not", 'it is not', "it isn't", "that's not", 'that is not', "that isn't"] },
    { name: 'mine', pattern: `(?:(?:my|our)\\s+${anyOf(LEX.notMyRole)}|for\\s+(?:me|us))` },
    { name: 'to', words: ['to'] },
    { name: 'say', words: [
        'say', 'advise', 'comment', 'speculate', 'judge', 'discuss', 'give advice', 'offer advice', 'weigh in', 'second-guess',
        'get into', 'talk about'
      ] },
  ],
  trigger: 'say',
  followedBy: `(?:${CLAUSE_END}|\\s+(?:on|about|whether|what|how|why|if|him|her|them)\\b)`,
  examples: [
    { text: '“It’s not my job to advise,” the former minister said.', match: 'It’s not my job to advise' },
    { text: '“It’s not for me to say,” she said.', match: 'It’s not for me to say' },
  ],
  counterExamples: [
    'It’s not my job to advise you, the columnist wrote in her own column.',
    '“It’s not my job to tell fans what to think,” he said.',
  ],
};
