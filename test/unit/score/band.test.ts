import { describe, expect, it } from 'vitest';
import { bandFor, verdictFor } from '../../../src/core/score/band';
import type { ScoreComponent } from '../../../src/core/types';

const component = (id: string, points: number): ScoreComponent =>
  ({ id, label: id, standards: ['S2'], points, detail: 'x.', findingIds: [] });

describe('band and verdict', () => {
  it('puts 70 and above high, 40 to 69 medium, below 40 low', () => {
    expect(bandFor(100)).toBe('high');
    expect(bandFor(70)).toBe('high');
    expect(bandFor(69)).toBe('medium');
    expect(bandFor(40)).toBe('medium');
    expect(bandFor(39)).toBe('low');
    expect(bandFor(0)).toBe('low');
  });

  it('tells undescribed sources from described ones in a low verdict', () => {
    expect(verdictFor('low', [component('undescribed-sources', -20), component('described-sources', -5)]))
      .toBe('Rests on undescribed sources');
    expect(verdictFor('low', [component('undescribed-sources', -3), component('partly-described-sources', -15)]))
      .toBe('Leans on unnamed sources');
  });

  it('says "On the record" only when no anonymous source was found', () => {
    expect(verdictFor('high', [component('on-record-share', 30)])).toBe('On the record');
    expect(verdictFor('high', [component('described-sources', -3)])).toBe('Mostly on the record');
    expect(verdictFor('medium', [component('described-sources', -3)])).toBe('Mixes named and unnamed sources');
  });
});
