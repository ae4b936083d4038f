import type { ScoreComponent, StandardId } from '../types';
import type { ScoreFacts } from './facts';

/** What a component says about one report; null when it has nothing to say (it is left out). */
export interface ComponentResult {
  points: number;
  detail: string;
  findingIds: string[];
}

/** One rubric line: docs/scoring.md has a section per component with the same id. */
export interface ScoreRule {
  id: string;
  label: string;
  standards: StandardId[];
  evaluate(facts: ScoreFacts): ComponentResult | null;
}

export function toComponent(rule: ScoreRule, result: ComponentResult): ScoreComponent {
  return {
    id: rule.id,
    label: rule.label,
    standards: [...rule.standards],
    points: result.points,
    detail: result.detail,
    findingIds: result.findingIds,
  };
}
