import type { Score, ScoreComponent, SourcingPolicy } from '../types';
import { assembleScore } from './assemble';

export const UNNAMED_SOURCES_POLICY_POINTS = 2;
export const PUBLISHING_PRINCIPLES_POINTS = 1;

/**
 * S12: the outlet publishes its rules for unnamed sources. It lives in the page's JSON-LD, not in the
 * text, so the page layer applies it on top of computeScore. Small on purpose: it says what the
 * outlet promises, not what this article does. Applying it twice changes nothing.
 */
export function withPolicyCredit(score: Score, policies: SourcingPolicy[]): Score {
  const base = score.components.filter((component) => component.id !== 'sourcing-policy');
  const hasUnnamedPolicy = policies.some((policy) => policy.kind === 'unnamedSourcesPolicy');
  const hasPrinciples = policies.some((policy) => policy.kind === 'publishingPrinciples');
  if (!hasUnnamedPolicy && !hasPrinciples) return assembleScore(base);
  const credit: ScoreComponent = {
    id: 'sourcing-policy',
    label: 'Published sourcing policy',
    standards: ['S12'],
    points: hasUnnamedPolicy ? UNNAMED_SOURCES_POLICY_POINTS : PUBLISHING_PRINCIPLES_POINTS,
    detail: hasUnnamedPolicy
      ? 'The outlet publishes a policy on unnamed sources (linked in the popup).'
      : 'The outlet publishes its editorial principles, though no unnamed-sources policy (linked in the popup).',
    findingIds: [],
  };
  return assembleScore([...base, credit]);
}
