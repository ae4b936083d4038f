import type { ScoreFacts } from './facts';

/** Fewer attributed statements than this and there is no sourcing to judge. */
export const MIN_ATTRIBUTED_STATEMENTS = 2;
/**
 * At least one attributed statement per this many sentences: news attributes as it goes. Since the
 * attribution layer reads every cue (pronouns and "she added" included), news pages run at one
 * statement in three to six sentences, and manuals, blogs and how-tos below one in sixteen.
 */
export const MAX_SENTENCES_PER_STATEMENT = 16;

/**
 * Whether the text is attributed reporting at all. Non-answers alone do not count: a "could not be
 * reached" in a how-to is not a sourced article. Long texts with a stray "according to" (docs, essays)
 * fall under the density floor.
 */
export function isScorable(facts: ScoreFacts): boolean {
  const statements = facts.attributedStatements;
  if (statements < MIN_ATTRIBUTED_STATEMENTS) return false;
  return statements * MAX_SENTENCES_PER_STATEMENT >= facts.sentenceCount;
}
