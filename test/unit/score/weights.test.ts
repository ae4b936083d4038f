// The weights of the recalibration: who an unnamed source is, one shared cap on anonymity, and a lead
// that costs only when it is a hidden source.
import { describe, expect, it } from 'vitest';
import { computeScore } from '../../../src/core/score/index';
import type { Score } from '../../../src/core/types';
import { anonymous, named, report, sourcesSay } from './builder';
import { ANONYMITY_COST_CAP } from '../../../src/core/score/components/anonymous-by-vantage';
import { WRITER } from '../../../src/core/attribution/writer';

const scored = (...items: Parameters<typeof report>): Score => computeScore(report(...items))!;
const points = (s: Score, id: string): number => s.components.find((c) => c.id === id)?.points ?? 0;
const anonymityCost = (s: Score): number =>
  points(s, 'undescribed-sources') + points(s, 'partly-described-sources') + points(s, 'described-sources');

describe('score weights', () => {
  it('a passing "workers said" costs less than a bare "sources say"', () => {
    const hidden = scored(named('Ana Ruiz'), named('Eli Moss'), sourcesSay());
    const passing = scored(named('Ana Ruiz'), named('Eli Moss'), anonymous({ descriptor: 'workers', vantage: 'none', count: 'many' }, 'generic_group'));
    expect(points(passing, 'undescribed-sources')).toBeGreaterThan(points(hidden, 'undescribed-sources'));
    expect(points(passing, 'undescribed-sources')).toBeLessThan(0);
    expect(passing.value).toBeGreaterThan(hidden.value);
  });

  it('anonymity costs of every kind share one cap instead of adding up', () => {
    const mixed = scored(
      ...Array.from({ length: 8 }, () => sourcesSay()),
      ...Array.from({ length: 8 }, () => anonymous({ vantage: 'partial' })),
      ...Array.from({ length: 8 }, () => anonymous({ vantage: 'described' })),
    );
    expect(anonymityCost(mixed)).toBeGreaterThanOrEqual(-ANONYMITY_COST_CAP - 1);
    expect(points(mixed, 'partly-described-sources')).toBeLessThan(0);
  });

  it('leading with a class of people is not leading with a hidden source (S5)', () => {
    const group = scored(anonymous({ descriptor: 'analysts', vantage: 'none', count: 'many' }, 'generic_group'), named('Ana Ruiz'));
    const hidden = scored(sourcesSay(), named('Ana Ruiz'));
    expect(points(group, 'anonymous-lead')).toBe(0);
    expect(points(hidden, 'anonymous-lead')).toBeLessThan(0);
  });

  it("does not count the writer's own 'we found' as a source", () => {
    expect(computeScore(report(named(WRITER), named(WRITER), named(WRITER)))).toBeNull();
    expect(computeScore(report(named(WRITER), named('Ana Ruiz'), named('Eli Moss')))).not.toBeNull();
  });
});
