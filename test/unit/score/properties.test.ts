// Random reports: the score is always an integer in 0..100, deterministic, and never mutates its input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeScore, withPolicyCredit } from '../../../src/core/score';
import { anonymous, declined, document, institution, named, publication, report } from './builder';

const item = fc.oneof(
  fc.record({
    vantage: fc.constantFrom('described' as const, 'partial' as const, 'none' as const),
    reason: fc.option(fc.record({ text: fc.constant('to discuss private talks'), specific: fc.boolean() }), { nil: null }),
    motive: fc.option(fc.constant('a rival of the mayor'), { nil: null }),
    count: fc.oneof(fc.integer({ min: 1, max: 4 }), fc.constant('many' as const)),
    followUp: fc.boolean(),
    descriptor: fc.constantFrom('sources', 'a Harbour Authority official', 'an aide'),
  }).map((details) => anonymous(details)),
  fc.constantFrom('unknown' as const, 'institution' as const, 'spokesperson' as const, 'named_person' as const)
    .map((whoKind) => declined({ whoKind, who: whoKind === 'unknown' ? null : 'the Harbour Authority' })),
  fc.constantFrom('Ana Ruiz', 'Bo Lee', 'Cy Park').map(named),
  fc.constantFrom('the Harbour Authority', 'the city').map(institution),
  fc.constantFrom('the audit', 'court filings').map(document),
  fc.constant(publication('The Daily Ledger')),
);

const reports = fc.array(item, { maxLength: 60 }).map((items) => report(...items));

describe('score properties', () => {
  it('is null or an integer in 0..100 whose band matches its value', () => {
    fc.assert(fc.property(reports, (input) => {
      const score = computeScore(input);
      if (score === null) return;
      expect(Number.isInteger(score.value)).toBe(true);
      expect(score.value).toBeGreaterThanOrEqual(0);
      expect(score.value).toBeLessThanOrEqual(100);
      const band = score.value >= 70 ? 'high' : score.value >= 40 ? 'medium' : 'low';
      expect(score.band).toBe(band);
      expect(score.verdict.length).toBeGreaterThan(0);
    }), { numRuns: 300 });
  });

  it('is deterministic and leaves the report untouched', () => {
    fc.assert(fc.property(reports, (input) => {
      const before = JSON.stringify(input);
      const first = computeScore(input);
      expect(JSON.stringify(input)).toBe(before);
      expect(computeScore(structuredClone(input))).toEqual(first);
    }), { numRuns: 200 });
  });

  it('a declined-to-comment never lowers any score', () => {
    fc.assert(fc.property(reports, (input) => {
      const before = computeScore(input);
      if (before === null) return;
      for (const who of DECLINERS) {
        const after = computeScore(appendDecline(input, who));
        expect(after).not.toBeNull();
        expect(after!.value).toBeGreaterThanOrEqual(before.value);
      }
    }), { numRuns: 200 });
  });

  it('policy credit never lowers a score and stays within 0..100', () => {
    fc.assert(fc.property(reports, (input) => {
      const score = computeScore(input);
      if (score === null) return;
      const credited = withPolicyCredit(score, [{ kind: 'unnamedSourcesPolicy', url: 'https://example.org/p' }]);
      expect(credited.value).toBeGreaterThanOrEqual(score.value);
      expect(credited.value).toBeLessThanOrEqual(100);
    }), { numRuns: 100 });
  });
});

/** The same report with one more "declined to comment" at the end (ids continue in text order). */
// The second decliner is also an anonymous descriptor above, so S7 is exercised too.
const DECLINERS = ['the city', 'A Harbour Authority spokeswoman'];

function appendDecline(input: ReturnType<typeof report>, who: string): ReturnType<typeof report> {
  const start = input.textLength + 100;
  return {
    ...input,
    textLength: start + 100,
    findings: [...input.findings, {
      id: `f${input.findings.length}`, rule: 'test', kind: 'non_answer', subtype: 'declined_to_comment',
      text: 'declined to comment', start, end: start + 19, sentence: 'It declined to comment.',
      sentenceStart: start, sentenceEnd: start + 23, explanation: 'test', standards: ['S10'],
      details: { who, whoKind: 'institution', quoted: false },
    }],
    counts: { ...input.counts, non_answer: input.counts.non_answer + 1 },
  };
}
