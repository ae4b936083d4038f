// The worked examples of docs/scoring.md, so the document and the code cannot drift apart.
import { describe, expect, it } from 'vitest';
import { computeScore } from '../../../src/core/score';
import { describedWithReason, document, followUp, institution, named, report, sourcesSay } from './builder';

const onRecord = [named('Ana Ruiz'), named('Ana Ruiz'), named('Bo Lee'), named('Bo Lee'),
  institution('the city'), document('the audit')];

const summary = (...args: Parameters<typeof report>) => {
  const score = computeScore(report(...args));
  return score && { value: score.value, band: score.band, verdict: score.verdict };
};

describe('docs/scoring.md worked examples', () => {
  it('1. fully on the record', () => {
    expect(summary(...onRecord)).toEqual({ value: 87, band: 'high', verdict: 'On the record' });
  });

  it('2. the same plus one "sources said"', () => {
    expect(summary(...onRecord, sourcesSay())).toEqual({ value: 72, band: 'high', verdict: 'Mostly on the record' });
  });

  it('3. resting on bare sources', () => {
    expect(summary(sourcesSay(), followUp('the sources'), sourcesSay(), named('Ana Ruiz'), sourcesSay()))
      .toEqual({ value: 27, band: 'low', verdict: 'Rests on undescribed sources' });
  });

  it('4. a described official with a specific reason', () => {
    expect(summary(...onRecord, describedWithReason())).toEqual({ value: 79, band: 'high', verdict: 'Mostly on the record' });
  });
});
