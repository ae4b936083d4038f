// What each detection rule is, for documentation and settings screens: id, one-line description
// and the newsroom standards it serves. Plain data, safe to send across message boundaries.
import type { StandardId } from '../types';
import { RULES } from './index';

export interface RuleInfo {
  id: string;
  kind: 'anonymous_source' | 'non_answer';
  description: string;
  standards: StandardId[];
}

export const RULE_INFO: readonly RuleInfo[] = RULES.map((r) => ({
  id: r.id,
  kind: r.kind,
  description: r.description,
  standards: [...r.standards],
}));
