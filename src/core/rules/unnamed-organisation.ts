// "a group representing rural counties said", "an advocacy organisation told": an organisation
// the story characterises but does not name.

import type { Rule } from './rule';
import type { Token } from '../tokens';
import { anonymousRule } from '../phrases/anonymous-matches';

export const id = 'unnamed-organisation';
export const description = 'An organisation described but not named: "a group representing farmers said".';
export const standards: Rule['standards'] = ['S2'];

const ORGANISATION_NOUNS = new Set([
  'group', 'organisation', 'organization', 'coalition', 'association', 'nonprofit', 'charity', 'firm',
  'company', 'lobby', 'watchdog', 'think-tank', 'tank', 'consultancy', 'agency',
]);

function isHead(tokens: Token[], i: number): boolean {
  return ORGANISATION_NOUNS.has(tokens[i]!.lower);
}

export const rule = anonymousRule({ id, description, standards }, {
  subtype: 'unnamed_organisation',
  isHead,
  // Only an indefinite mention hides the name: "the company said" is the institution itself.
  accept: (phrase) => phrase.determiner === 'a' || phrase.determiner === 'an' || phrase.determiner === 'one',
});
