// "declined to comment", "had no comment", "declined to be interviewed", "would not comment":
// the subject was asked and chose not to answer.

import type { Rule } from './rule';
import { findNonAnswers, type NonAnswerPattern } from '../phrases/non-answer-matches';
import { patternsFor } from './non-answers/index';

export const id = 'declined-to-comment';
export const description = 'The subject declined to comment or to be interviewed.';
export const standards: Rule['standards'] = ['S10', 'S7'];

// "declined to give her name" / "declined to identify himself" ask for anonymity (anonymity-clause.ts);
// they refuse no question, so the lookaheads below leave them out.
const PATTERNS: NonAnswerPattern[] = [
  { cues: ['declined', 'declines', 'decline', 'declining'], subtype: 'declined_to_comment', pattern: /\b(?:declined|declines|decline|declining) (?:immediate |further )?(?:to (?:comment|be interviewed|be drawn|elaborate|discuss|respond|answer|speak|provide|specify|confirm|identify(?! (?:himself|herself|themselves)\b)|release|give(?! (?:his|her|their) (?:full |last |real )?names?\b)|offer|detail|say|talk)|comment|requests? for comment|an interview)\b/gi },
  { cues: ['comment'], subtype: 'declined_to_comment', pattern: /\b(?:had|has|have|offered|gave) no (?:immediate |further )?comment(?=\s*(?:[.,;]|on\b|about\b|when\b|and\b|$))/gi },
  { cues: ['comment'], subtype: 'declined_to_comment', pattern: /\b(?:would|will|could) not (?:immediately )?comment\b/gi },
  { cues: ['comment'], subtype: 'declined_to_comment', pattern: /\b(?:wouldn't|won't|couldn't) (?:immediately )?comment\b/gi },
  { cues: ['commented', 'comment'], subtype: 'declined_to_comment', pattern: /\b(?:has|have|had|did|does|do) not (?:yet |publicly |immediately )?comment(?:ed)?(?= on\b|\s*[.,;]|$)/gi },
  // Not "did not want to be named": that is a source asking for anonymity, not a refusal to answer.
  { cues: ['wish', 'want'], subtype: 'declined_to_comment', pattern: /\b(?:did not|didn't) (?:wish|want) to (?:comment|be interviewed)\b/gi },
];

// The older patterns above, then the phrasing classes of ./non-answers/ that this rule reports.
/** Exported for the pattern-cost bench (scripts/bench/non-answer-cost.ts). */
export const ALL_PATTERNS = [...PATTERNS, ...patternsFor(id)];

export const rule: Rule = { id, kind: 'non_answer', description, standards, match: (ctx) => findNonAnswers(ctx, ALL_PATTERNS) };
