// How much one anonymous source weighs in the score. A confidential source (a bare "sources say", an
// unnamed official) is the newsroom's own choice to hide someone, and costs in full. A member of the
// public quoted in passing ("a shopkeeper said"), a class of people ("analysts say") or a hedge
// ("reportedly") leaves the reader less to check as well, but no one was granted anonymity: half.

import type { AnonymousFinding, AnonymousSubtype } from '../types';

export const SOURCE_WEIGHT: Readonly<Record<AnonymousSubtype, number>> = {
  explicit_anonymous: 1,
  unnamed_official: 1,
  unnamed_spokesperson: 1,
  unnamed_organisation: 1,
  unnamed_individual: 0.5,
  generic_group: 0.5,
  vague_attribution: 0.5,
};

/** The summed weight of some anonymous sources. */
export function weightOf(sources: readonly AnonymousFinding[]): number {
  let total = 0;
  for (const s of sources) total += SOURCE_WEIGHT[s.subtype];
  return total;
}
