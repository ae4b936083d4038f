// "an Iowa Republican said", "added a Florida Democrat": a partisan insider quoted without a name.

import type { Rule } from './rule';
import type { Token } from '../tokens';
import { anonymousRule } from '../phrases/anonymous-matches';
import { DETERMINERS } from '../lexicon/nouns';
import { refersBackToAnonymous } from '../phrases/antecedent';

export const id = 'party-member';
export const description = 'An unnamed party member or operative: "a Michigan Republican said".';
export const standards: Rule['standards'] = ['S1', 'S2', 'S3'];

const PARTY_NOUNS = new Set(['republican', 'republicans', 'democrat', 'democrats', 'conservative', 'conservatives', 'operative', 'operatives', 'lawmaker', 'lawmakers', 'legislator', 'legislators']);
function isHead(tokens: Token[], i: number): boolean {
  return PARTY_NOUNS.has(tokens[i]!.lower);
}

export const rule = anonymousRule({ id, description, standards }, {
  subtype: 'explicit_anonymous',
  isHead,
  // Only an indefinite, counted mention is an anonymous person; "Senate Republicans said" is a caucus.
  // Two exceptions: "the lawmaker said" pointing back to an anonymous lawmaker, and a caucus that
  // speaks "privately", which is how off-the-record grumbling is reported.
  accept: (phrase, tokens, ctx) => {
    const det = phrase.determiner;
    if (det === 'the') return refersBackToAnonymous(ctx, tokens, phrase.head);
    if (!det) return phrase.order === 'subject-first' && tokens.slice(phrase.head + 1, phrase.verbStart).some((t) => t.lower === 'privately');
    const count = DETERMINERS.get(det);
    return det.startsWith('a ') || det === 'other' || det === 'some' || det === 'several' || typeof count === 'number';
  },
});
