// Evasions in the speaker's own words: "I have not had that discussion with him", "I'm not going
// to get ahead of the president", "we don't comment on ongoing investigations".

import type { Rule } from './rule';
import { findNonAnswers, type NonAnswerPattern } from '../phrases/non-answer-matches';

export const id = 'evasive-reply';
export const description = 'A quoted reply that avoids the question: "I have not had that discussion".';
export const standards: Rule['standards'] = ['S10'];

const I = "(?:I|we|We)";
const PATTERNS: NonAnswerPattern[] = [
  { cues: ['discussion', 'conversation'], subtype: 'refused_or_evaded', quoted: true, pattern: new RegExp(`\\b${I} (?:have not|haven't|haven’t|did not|didn't|didn’t) (?:had|have) (?:a|that|any|the) (?:discussion|conversation)(?: with (?:him|her|them)(?: on the question| about (?:it|that))?)?`, 'g') },
  { cues: ['not'], subtype: 'refused_or_evaded', quoted: true, pattern: new RegExp(`\\b${I} (?:tend|prefer|try) not to (?:speak|talk|comment) (?:about|on) (?:it|that|this|those|these)`, 'g') },
  { cues: ['going'], subtype: 'refused_or_evaded', quoted: true, pattern: new RegExp(`\\b${I}(?:'m|’m| am|'re|’re| are) not going to (?:get ahead of|comment|speculate|discuss|get into|talk about|characteri[sz]e)[^.,;”"]{0,40}`, 'g') },
  { cues: ['comment', 'speculate'], subtype: 'refused_or_evaded', quoted: true, pattern: new RegExp(`\\b${I} (?:don't|don’t|do not|won't|won’t|will not|never) (?:comment|speculate) on[^.,;”"]{0,40}`, 'g') },
  { cues: ['comment'], subtype: 'declined_to_comment', quoted: true, pattern: /[“"]No comment\b/g },
];

export const rule: Rule = { id, kind: 'non_answer', description, standards, match: (ctx) => findNonAnswers(ctx, PATTERNS) };
