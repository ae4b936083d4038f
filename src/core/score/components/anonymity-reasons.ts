import type { ScoreRule } from '../component';
import { ids, plural } from '../facts';
import { confidentialSources } from './confidential';

export const POINTS_PER_SPECIFIC_REASON = 3;
export const POINTS_PER_STOCK_REASON = 1;
export const REASONS_CAP = 9;

// S1: saying why anonymity was granted earns some of its cost back. A stock phrase ("because of the
// sensitivity of the matter") earns less, since newsrooms told to explain every use produce them.
export const anonymityReasons: ScoreRule = {
  id: 'anonymity-reasons',
  label: 'Reasons given for anonymity',
  standards: ['S1'],
  evaluate(facts) {
    const sources = confidentialSources(facts.anonymousSources);
    if (sources.length === 0) return null;
    const specific = sources.filter((f) => f.details.reason?.specific === true);
    const stock = sources.filter((f) => f.details.reason !== null && f.details.reason.specific === false);
    const none = sources.length - specific.length - stock.length;
    const raw = specific.length * POINTS_PER_SPECIFIC_REASON + stock.length * POINTS_PER_STOCK_REASON;
    const given = specific.length + stock.length;
    const split = `specific: ${specific.length}, stock phrase: ${stock.length}`;
    const total = plural(sources.length, 'anonymous source');
    const detail = given === 0 ? `None of the ${total} says why anonymity was granted.`
      : none === 0 ? `All ${total} say why anonymity was granted (${split}).`
        : `${none} of ${total} give no reason for anonymity (${split}).`;
    return { points: Math.min(REASONS_CAP, raw), detail, findingIds: ids([...specific, ...stock]) };
  },
};
