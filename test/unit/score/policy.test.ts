import { describe, expect, it } from 'vitest';
import { computeScore, withPolicyCredit } from '../../../src/core/score';
import type { Score } from '../../../src/core/types';
import { anonymous, named, report, sourcesSay } from './builder';

const policy = { kind: 'unnamedSourcesPolicy' as const, url: 'https://news.example/policies/sources' };
const principles = { kind: 'publishingPrinciples' as const, url: 'https://news.example/principles' };

function mixedScore(): Score {
  const score = computeScore(report(named('Ana Ruiz'), sourcesSay(), anonymous(), named('Bo Lee')));
  if (!score) throw new Error('expected a score');
  return score;
}

describe('withPolicyCredit (S12)', () => {
  it('adds 2 points for an unnamed-sources policy, 1 for publishing principles alone', () => {
    const score = mixedScore();
    expect(withPolicyCredit(score, [policy]).value).toBe(score.value + 2);
    expect(withPolicyCredit(score, [principles]).value).toBe(score.value + 1);
    expect(withPolicyCredit(score, [principles, policy]).value).toBe(score.value + 2);
    const credited = withPolicyCredit(score, [policy]).components.find((c) => c.id === 'sourcing-policy');
    expect(credited?.standards).toEqual(['S12']);
  });

  it('changes nothing without a policy, and applying it twice counts once', () => {
    const score = mixedScore();
    expect(withPolicyCredit(score, [])).toEqual(score);
    const once = withPolicyCredit(score, [policy]);
    expect(withPolicyCredit(once, [policy])).toEqual(once);
  });

  it('does not mutate the score it is given', () => {
    const score = mixedScore();
    const copy = structuredClone(score);
    withPolicyCredit(score, [policy]);
    expect(score).toEqual(copy);
  });

  it('keeps the value within 100 and recomputes the band', () => {
    const clean = computeScore(report(...['A', 'B', 'C', 'D', 'E', 'F'].map((n) => named(`Person ${n}`))));
    expect(withPolicyCredit(clean!, [policy]).value).toBeLessThanOrEqual(100);
    // 50 + 18 = 68, medium; the credit lifts it across the high line and the verdict follows.
    const edge: Score = { value: 68, band: 'medium', verdict: 'Thinly sourced on the record', components: [
      { id: 'on-record-share', label: 'x', standards: ['S9'], points: 18, detail: 'x.', findingIds: [] }] };
    const lifted = withPolicyCredit(edge, [policy]);
    expect(lifted.value).toBe(70);
    expect(lifted.band).toBe('high');
    expect(lifted.verdict).toBe('On the record');
  });
});
