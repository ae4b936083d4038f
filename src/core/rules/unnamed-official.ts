// "officials said", "a senior administration official said", "investigators believe", "aides
// have argued": government or campaign insiders described by role only.

import type { Rule } from './rule';
import type { Token } from '../tokens';
import { findAnonymous } from '../phrases/anonymous-matches';

export const id = 'unnamed-official';
export const description = 'An official, aide or investigator described by role but not named.';
export const standards: Rule['standards'] = ['S1', 'S2', 'S9'];

const OFFICIAL_NOUNS = new Set([
  'official', 'officials', 'aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'investigator',
  'investigators', 'policymaker', 'policymakers', 'diplomat', 'diplomats', 'staffer', 'staffers',
  'negotiator', 'negotiators', 'regulator', 'regulators', 'commander', 'commanders',
]);

function isHead(tokens: Token[], i: number): boolean {
  return OFFICIAL_NOUNS.has(tokens[i]!.lower);
}

export const rule: Rule = {
  id,
  kind: 'anonymous_source',
  description,
  standards,
  match: (ctx) => findAnonymous(ctx, { subtype: 'unnamed_official', isHead }),
};
