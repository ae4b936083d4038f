// "officials said", "a senior administration official said", "investigators believe", "aides
// have argued": government or campaign insiders described by role only.

import type { Rule } from './rule';
import type { Token } from '../tokens';
import type { SentenceContext } from './rule';
import type { SourcePhrase } from '../phrases/source-phrase';
import { anonymousRule } from '../phrases/anonymous-matches';
import { refersBackToAnonymous } from '../phrases/antecedent';
import { DETERMINERS } from '../lexicon/nouns';

export const id = 'unnamed-official';
export const description = 'An official, aide or investigator described by role but not named.';
export const standards: Rule['standards'] = ['S1', 'S2', 'S9'];

const OFFICIAL_NOUNS = new Set([
  'official', 'officials', 'aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'investigator',
  'investigators', 'policymaker', 'policymakers', 'diplomat', 'diplomats', 'staffer', 'staffers',
  'negotiator', 'negotiators', 'regulator', 'regulators', 'commander', 'commanders', 'administrators',
  'executives',
]);
// Titles that usually name one known person ("the prime minister", "the ambassador"): anonymous only
// when counted ("one former cabinet minister", "two ambassadors", "ministers") or when "the" points
// back to such an anonymous mention.
const TITLE_NOUNS = new Set(['minister', 'ministers', 'ambassador', 'ambassadors', 'envoy', 'envoys']);

function isHead(tokens: Token[], i: number): boolean {
  return OFFICIAL_NOUNS.has(tokens[i]!.lower) || TITLE_NOUNS.has(tokens[i]!.lower);
}

function acceptTitle(phrase: SourcePhrase, tokens: Token[], ctx: SentenceContext): boolean {
  const head = tokens[phrase.head]!;
  if (!TITLE_NOUNS.has(head.lower)) return true;
  // "Prime Minister", "Foreign Minister Lavrov": a title in a name.
  if (head.capitalised && phrase.head > phrase.descStart) return false;
  const det = phrase.determiner;
  if (det === null) return head.lower.endsWith('s');
  if (det === 'the') return refersBackToAnonymous(ctx, tokens, phrase.head);
  return typeof DETERMINERS.get(det) === 'number' || det === 'some' || det === 'several' || det === 'other' || det === 'many';
}

export const rule = anonymousRule({ id, description, standards }, { subtype: 'unnamed_official', isHead, accept: acceptTitle });
