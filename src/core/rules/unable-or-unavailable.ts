// "could not be reached", "was not immediately available", "could not say", "did not know if":
// the subject could not, or was not there to, answer.

import type { Rule } from './rule';
import { findNonAnswers, type NonAnswerPattern } from '../phrases/non-answer-matches';
import { patternsFor } from './non-answers/index';

export const id = 'unable-or-unavailable';
export const description = 'The subject could not be reached, was unavailable or could not say.';
export const standards: Rule['standards'] = ['S10'];

const PATTERNS: NonAnswerPattern[] = [
  { cues: ['reached', 'contacted', 'located'], subtype: 'unable_or_unavailable', pattern: /\b(?:could not|couldn't|cannot|can't) (?:immediately )?be (?:reached|contacted|located)(?: for comment)?\b/gi },
  // Bare "not available" is about tickets as often as people: require "immediately" or "for comment".
  { cues: ['available'], subtype: 'unable_or_unavailable', pattern: /\b(?:was|were|is|are) not immediately available(?: for (?:comment|an interview)| to comment)?/gi },
  { cues: ['available', 'unavailable'], subtype: 'unable_or_unavailable', pattern: /\b(?:was|were|is|are) (?:not available|unavailable) (?:for (?:comment|an interview)|to comment)/gi },
  // "could not say" answers nothing only when what follows is a question word, "more" or the clause's
  // end; "could not say goodbye" or "could not say thanks" is about saying something else.
  { cues: ['could', "couldn't"], needs: [['could not', "couldn't"]], subtype: 'unable_or_unavailable', pattern: /\b(?:could not|couldn't) (?:immediately )?say\b(?: (?:more|further|exactly|precisely|definitively|for sure|for certain))?(?=\s*(?:[.,;:!?—–)”"]|$|(?:whether|if|when|why|how|what|who|where|which|much|many)\b))/gi },
  { cues: ['could', "couldn't"], needs: [['could not', "couldn't"]], subtype: 'unable_or_unavailable', pattern: /\b(?:could not|couldn't) (?:immediately )?(?:provide|confirm|specify|explain|answer|comment|offer|give)\b(?: details| more| further| information)?/gi },
  { cues: ['unable'], subtype: 'unable_or_unavailable', pattern: /\b(?:was|were|is|are) unable to (?:say|recall|confirm|provide|specify|explain|answer|comment|offer|give|tell|describe)\b/gi },
  // Only as reported speech ("said he did not know whether…"): "did not know how to swim" is not an answer.
  { cues: ['know'], subtype: 'unable_or_unavailable', pattern: /\b(?:said|says|told \w+) (?:that )?(?:he|she|they|it|we|I) (?:did not|didn't|does not|doesn't) know (?:if|whether)\b/gi },
];

// The older patterns above, then the phrasing classes of ./non-answers/ that this rule reports.
/** Exported for the pattern-cost bench (scripts/bench/non-answer-cost.ts). */
export const ALL_PATTERNS = [...PATTERNS, ...patternsFor(id)];

export const rule: Rule = { id, kind: 'non_answer', description, standards, match: (ctx) => findNonAnswers(ctx, ALL_PATTERNS) };
