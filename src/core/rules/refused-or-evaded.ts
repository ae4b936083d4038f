// "would not say whether", "refused to disclose", "did not answer the question", "it was premature
// to speculate": the subject answered around the question.

import type { Rule } from './rule';
import { findNonAnswers, type NonAnswerPattern } from '../phrases/non-answer-matches';
import { patternsFor } from './non-answers/index';

export const id = 'refused-or-evaded';
export const description = 'The subject refused to say or evaded the question.';
export const standards: Rule['standards'] = ['S10'];

// "would not say whether" and "dodged questions" live in ./non-answers/ (would-not-say.ts,
// evaded-questions.ts), with their exceptions.
const PATTERNS: NonAnswerPattern[] = [
  { cues: ['refused', 'refuses', 'refusing', 'refuse'], subtype: 'refused_or_evaded', pattern: /\b(?:refused|refuses|refusing|refuse) to (?:say|reveal|disclose|discuss|answer|comment|confirm|identify|name|explain|specify|provide|release|elaborate|detail|give)\b[^.;,]{0,50}/gi,
    unless: [{ why: 'releasing people or money is not telling', span: /\brelease\s+(?:the\s+)?(?:hostages?|prisoners?|detainees?|funds|money|players?|birds|animals)\b/i }] },
  { cues: ['not', "didn't", "wouldn't", "won't", "doesn't", "don't"], needs: [['would not', "wouldn't"]], subtype: 'refused_or_evaded', pattern: /\b(?:would not|wouldn't) (?:say|elaborate|disclose)\b(?!\s+(?:to|no|yes|more\s+than)\b)/gi },
  { cues: ['answer', 'response'], subtype: 'refused_or_evaded', pattern: /\b(?:did not|didn't|would not|wouldn't) (?:give|provide|offer) (?:a |any )?(?:direct|clear|straight|specific) (?:answer|response)[^.;,]{0,30}/gi },
  // Only a question (or "that"/"it") is answered or not: "did not answer the door" is no evasion, and
  // "did not answer calls" is a no_response (no-response.ts).
  { cues: ['answer'], subtype: 'refused_or_evaded', pattern: /\b(?:did not|didn't|would not|wouldn't|could not|couldn't|will not|won't) (?:directly )?answer (?:(?:the|that|a|his|her|my|our|their|any|reporters'?|repeated|further|specific|several|two) ){0,2}(?:questions?|quer(?:y|ies))\b(?: [\w'’-]+){0,4}|\b(?:did not|didn't|would not|wouldn't) (?:directly )?answer (?:that|it)\b/gi },
  // "did not address questions about the contract", "would not address the allegations". Whole words
// in the tail so the highlight never stops mid-word.
  { cues: ['address'], subtype: 'refused_or_evaded', pattern: /\b(?:did not|didn't|would not|wouldn't|will not|won't|could not|couldn't) (?:directly |specifically )?address (?:(?:the|a|his|her|their|its|any|those|these|that|reporters'?|repeated|specific|several) ){0,2}(?:questions?|quer(?:y|ies)|allegations?|claims?|concerns?|criticisms?|matter|accusations?)\b(?: [\w'’-]+){0,6}|\b(?:did not|didn't|would not|wouldn't) (?:directly |specifically )?address (?:whether|why|how|what|when|it)\b/gi },
  // British "would not be drawn on": the subject would not engage with the question.
  { cues: ['drawn'], subtype: 'refused_or_evaded', pattern: /\b(?:would not|wouldn't|will not|won't|refused to|refuses to|refusing to) be drawn\b/gi },
  // "would say only that talks continue", "she said only that": the answer is pointedly limited.
  { cues: ['only'], needs: [['said only', 'says only', 'only say', 'say only']], subtype: 'refused_or_evaded', pattern: /\b(?:would (?:only say|say only)|said only|says only)(?= that\b|\s*[,:])/gi },
  // A deferral: "the club would “have more to say on Monday”", "we'll have more to share later".
  { cues: ['more'], needs: [['have more', 'have an update', 'have further']], subtype: 'refused_or_evaded', pattern: /(?<=\b(?:would|will|'ll|’ll)\s?[“"]?)have (?:more|more details|more information|further details|an update) to (?:say|share)(?: (?:on|by|later|next|after|in the coming)\b[^.,;”"]{0,25})?/gi },
  { cues: ['premature', 'early', 'soon'], needs: [['premature', 'too early', 'too soon']], subtype: 'refused_or_evaded', pattern: /\b(?:it was|it's|it is|it would be) (?:premature|too (?:early|soon)) to (?:speculate|say|comment|discuss)\b/gi },
];

// The older patterns above, then the phrasing classes of ./non-answers/ that this rule reports.
/** Exported for the pattern-cost bench (scripts/bench/non-answer-cost.ts). */
export const ALL_PATTERNS = [...PATTERNS, ...patternsFor(id)];

export const rule: Rule = { id, kind: 'non_answer', description, standards, match: (ctx) => findNonAnswers(ctx, ALL_PATTERNS) };
