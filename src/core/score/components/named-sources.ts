import type { ScoreRule } from '../component';
import { distinctNames, plural } from '../facts';

export const POINTS_PER_NAMED_PERSON = 2;
export const POINTS_PER_INSTITUTION = 1;
export const NAMED_SOURCES_CAP = 10;

// S9: many different voices on the record make an article checkable. Distinct names, so the same
// spokesperson quoted five times counts once; capped so a long roll-call is not a free pass.
export const namedSources: ScoreRule = {
  id: 'named-sources',
  label: 'Named sources',
  standards: ['S9'],
  evaluate(facts) {
    const people = distinctNames(facts.onRecord.filter((a) => a.kind === 'named_person')).length;
    const institutions = distinctNames(facts.onRecord.filter((a) => a.kind === 'institution')).length;
    if (people + institutions === 0) return null;
    const raw = people * POINTS_PER_NAMED_PERSON + institutions * POINTS_PER_INSTITUTION;
    return {
      points: Math.min(NAMED_SOURCES_CAP, raw),
      detail: `${plural(people, 'named person', 'named people')} and ${plural(institutions, 'institution')} speak on the record.`,
      findingIds: [],
    };
  },
};
