// The transparency score: a report's findings and attributions in, 0–100 with its reasons out.
// The rubric is docs/scoring.md; each line of it is one file in ./components, listed in ./registry.
import type { Score } from '../types';
import { assembleScore } from './assemble';
import { toComponent } from './component';
import { collectFacts, type ScorableReport } from './facts';
import { SCORE_RULES } from './registry';
import { isScorable } from './threshold';

export { withPolicyCredit } from './policy';
export { SCORE_BASE } from './assemble';
export { HIGH_BAND_FROM, MEDIUM_BAND_FROM } from './band';
export { MIN_ATTRIBUTED_STATEMENTS, MAX_SENTENCES_PER_STATEMENT } from './threshold';

/** Null when the text has too little attributed reporting to judge (see ./threshold). Pure. */
export function computeScore(report: ScorableReport): Score | null {
  const facts = collectFacts(report);
  if (!isScorable(facts)) return null;
  const components = SCORE_RULES.flatMap((rule) => {
    const result = rule.evaluate(facts);
    return result ? [toComponent(rule, result)] : [];
  });
  return assembleScore(components);
}
