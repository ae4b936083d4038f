// Small helpers for rule tests: run the whole engine and look at what one rule produced.
import { analyzeText } from '../../src/core/index';
import type { AnonymousDetails, Finding, NonAnswerDetails } from '../../src/core/types';

/** A finding whose details can be read without narrowing on kind first (tests assert the kind). */
export type TestFinding = Omit<Finding, 'details'> & { details: Partial<AnonymousDetails & NonAnswerDetails> };

export function findings(text: string, rule?: string): TestFinding[] {
  const all = analyzeText(text).findings;
  return rule ? all.filter((f) => f.rule === rule) : all;
}

export function texts(text: string, rule?: string): string[] {
  return findings(text, rule).map((f) => f.text);
}
