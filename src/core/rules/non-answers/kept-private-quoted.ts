// In the speaker's own words: "Anything beyond that stays in the building", "That's between me and
// the player", "That will stay private": the answer exists and is kept in.
import { LEX } from '../../lexicon/non-answers';
import { anyOf, type NonAnswerClass } from '../../phrases/non-answer-matches';
import { CLAUSE_END } from './parts';

export const cls: NonAnswerClass = {
  id: 'kept-private-quoted',
  rule: 'evasive-reply',
  subtype: 'refused_or_evaded',
  quoted: true,
  description: 'A quoted "that stays between us".',
  parts: [
    { name: 'that', words: [
        'that', 'it', 'this', 'those', 'anything beyond that', 'anything else', 'anything more', 'the rest', 'what we discussed',
        'what was said', 'what we said', 'those conversations', 'that conversation'
      ] },
    { name: 'stays', pattern: `(?:'s|'ll\\s+stay|\\s+${anyOf([
        'is', 'stays', 'will stay', 'remains', 'will remain', 'is staying', 'should stay', 'has to stay', 'must stay'
      ])})`, glued: true },
    { name: 'where', words: LEX.privateSpace },
    // "between me and the player": the other party, when the lexicon phrase leaves it open.
    { name: 'with-whom', pattern: "(?:(?:the|my|our|his|her|their)\\s+)?(?:[A-Z][\\w'-]*|him|her|them|player|players|board|owner|club|family|manager|coach)", optional: true },
  ],
  trigger: 'that',
  followedBy: `(?:${CLAUSE_END}|\\s+(?:matter|and\\s+(?:the|my|our|his|her)\\s+\\w+))`,
  examples: [
    { text: '“Anything beyond that stays in the building,” the manager said.', match: 'Anything beyond that stays in the building' },
    { text: '“That conversation stays between me and him,” the coach said.', match: 'That conversation stays between me and him' },
  ],
  counterExamples: [
    '“It is private land,” the farmer said.',
  ],
};
