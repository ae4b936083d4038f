import type { AnonymousDetails, StandardId } from '../../types';
import type { ScoreRule } from '../component';
import { ids, plural } from '../facts';
import { saturate, toPoints } from '../math';

type Vantage = AnonymousDetails['vantage'];

interface VantageCost {
  perSource: number;
  cap: number;
}

/** S2: the less the reader learns about a source, the more it costs. */
export const VANTAGE_COSTS: Record<Vantage, VantageCost> = {
  none: { perSource: 10, cap: 30 },
  partial: { perSource: 6, cap: 20 },
  described: { perSource: 3, cap: 12 },
};

function vantageRule(vantage: Vantage, id: string, label: string, standards: StandardId[],
  describe: (count: string, total: number) => string): ScoreRule {
  const { perSource, cap } = VANTAGE_COSTS[vantage];
  return {
    id, label, standards,
    evaluate(facts) {
      // Only sources introduced here cost: "the official said" again is already counted by S9's share.
      const matching = facts.anonymousSources.filter((finding) => finding.details.vantage === vantage);
      if (matching.length === 0) return null;
      return {
        points: -toPoints(saturate(matching.length * perSource, cap)),
        detail: describe(`${matching.length} of ${plural(facts.anonymousSources.length, 'anonymous source')}`, matching.length),
        findingIds: ids(matching),
      };
    },
  };
}

const verb = (count: number, one: string, many: string): string => (count === 1 ? one : many);

export const undescribedSources = vantageRule('none', 'undescribed-sources',
  'Anonymous sources with no description', ['S2'],
  (count, n) => `${count} ${verb(n, 'is', 'are')} given no description at all, like a bare "sources say".`);

export const partlyDescribedSources = vantageRule('partial', 'partly-described-sources',
  'Anonymous sources described only in part', ['S2'],
  (count, n) => `${count} ${verb(n, 'is', 'are')} described by a role or side but not by organisation or knowledge.`);

export const describedSources = vantageRule('described', 'described-sources',
  'Anonymous sources with a clear description', ['S9', 'S2'],
  (count, n) => `${count} ${verb(n, 'has', 'have')} a role and organisation or first-hand knowledge stated; anonymity still costs a little.`);
