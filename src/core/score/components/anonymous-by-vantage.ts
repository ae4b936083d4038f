import type { AnonymousDetails, StandardId } from '../../types';
import type { ScoreRule } from '../component';
import { ids, plural } from '../facts';
import { saturate, toPoints } from '../math';
import { weightOf } from '../source-weight';

type Vantage = AnonymousDetails['vantage'];

interface VantageCost {
  perSource: number;
  cap: number;
}

/** All anonymity costs together never pass this, however the sources divide between the three lines. */
export const ANONYMITY_COST_CAP = 30;

/** S2: the less the reader learns about a source, the more it costs. */
export const VANTAGE_COSTS: Record<Vantage, VantageCost> = {
  none: { perSource: 10, cap: 30 },
  partial: { perSource: 6, cap: 20 },
  described: { perSource: 3, cap: 12 },
};

/** The bounded cost of each vantage on its own, from the weighted count of new sources with it. */
function ownCost(facts: Parameters<ScoreRule['evaluate']>[0], vantage: Vantage): number {
  const { perSource, cap } = VANTAGE_COSTS[vantage];
  const matching = facts.anonymousSources.filter((finding) => finding.details.vantage === vantage);
  return saturate(weightOf(matching) * perSource, cap);
}

/**
 * The costs shrink together when their sum would pass ANONYMITY_COST_CAP, so an article with many kinds
 * of unnamed source is not charged three capped penalties on top of one another.
 */
function sharedScale(facts: Parameters<ScoreRule['evaluate']>[0]): number {
  const total = ownCost(facts, 'none') + ownCost(facts, 'partial') + ownCost(facts, 'described');
  return total > ANONYMITY_COST_CAP ? ANONYMITY_COST_CAP / total : 1;
}

function vantageRule(vantage: Vantage, id: string, label: string, standards: StandardId[],
  describe: (count: string, total: number) => string): ScoreRule {
  return {
    id, label, standards,
    evaluate(facts) {
      // Only sources introduced here cost: "the official said" again is already counted by S9's share.
      const matching = facts.anonymousSources.filter((finding) => finding.details.vantage === vantage);
      if (matching.length === 0) return null;
      return {
        points: -toPoints(ownCost(facts, vantage) * sharedScale(facts)),
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
