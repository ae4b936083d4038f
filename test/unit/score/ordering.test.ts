// Properties the rubric promises, stated as comparisons between articles that differ in one thing.
import { describe, expect, it } from 'vitest';
import { computeScore } from '../../../src/core/score';
import {
  anonymous, declined, describedWithReason, document, followUp, institution, named, report, sourcesSay,
} from './builder';

const value = (...args: Parameters<typeof report>): number => {
  const score = computeScore(report(...args));
  if (!score) throw new Error('expected a score');
  return score.value;
};

const onRecord = [named('Ana Ruiz'), institution('the Harbour Authority'), named('Bo Lee'), document('the audit')];

describe('score ordering', () => {
  it('a fully on-record article beats the same article with an undescribed anonymous source', () => {
    expect(value(...onRecord)).toBeGreaterThan(value(...onRecord, sourcesSay()));
  });

  it('a described source with a specific reason beats a bare "sources say"', () => {
    expect(value(...onRecord, describedWithReason())).toBeGreaterThan(value(...onRecord, sourcesSay()));
    expect(value(describedWithReason(), describedWithReason())).toBeGreaterThan(value(sourcesSay(), sourcesSay()));
  });

  it('described beats partly described beats undescribed, other things equal', () => {
    const described = value(...onRecord, anonymous({ vantage: 'described' }));
    const partial = value(...onRecord, anonymous({ vantage: 'partial' }));
    const none = value(...onRecord, anonymous({ vantage: 'none' }));
    expect(described).toBeGreaterThan(partial);
    expect(partial).toBeGreaterThan(none);
  });

  it('a specific reason beats a stock phrase beats no reason', () => {
    const withReason = (reason: { text: string; specific: boolean } | null) =>
      value(...onRecord, anonymous({ reason }), anonymous({ reason }));
    expect(withReason({ text: 'for fear of losing her job', specific: true }))
      .toBeGreaterThan(withReason({ text: 'because of the sensitivity', specific: false }));
    expect(withReason({ text: 'because of the sensitivity', specific: false })).toBeGreaterThan(withReason(null));
  });

  it('adding a declined-to-comment never lowers the score', () => {
    const articles = [onRecord, [...onRecord, sourcesSay()], [sourcesSay(), sourcesSay(), anonymous()],
      [describedWithReason(), named('Ana Ruiz')]];
    for (const article of articles) {
      expect(value(...article, declined())).toBeGreaterThanOrEqual(value(...article));
      expect(value(...article, declined({ who: null, whoKind: 'unknown' }))).toBeGreaterThanOrEqual(value(...article));
    }
  });

  it('a claim resting on a single anonymous source costs more than one on two sources', () => {
    expect(value(...onRecord, anonymous({ count: 2 }))).toBeGreaterThan(value(...onRecord, anonymous({ count: 1 })));
  });

  it('a follow-up costs less than a new source', () => {
    expect(value(...onRecord, anonymous(), followUp())).toBeGreaterThan(value(...onRecord, anonymous(), anonymous()));
  });

  it('more named sources raise the score', () => {
    const base = [named('Ana Ruiz'), sourcesSay(), anonymous()];
    expect(value(...base, named('Bo Lee'), named('Cy Park'))).toBeGreaterThan(value(...base));
  });

  it('one long article is not driven to zero by volume of described sources alone', () => {
    const many = Array.from({ length: 30 }, (_, i) => i % 3 === 0 ? named(`Person ${i}`) : describedWithReason());
    expect(value(...many)).toBeGreaterThan(0);
  });

  it('an article resting on undescribed sources is low; a fully on-record one is high', () => {
    const rests = computeScore(report(sourcesSay(), followUp('the sources'), sourcesSay(), named('Ana Ruiz'), sourcesSay()));
    expect(rests?.band).toBe('low');
    expect(rests?.verdict).toBe('Rests on undescribed sources');
    const clean = computeScore(report(...onRecord));
    expect(clean?.band).toBe('high');
    expect(clean?.verdict).toBe('On the record');
  });
});
