// "did not respond to a request for comment", "did not return calls", "has not responded",
// "ignored a request for comment": the subject was asked and never answered.

import type { Rule } from './rule';
import { findNonAnswers, type NonAnswerPattern } from '../phrases/non-answer-matches';
import { patternsFor } from './non-answers/index';

export const id = 'no-response';
export const description = 'The subject did not respond to a request for comment.';
export const standards: Rule['standards'] = ['S10'];

const PATTERNS: NonAnswerPattern[] = [
  { cues: ['respond', 'responded', 'reply', 'replied', 'return', 'returned'], subtype: 'no_response', pattern: /\b(?:did not|didn't|has not|hasn't|have not|haven't|had not|hadn't) (?:yet |immediately |publicly )?(?:respond(?:ed)?|repl(?:y|ied)|return(?:ed)?) (?:to )?(?:an? |the |our |his |her |their |multiple |repeated |several |numerous )?(?:[a-z]+ )?(?:requests?|emails?|e-mails?|calls?|phone calls?|messages?|texts?|inquir(?:y|ies)|questions?|voicemails?|letters?)\b[^.;]{0,50}/gi },
  { cues: ['respond', 'responded', 'reply', 'replied'], subtype: 'no_response', pattern: /\b(?:did not|didn't|has not|hasn't|have not|haven't) (?:yet |immediately )?(?:respond(?:ed)?|repl(?:y|ied))(?=\s*(?:[.,;]|by\b|on\b|before\b|$))/gi },
  // "did not answer phone calls or emails": unanswered contact attempts, not an evaded question.
  { cues: ['answer', 'answered'], subtype: 'no_response', pattern: /\b(?:did not|didn't|has not|hasn't|have not|haven't|had not|hadn't|would not|wouldn't) (?:yet |immediately )?answer(?:ed)? (?:(?:his|her|their|its|the|our|repeated|multiple|several|numerous) ){0,2}(?:phone |cell |mobile |telephone )?(?:calls?|messages?|emails?|e-mails?|texts?|text messages?|voicemails?|letters?)\b[^.;]{0,40}/gi },
  { cues: ['ignored', 'acknowledge'], subtype: 'no_response', pattern: /\b(?:ignored|did not acknowledge|didn't acknowledge) (?:a |an |our |the |repeated |multiple |several )?(?:requests?|emails?|calls?|messages?|inquir(?:y|ies)|questions?) (?:for|seeking|about|from) [^.;]{0,40}/gi },
  { cues: ['returned', 'answered', 'acknowledged', 'unanswered'], subtype: 'no_response', pattern: /\b(?:requests?|calls?|emails?|messages?|inquir(?:y|ies)) (?:for comment |seeking comment )?(?:was|were|went|has|have) (?:not (?:immediately )?(?:returned|answered|acknowledged)|unanswered|not been (?:returned|answered))\b/gi },
  { cues: ['response', 'reply'], subtype: 'no_response', pattern: /\bno (?:immediate )?(?:response|reply) (?:to|from) (?:a |an |our |the |repeated )?(?:requests?|emails?|calls?|messages?|inquir(?:y|ies)|questions?)\b/gi },
];

// The older patterns above, then the phrasing classes of ./non-answers/ that this rule reports.
/** Exported for the pattern-cost bench (scripts/bench/non-answer-cost.ts). */
export const ALL_PATTERNS = [...PATTERNS, ...patternsFor(id)];

export const rule: Rule = { id, kind: 'non_answer', description, standards, match: (ctx) => findNonAnswers(ctx, ALL_PATTERNS) };
