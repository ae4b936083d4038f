// "a GE spokesman said", "a spokeswoman for the union said", "his spokesman said": a named
// institution speaking through a person the story does not name.

import type { Rule } from './rule';
import type { Token } from '../tokens';
import { anonymousRule } from '../phrases/anonymous-matches';

export const id = 'unnamed-spokesperson';
export const description = 'A spokesperson or representative quoted without a name.';
export const standards: Rule['standards'] = ['S2', 'S9'];

const SPOKES_NOUNS = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'spokesmen', 'spokeswomen', 'spokespeople', 'representative',
  'representatives', 'publicist',
]);

function isHead(tokens: Token[], i: number): boolean {
  return SPOKES_NOUNS.has(tokens[i]!.lower);
}

export const rule = anonymousRule({ id, description, standards }, { subtype: 'unnamed_spokesperson', isHead });
