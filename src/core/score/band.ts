import type { Score, ScoreComponent } from '../types';

export const HIGH_BAND_FROM = 70;
export const MEDIUM_BAND_FROM = 40;

export function bandFor(value: number): Score['band'] {
  if (value >= HIGH_BAND_FROM) return 'high';
  if (value >= MEDIUM_BAND_FROM) return 'medium';
  return 'low';
}

const ANONYMOUS_COST_IDS = ['undescribed-sources', 'partly-described-sources', 'described-sources'];

function costOf(components: ScoreComponent[], ids: string[]): number {
  return components.filter((c) => ids.includes(c.id)).reduce((sum, c) => sum - c.points, 0);
}

/**
 * One calm line in words. It reads only the band and the components, so a score adjusted later
 * (withPolicyCredit) gets a consistent verdict without the report.
 */
export function verdictFor(band: Score['band'], components: ScoreComponent[]): string {
  const anonymousCost = costOf(components, ANONYMOUS_COST_IDS);
  const undescribedCost = costOf(components, ['undescribed-sources']);
  const hasAnonymous = components.some((c) => ANONYMOUS_COST_IDS.includes(c.id));
  if (band === 'high') return hasAnonymous ? 'Mostly on the record' : 'On the record';
  if (band === 'medium') return hasAnonymous ? 'Mixes named and unnamed sources' : 'Thinly sourced on the record';
  if (undescribedCost > 0 && undescribedCost * 2 >= anonymousCost) return 'Rests on undescribed sources';
  return 'Leans on unnamed sources';
}
