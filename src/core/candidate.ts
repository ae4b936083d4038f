// A rule's match in its sentence, before overlapping matches are merged into findings.
import type { Sentence } from './sentences';
import type { Rule, RuleMatch } from './rules/index';

export interface Candidate {
  rule: Rule;
  match: RuleMatch;
  sentence: Sentence;
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
