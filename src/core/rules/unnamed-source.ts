// "sources say", "a source told", "people familiar with the matter said", "insiders said":
// a source the story itself marks as anonymous.

import type { Rule } from './rule';
import type { Token } from '../tokens';
import { findAnonymous } from '../phrases/anonymous-matches';

export const id = 'unnamed-source';
export const description = 'An explicitly anonymous source: "sources say", "people familiar with the matter said".';
export const standards: Rule['standards'] = ['S1', 'S2', 'S6'];

const SOURCE_NOUNS = new Set(['source', 'sources', 'insider', 'insiders']);
const PEOPLE_NOUNS = new Set(['person', 'people', 'individual', 'individuals', 'someone', 'persons']);
// "people familiar with", "a person briefed on": knowledge without a name.
const KNOWLEDGE_COMPLEMENT = /^(?:familiar|briefed|knowledgeable|aware|privy|involved|with)$/;

function isHead(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (SOURCE_NOUNS.has(t.lower)) {
    // "open source", "sources of revenue" are not people.
    const prev = tokens[i - 1]?.lower;
    const next = tokens[i + 1]?.lower;
    if (prev === 'open' || prev === 'energy' || prev === 'power' || prev === 'data' || prev === 'light') return false;
    return next !== 'of';
  }
  if (PEOPLE_NOUNS.has(t.lower)) {
    const next = tokens[i + 1]?.lower ?? '';
    if (next === 'with') return tokens[i + 2]?.lower === 'knowledge' || tokens[i + 3]?.lower === 'knowledge';
    return KNOWLEDGE_COMPLEMENT.test(next);
  }
  return false;
}

export const rule: Rule = {
  id,
  description,
  standards,
  match: (ctx) => findAnonymous(ctx, { subtype: 'explicit_anonymous', isHead }),
};
